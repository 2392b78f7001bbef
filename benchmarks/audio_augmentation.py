"""Audio augmentation speed: this playground's engine vs audiomentations 0.43.1, same parameters, one run.

On a 10-s 16 kHz speech clip (the bundled English sentence, looped to 10 s),
time gain, Gaussian noise at an SNR, time shift, pitch shift (+3 semitones),
time stretch (x1.2) and a low-pass filter, each with its parameters pinned
(min = max) so both libraries do the same work. Each side goes through its
public entry point with p = 1 (our ``run_draw`` of a one-step pipeline,
audiomentations' ``transform(samples, sample_rate)``), so parameter sampling
is included on both sides. Times are medians of repeated calls after a warm-up,
the two libraries timed in alternation so that drift in the machine's speed hits both.

    python benchmarks/audio_augmentation.py

The last line is ``RESULT audio_pipeline_speed_vs_audiomentations=<ratio>``:
audiomentations' total time over ours for the six transforms (above 1 = we are faster).
Before it: the slowest transform's ratio (the goal is >= 1 on each) and the
seconds for pitch shift and time stretch of the 10-s clip (the goal is < 0.5 s).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import audiomentations as am

from playground.augment.audio.pipeline import Pipeline, run_draw
from playground.data.samples import get_sample

RATE = 16_000
SECONDS = 10.0
REPEATS = 15


def speech_clip() -> np.ndarray:
    """The bundled English sentence at 16 kHz, looped to exactly 10 s."""
    data, rate = sf.read(get_sample("speech_en").file, dtype="float32", always_2d=True)
    mono = resample_poly(data.mean(axis=1), RATE, rate).astype(np.float32)
    n = int(SECONDS * RATE)
    return np.resize(mono, n).astype(np.float32)


CASES = [
    ("gain -6 dB", Pipeline.step("gain", 1.0, gain_db=(-6.0, -6.0)), am.Gain(min_gain_db=-6, max_gain_db=-6, p=1.0)),
    (
        "Gaussian noise, SNR 20 dB",
        Pipeline.step("gaussian_noise", 1.0, snr_db=(20.0, 20.0)),
        am.AddGaussianSNR(min_snr_db=20, max_snr_db=20, p=1.0),
    ),
    (
        "time shift 0.1 (roll)",
        Pipeline.step("shift", 1.0, shift_fraction=(0.1, 0.1), mode="roll"),
        am.Shift(min_shift=0.1, max_shift=0.1, shift_unit="fraction", rollover=True, fade_duration=0.0, p=1.0),
    ),
    (
        "pitch shift +3 semitones",
        Pipeline.step("pitch_shift", 1.0, semitones=(3.0, 3.0)),
        am.PitchShift(min_semitones=3, max_semitones=3, p=1.0),
    ),
    (
        "time stretch x1.2",
        Pipeline.step("time_stretch", 1.0, stretch_rate=(1.2, 1.2), keep_length=False),
        am.TimeStretch(min_rate=1.2, max_rate=1.2, leave_length_unchanged=False, p=1.0),
    ),
    (
        "low-pass 2 kHz, 24 dB/oct",
        Pipeline.step("low_pass", 1.0, cutoff_hz=(2000.0, 2000.0), rolloff="24", zero_phase=False),
        am.LowPassFilter(min_cutoff_freq=2000, max_cutoff_freq=2000, min_rolloff=24, max_rolloff=24, p=1.0),
    ),
]


def paired_medians(ours, theirs, repeats: int = REPEATS, budget_s: float = 0.6) -> tuple[float, float]:
    """Median seconds of each side, the two timed in alternation after a warm-up.

    Why alternate: on a shared machine the speed drifts by several per cent
    within a second, which is as large as the whole difference on a one-multiply
    transform such as gain. Timing ours, theirs, theirs, ours, ... puts both
    sides under the same drift. At least ``repeats`` pairs, more for fast calls
    (up to ``budget_s`` seconds or 4000 pairs).
    """
    ours()  # warm-up: caches, filter design, first-call imports
    theirs()
    ours_times: list[float] = []
    theirs_times: list[float] = []
    deadline = time.perf_counter() + budget_s
    while len(ours_times) < repeats or (time.perf_counter() < deadline and len(ours_times) < 4000):
        order = ((ours, ours_times), (theirs, theirs_times))
        for fn, times in order if len(ours_times) % 2 == 0 else order[::-1]:
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return statistics.median(ours_times), statistics.median(theirs_times)


def main() -> None:
    clip = speech_clip()
    print(f"clip: {clip.shape[-1] / RATE:.1f} s at {RATE} Hz (bundled speech_en, looped); median of >= {REPEATS} runs")
    print(f"audiomentations {am.__version__}, NumPy {np.__version__}\n")
    print(f"{'transform':30s} {'ours (ms)':>10s} {'audiomentations (ms)':>21s} {'speed-up':>9s}")
    print("-" * 73)
    ours_total = theirs_total = 0.0
    ratios = []
    seconds: dict[str, float] = {}
    for index, (label, step, theirs) in enumerate(CASES):
        pipeline = Pipeline((step,))
        ours_s, theirs_s = paired_medians(
            lambda p=pipeline, i=index: run_draw(p, clip, RATE, seed=0, draw=i),
            lambda t=theirs: t(samples=clip, sample_rate=RATE),
        )
        ours_total += ours_s
        theirs_total += theirs_s
        ratios.append(theirs_s / ours_s)
        seconds[label] = ours_s
        print(f"{label:30s} {ours_s * 1000:10.3f} {theirs_s * 1000:21.3f} {theirs_s / ours_s:8.2f}x")
    print("-" * 73)
    print(f"{'total':30s} {ours_total * 1000:10.3f} {theirs_total * 1000:21.3f} {theirs_total / ours_total:8.2f}x")
    print(f"\nslowest relative transform: {min(ratios):.2f}x; geometric mean {np.exp(np.mean(np.log(ratios))):.2f}x")
    print(f"RESULT audio_slowest_transform_speed_vs_audiomentations={min(ratios):.2f}")
    print(f"RESULT audio_pitch_shift_10s_seconds={seconds['pitch shift +3 semitones']:.4f}")
    print(f"RESULT audio_time_stretch_10s_seconds={seconds['time stretch x1.2']:.4f}")
    print(f"RESULT audio_pipeline_speed_vs_audiomentations={theirs_total / ours_total:.2f}")


if __name__ == "__main__":
    main()
