"""Audio augmentation speed AND quality: this playground's engine vs audiomentations 0.43.1, side by side, one run.

What is compared, and why it is fair:
- the same clip for both: the bundled English sentence at 16 kHz, looped to
  10 s, over a room-noise floor at -60 dBFS so that no sample is exactly zero
  (exact digital silence drives a float64 IIR filter into denormal numbers,
  which once made our low-pass look 6x faster than it is; table 4 shows that
  clip, and the same clip dithered at -96 dBFS, as separate rows);
- the same work: each transform with the same parameters, through each side's
  public entry point with p = 1 (our ``run_draw`` of a one-step pipeline,
  audiomentations' ``transform(samples, sample_rate)``), parameter sampling included;
- table 1 uses the studio's DEFAULT RANGES (min < max) and a new draw number
  on every call, as a training loop does; each side is timed over blocks of
  consecutive calls, the blocks alternating between the two sides so that the
  machine's drift hits both, and the median block is reported (a block of
  ~5 ms that holds the work our engine does once per 1024 draws is an outlier
  the median leaves out: the lines after table 1 time gain over whole blocks
  of 1024 draws, that work included);
- in tables 1-2 pitch shift and time stretch are our default phase vocoder
  against audiomentations' librosa phase vocoder (the twin our export writes;
  its own default, Signalsmith, is faster and sharper: table 3 has both);
- gain is one multiply on both sides (~20 µs on 10 s, memory bound): what is
  left is bookkeeping. Our draw (``playground.augment.audio.fast_draw``) reads
  its values from rows worked out once per 1024 draws and is ~0.4 µs a call
  lighter than audiomentations' ``random.uniform`` and checks. What those rows
  cost depends on the random recipe (``playground.augment.audio.streams``):
  recipe 2, every pipeline made now, is one ``random()`` call per step and
  block (~0.03 µs a draw); recipe 1, kept for files and links from before it
  so they replay exactly, hashes a SHA-256 seed per draw (~1 µs a draw),
  which puts gain about even. Both lines are printed: the unflattering one
  beside the other;
- table 2 pins every parameter (min = max), where our engine skips the dice:
  it is the flattering case, quoted beside the honest one;
- table 3 sets pitch shift (+3 semitones) and time stretch (x1.2) with BOTH of
  our methods against BOTH of audiomentations' (Signalsmith Stretch, its
  default, and librosa's phase vocoder), with a quality figure beside each
  speed (``playground.augment.audio.quality``): pitch error on pure tones
  (cents), the share of each click's energy kept within ±5 ms of where it
  belongs, the same around wherever the click landed (sharpness), and the
  duration after a stretch (got / expected).

    python benchmarks/audio_augmentation.py          # about a minute
    python benchmarks/audio_augmentation.py --smoke  # tiny sizes, every RESULT line, a few seconds

RESULT lines end the output; ratios are audiomentations' time over ours (above 1 = we are faster).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import audiomentations as am

from playground.augment.audio import quality as q
from playground.augment.audio.pipeline import CURRENT, LEGACY, Pipeline, run_draw
from playground.augment.audio.registry import AUDIO_TRANSFORMS
from playground.augment.audio.streams import BLOCK
from playground.augment.audio.time_pitch import pitch_shift, time_stretch
from playground.data.samples import get_sample

warnings.filterwarnings("ignore", module="audiomentations")
RATE = 16_000
FLOOR_DBFS, DITHER_DBFS = -60.0, -96.0
DEFAULT_RANGE_CASES = ("gain", "gaussian_noise", "shift", "pitch_shift", "time_stretch", "low_pass")
PINNED = {"gain": {"gain_db": -6.0}, "gaussian_noise": {"snr_db": 20.0}, "shift": {"shift_fraction": 0.1},
          "pitch_shift": {"semitones": 3.0}, "time_stretch": {"stretch_rate": 1.2},
          "low_pass": {"cutoff_hz": 2000.0}}  # fmt: skip
METHODS = {"ours_vocoder": None, "ours_signalsmith": None, "am_signalsmith": "signalsmith_stretch",
           "am_librosa": "librosa_phase_vocoder"}  # fmt: skip


def speech_clip(seconds: float, floor_dbfs: float | None = FLOOR_DBFS) -> np.ndarray:
    """The bundled sentence looped to ``seconds``; over a seeded noise floor unless ``floor_dbfs`` is None."""
    data, rate = sf.read(get_sample("speech_en").file, dtype="float32", always_2d=True)
    mono = resample_poly(data.mean(axis=1), RATE, rate).astype(np.float32)
    clip = np.resize(mono, int(seconds * RATE)).astype(np.float32)
    if floor_dbfs is not None:
        floor = np.random.default_rng(0).standard_normal(clip.shape).astype(np.float32) * 10 ** (floor_dbfs / 20)
        clip = clip + floor
    return clip


def dithered(clip: np.ndarray) -> np.ndarray:
    """TPDF dither of ±1 LSB of 16-bit audio (-96 dBFS), what a careful export adds."""
    rng = np.random.default_rng(1)
    lsb = 10 ** (DITHER_DBFS / 20)
    return (clip + (rng.random(clip.shape) - rng.random(clip.shape)) * lsb).astype(np.float32)


def anchor(name: str, settings: dict, method: str | None = None) -> Callable:
    """audiomentations' twin, built from our own export of these settings (so both read the same numbers)."""
    code = AUDIO_TRANSFORMS[name].export_code(settings, 1.0)
    if method is not None:
        code = code.replace('method="librosa_phase_vocoder"', f'method="{method}"')
    return eval(code, vars(am))


def paired(ours: Callable[[int], object], theirs: Callable[[], object], repeats: int, budget_s: float) -> tuple:
    """Median over alternating blocks of each side's mean seconds per call (a block lasts ~5 ms or one call)."""
    ours(0)
    theirs()
    start = time.perf_counter()
    ours(1)
    per_call = time.perf_counter() - start
    block = max(1, min(200, int(0.005 / max(per_call, 1e-7))))
    draw = 2
    ours_times: list[float] = []
    theirs_times: list[float] = []
    deadline = time.perf_counter() + budget_s
    while len(ours_times) < repeats or (time.perf_counter() < deadline and len(ours_times) < 400):
        for side in ("ours", "theirs") if len(ours_times) % 2 == 0 else ("theirs", "ours"):
            start = time.perf_counter()
            for _ in range(block):
                if side == "ours":
                    ours(draw)
                    draw += 1
                else:
                    theirs()
            (ours_times if side == "ours" else theirs_times).append((time.perf_counter() - start) / block)
    return statistics.median(ours_times), statistics.median(theirs_times)


def speed_table(title: str, clip: np.ndarray, pinned: bool, args: argparse.Namespace) -> tuple[float, float]:
    print(f"\n{title}")
    print(f"{'transform':44s} {'ours (ms)':>10s} {'audiomentations (ms)':>21s} {'speed-up':>9s}")
    print("-" * 87)
    ours_total = theirs_total = 0.0
    ratios = []
    for name in DEFAULT_RANGE_CASES:
        spec = AUDIO_TRANSFORMS[name]
        settings = {k: (v, v) for k, v in PINNED[name].items()} if pinned else {}
        step = Pipeline.step(name, 1.0, **settings)
        pipeline = Pipeline((step,))
        theirs = anchor(name, step.params)
        ours_s, theirs_s = paired(lambda d, p=pipeline: run_draw(p, clip, RATE, 0, d),
                                  lambda t=theirs: t(samples=clip, sample_rate=RATE), args.repeats,
                                  args.budget)  # fmt: skip
        ours_total += ours_s
        theirs_total += theirs_s
        ratios.append(theirs_s / ours_s)
        shown = ", ".join(f"{k} {v[0]:g}..{v[1]:g}" if isinstance(v, tuple) else f"{k} {v}" for k, v in
                          step.params.items() if k in {p.name for p in spec.params if p.kind == "range"})  # fmt: skip
        label = f"{name} ({shown})"[:44]
        print(f"{label:44s} {ours_s * 1000:10.3f} {theirs_s * 1000:21.3f} {theirs_s / ours_s:8.2f}x")
    print("-" * 87)
    print(f"{'total':44s} {ours_total * 1000:10.3f} {theirs_total * 1000:21.3f} {theirs_total / ours_total:8.2f}x")
    print(f"slowest relative transform: {min(ratios):.2f}x")
    return theirs_total / ours_total, min(ratios)


def whole_blocks(clip: np.ndarray, args: argparse.Namespace, dice: int, seed: int) -> float:
    """Gain's speed-up over whole, aligned blocks of ``BLOCK`` draws under one random recipe.

    Each pair of blocks (ours, theirs, in alternating order) runs back to
    back, so the machine's drift hits both alike; the median of the pairs'
    ratios is reported with its middle half (this shared host's timing
    swings by tens of per cent from second to second).
    """
    pipeline = Pipeline((Pipeline.step("gain", 1.0),), dice=dice)
    theirs = anchor("gain", pipeline.steps[0].params)
    ratios: list[float] = []
    for block in range(1, 1 + args.whole_blocks):  # block 0 was drawn by table 1 already
        seconds = {}
        for side in ("ours", "theirs") if block % 2 else ("theirs", "ours"):
            start = time.perf_counter()
            if side == "ours":
                for draw in range(block * BLOCK, (block + 1) * BLOCK):
                    run_draw(pipeline, clip, RATE, seed, draw)  # a seed no table drew: no block of it computed yet
            else:
                for _ in range(BLOCK):
                    theirs(samples=clip, sample_rate=RATE)
            seconds[side] = time.perf_counter() - start
        ratios.append(seconds["theirs"] / seconds["ours"])
    ratio = statistics.median(ratios)
    low, high = statistics.quantiles(ratios, n=4)[::2] if len(ratios) > 1 else (ratio, ratio)
    print(f"gain over whole blocks of {BLOCK} draws, random recipe {dice} (its per-block work included): "
          f"{ratio:.2f}x (middle half of {len(ratios)} pairs {low:.2f}-{high:.2f})")  # fmt: skip
    return ratio


def method_callables(key: str) -> tuple[Callable, Callable]:
    """(shift(x, rate, semitones), stretch(x, rate, factor)) for one of the four methods."""
    if key.startswith("ours_"):
        method = key.removeprefix("ours_")
        return (lambda x, r, s: pitch_shift(x, r, s, method=method),
                lambda x, r, f: time_stretch(x, r, f, method=method))  # fmt: skip
    name = METHODS[key]

    def shift(x: np.ndarray, r: int, s: float) -> np.ndarray:
        return am.PitchShift(min_semitones=s, max_semitones=s, method=name, p=1.0)(samples=x, sample_rate=r)

    def stretch(x: np.ndarray, r: int, f: float) -> np.ndarray:
        transform = am.TimeStretch(min_rate=f, max_rate=f, leave_length_unchanged=False, method=name, p=1.0)
        return transform(samples=x, sample_rate=r)

    return shift, stretch


def quality_table(clip: np.ndarray, args: argparse.Namespace) -> dict[str, dict[str, float]]:
    print(f"\n3. pitch shift +3 semitones and time stretch x1.2 on the {len(clip) / RATE:g}-s clip, with quality "
          "(tones 220/440/880 Hz for pitch; a 2-s click train, one click per 250 ms, for transients)")  # fmt: skip
    print(f"{'method':18s} {'pitch s':>8s} {'stretch s':>10s} {'pitch err':>10s} {'clicks kept':>12s} "
          f"{'(stretch)':>10s} {'sharpness':>10s} {'duration':>9s}")  # fmt: skip
    print("-" * 94)
    clicks, times = q.click_train(RATE, 2.0)
    rows = {}
    for key in METHODS:
        shift, stretch = method_callables(key)
        pitch_s = min(_seconds(lambda s=shift: s(clip, RATE, 3.0)) for _ in range(args.slow_repeats))
        stretch_s = min(_seconds(lambda s=stretch: s(clip, RATE, 1.2)) for _ in range(args.slow_repeats))
        stretched = stretch(clicks, RATE, 1.2)
        row = {"pitch_s": pitch_s, "stretch_s": stretch_s, "pitch_cents": q.pitch_error_cents(shift, RATE),
               "clicks_pitch": q.transient_energy_kept(shift(clicks, RATE, 3.0), RATE, times),
               "clicks_stretch": q.transient_energy_kept(stretched, RATE, times / 1.2),
               "sharpness": q.transient_sharpness(stretched, RATE, times / 1.2),
               "duration": q.duration_ratio(stretched.shape[-1], clicks.shape[-1], 1.2)}  # fmt: skip
        rows[key] = row
        print(f"{key:18s} {pitch_s:8.3f} {stretch_s:10.3f} {row['pitch_cents']:8.2f} c {row['clicks_pitch']:11.0%} "
              f"{row['clicks_stretch']:10.0%} {row['sharpness']:10.0%} {row['duration']:9.4f}")  # fmt: skip
    print("clicks kept: energy within ±5 ms of where each click belongs; sharpness: within ±5 ms of where it landed")
    return rows


def _seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def low_pass_table(args: argparse.Namespace) -> dict[str, float]:
    print("\n4. low-pass (default range 1-4 kHz) on three versions of the clip: why the clip matters")
    step = Pipeline.step("low_pass", 1.0)
    pipeline, theirs = Pipeline((step,)), anchor("low_pass", step.params)
    silence = speech_clip(args.seconds, floor_dbfs=None)
    clips = {"no_zeros": speech_clip(args.seconds), "silence": silence, "dithered": dithered(silence)}
    notes = {"no_zeros": f"noise floor {FLOOR_DBFS:g} dBFS, no exact zeros (tables 1-2)",
             "silence": f"exact digital silence ({np.mean(silence == 0):.0%} zeros): anchor hits denormals",
             "dithered": f"the same, TPDF dither at {DITHER_DBFS:g} dBFS"}  # fmt: skip
    ratios = {}
    for seed, (key, clip) in enumerate(clips.items(), start=10):
        # a seed of its own per clip: our filter designs are cached per cut-off (``filters._butter``), and
        # the draws of seed 0 were table 1's, so reusing it would time cache hits, not the work
        ours_s, theirs_s = paired(lambda d, c=clip, s=seed: run_draw(pipeline, c, RATE, s, d),
                                  lambda c=clip: theirs(samples=c, sample_rate=RATE), args.repeats,
                                  args.budget)  # fmt: skip
        ratios[key] = theirs_s / ours_s
        print(f"{notes[key]:62s} {ours_s * 1000:8.3f} ms {theirs_s * 1000:8.3f} ms {theirs_s / ours_s:6.2f}x")
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes and repeats: checks the script, not speed")
    args = parser.parse_args()
    args.seconds, args.repeats, args.budget, args.slow_repeats, args.whole_blocks = (
        (1.0, 2, 0.02, 1, 2) if args.smoke else (10.0, 15, 1.0, 3, 32)
    )
    clip = speech_clip(args.seconds)
    assert not np.any(clip == 0), "the benchmark clip must hold no exact zeros"
    print(f"clip: {len(clip) / RATE:g} s at {RATE} Hz (bundled speech_en, looped, noise floor {FLOOR_DBFS:g} dBFS)"
          f"{'  [SMOKE: tiny sizes, figures mean nothing]' if args.smoke else ''}")  # fmt: skip
    print(f"audiomentations {am.__version__}, NumPy {np.__version__}; ratio = audiomentations' time / ours")
    ratio, slowest = speed_table("1. the studio's default ranges, a new draw per call (the honest case)", clip,
                                 False, args)  # fmt: skip
    gain_whole = whole_blocks(clip, args, CURRENT, 1)
    gain_whole_legacy = whole_blocks(clip, args, LEGACY, 2)
    pinned_ratio, pinned_slowest = speed_table("2. every parameter pinned, min = max (our fast path: flattering)",
                                               clip, True, args)  # fmt: skip
    rows = quality_table(clip, args)
    low_pass = low_pass_table(args)
    print()
    for key, row in rows.items():
        print(f"RESULT audio_pitch_shift_10s_seconds_{key}={row['pitch_s']:.4f}")
        print(f"RESULT audio_time_stretch_10s_seconds_{key}={row['stretch_s']:.4f}")
        print(f"RESULT audio_pitch_error_cents_{key}={row['pitch_cents']:.3f}")
        print(f"RESULT audio_clicks_kept_pitch_{key}={row['clicks_pitch']:.3f}")
        print(f"RESULT audio_clicks_kept_stretch_{key}={row['clicks_stretch']:.3f}")
        print(f"RESULT audio_click_sharpness_stretch_{key}={row['sharpness']:.3f}")
        print(f"RESULT audio_stretch_duration_ratio_{key}={row['duration']:.4f}")
    for key, value in low_pass.items():
        print(f"RESULT audio_low_pass_speed_vs_audiomentations_{key}={value:.2f}")
    print(f"RESULT audio_pitch_shift_10s_seconds={rows['ours_vocoder']['pitch_s']:.4f}")
    print(f"RESULT audio_time_stretch_10s_seconds={rows['ours_vocoder']['stretch_s']:.4f}")
    print(f"RESULT audio_pinned_slowest_transform_speed_vs_audiomentations={pinned_slowest:.2f}")
    print(f"RESULT audio_pinned_pipeline_speed_vs_audiomentations={pinned_ratio:.2f}")
    print(f"RESULT audio_gain_whole_blocks_speed_vs_audiomentations={gain_whole:.2f}")
    print(f"RESULT audio_gain_whole_blocks_speed_vs_audiomentations_recipe1={gain_whole_legacy:.2f}")
    print(f"RESULT audio_slowest_transform_speed_vs_audiomentations={slowest:.2f}")
    print(f"RESULT audio_pipeline_speed_vs_audiomentations={ratio:.2f}")


if __name__ == "__main__":
    main()
