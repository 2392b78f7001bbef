"""How good a pitch shift or time stretch is, as numbers: pitch accuracy, transients kept, duration.

Why numbers: "ours is faster" means little if it sounds worse. A phase
vocoder and Signalsmith Stretch differ most on onsets (a vocoder smears each
click over its analysis window) and agree on steady tones, so three
measurements, each with a known right answer on a synthetic signal, say what
a speed figure costs:

- pitch accuracy: a pure tone shifted by +3 semitones should come out at
  exactly ``2 ** (3 / 12)`` times its frequency; the error is in cents
  (1/100 of a semitone; ~5 cents is the smallest step trained ears hear);
- transients kept: a train of clicks, processed; the share of the energy
  around each click that still lies within ±5 ms of where the click should
  be (1.0 for the clean train; a smeared click spreads over tens of ms);
- duration: a stretch by ``r`` should last ``n / r`` samples.

Pure functions of arrays (no Streamlit, no library under test): the
benchmark (``benchmarks/audio_augmentation.py``) and the studio's text about
the two methods both use them.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from playground.augment.audio.time_pitch import pitch_shift, time_stretch

WINDOW_S = 0.005  # ±5 ms: a click heard as one click stays inside it


def tone(rate: int, seconds: float, hz: float, amplitude: float = 0.5) -> np.ndarray:
    """A pure sine, float32 (a fade of 10 ms at each end avoids clicks of its own)."""
    n = round(seconds * rate)
    t = np.arange(n) / rate
    ramp = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.01) if n else t
    return (amplitude * np.sin(2 * np.pi * hz * t) * ramp).astype(np.float32)


def click_train(
    rate: int, seconds: float, period_s: float = 0.25, amplitude: float = 0.8
) -> tuple[np.ndarray, np.ndarray]:
    """Single-sample clicks every ``period_s`` (the first half a period in), and their times in seconds."""
    n = round(seconds * rate)
    times = np.arange(period_s / 2, seconds - period_s / 4, period_s)
    x = np.zeros(n, dtype=np.float32)
    x[np.round(times * rate).astype(np.int64)] = amplitude
    return x, times


def estimate_f0(x: np.ndarray, rate: int) -> float:
    """The frequency (Hz) of the strongest spectral peak of a (near) pure tone, to a small fraction of a bin.

    A Hann-windowed FFT, zero-padded 8×, then a parabola through the peak bin
    and its neighbours in log magnitude (Smith & Serra's quadratic
    interpolation): on a 1-s tone the error is far below 0.1 Hz.
    """
    mono = np.asarray(x, dtype=np.float64)
    mono = mono.mean(axis=0) if mono.ndim == 2 else mono
    n = mono.shape[-1]
    if n < 16:
        return 0.0
    size = 1 << int(np.ceil(np.log2(n * 8)))
    spectrum = np.abs(np.fft.rfft(mono * np.hanning(n), size)) + 1e-300
    k = int(np.argmax(spectrum[1:-1])) + 1
    a, b, c = np.log(spectrum[k - 1 : k + 2])
    denominator = a - 2 * b + c
    offset = 0.5 * (a - c) / denominator if denominator != 0 else 0.0
    return float((k + offset) * rate / size)


def cents(got_hz: float, want_hz: float) -> float:
    """How far ``got_hz`` is from ``want_hz`` in cents (+100 is one semitone sharp)."""
    if got_hz <= 0 or want_hz <= 0:
        return float("inf")
    return float(1200.0 * np.log2(got_hz / want_hz))


def pitch_error_cents(shift: Callable[[np.ndarray, int, float], np.ndarray], rate: int, semitones: float = 3.0,
                      tones_hz: tuple[float, ...] = (220.0, 440.0, 880.0), seconds: float = 1.0) -> float:  # fmt: skip
    """The largest |error| in cents of ``shift(x, rate, semitones)`` over pure tones (middle half measured)."""
    worst = 0.0
    for hz in tones_hz:
        out = np.asarray(shift(tone(rate, seconds, hz), rate, semitones))
        n = out.shape[-1]
        middle = out[..., n // 4 : 3 * n // 4]
        worst = max(worst, abs(cents(estimate_f0(middle, rate), hz * 2 ** (semitones / 12))))
    return worst


def transient_energy_kept(x: np.ndarray, rate: int, times_s: np.ndarray, window_s: float = WINDOW_S) -> float:
    """Mean over clicks of (energy within ±``window_s`` of the click) / (energy of the click's whole period).

    A click's period runs halfway to its neighbours, so every sample belongs
    to exactly one click; a click with no energy at all counts as 0 kept.
    """
    mono = np.asarray(x, dtype=np.float64)
    mono = mono.mean(axis=0) if mono.ndim == 2 else mono
    n = mono.shape[-1]
    centres = np.asarray(times_s, dtype=np.float64) * rate
    if n == 0 or centres.size == 0:
        return 0.0
    edges = np.concatenate([[0.0], (centres[1:] + centres[:-1]) / 2, [float(n)]])
    energy = np.concatenate([[0.0], np.cumsum(mono * mono)])

    def between(start: float, stop: float) -> float:
        lo, hi = int(np.clip(round(start), 0, n)), int(np.clip(round(stop), 0, n))
        return float(energy[hi] - energy[lo]) if hi > lo else 0.0

    half = window_s * rate
    shares = []
    for centre, lo, hi in zip(centres, edges[:-1], edges[1:], strict=True):
        total = between(lo, hi)
        near = between(max(lo, centre - half), min(hi, centre + half + 1))
        shares.append(near / total if total > 0 else 0.0)
    return float(np.mean(shares))


def transient_sharpness(x: np.ndarray, rate: int, times_s: np.ndarray, window_s: float = WINDOW_S) -> float:
    """Like ``transient_energy_kept``, but around each period's own loudest sample instead of the expected time.

    Why both: a method can keep a click sharp yet move it (librosa's vocoder
    puts clicks where the frames' phases line up, often > 5 ms off): kept
    measures timing and sharpness together, sharpness alone.
    """
    mono = np.asarray(x, dtype=np.float64)
    mono = mono.mean(axis=0) if mono.ndim == 2 else mono
    n = mono.shape[-1]
    centres = np.asarray(times_s, dtype=np.float64) * rate
    if n == 0 or centres.size == 0:
        return 0.0
    edges = np.concatenate([[0.0], (centres[1:] + centres[:-1]) / 2, [float(n)]]).round().astype(np.int64)
    peaks = [lo + int(np.argmax(np.abs(mono[lo:hi]))) if hi > lo else lo for lo, hi in itertools.pairwise(edges)]
    shares = []
    for peak, lo, hi in zip(peaks, edges[:-1], edges[1:], strict=True):
        one = np.zeros(n)
        one[lo:hi] = mono[lo:hi]
        shares.append(transient_energy_kept(one, rate, np.array([peak / rate]), window_s) if hi > lo else 0.0)
    return float(np.mean(shares))


def duration_ratio(n_out: int, n_in: int, stretch_rate: float) -> float:
    """Samples got / samples expected after stretching ``n_in`` samples by ``stretch_rate`` (1.0 is exact)."""
    return float(n_out / (n_in / stretch_rate)) if n_in else 0.0


def _ours(method: str) -> tuple[Callable[..., np.ndarray], Callable[..., np.ndarray]]:
    def shift(x: np.ndarray, rate: int, semitones: float) -> np.ndarray:
        return pitch_shift(x, rate, semitones, method=method)

    def stretch(x: np.ndarray, rate: int, stretch_rate: float) -> np.ndarray:
        return time_stretch(x, rate, stretch_rate, method=method)

    return shift, stretch


@lru_cache(maxsize=4)
def method_report(method: str, rate: int = 16_000) -> dict[str, float]:
    """The three measures for one of our methods (+3 semitones, ×1.2): what the studio quotes next to the choice.

    Measured on short synthetic signals (1 s tones, a 2-s click train), so the
    studio can say it live, on the machine it runs on; the benchmark measures
    the same on longer signals, beside audiomentations' two methods.
    """
    shift, stretch = _ours(method)
    clicks, times = click_train(rate, 2.0)
    stretched = stretch(clicks, rate, 1.2)
    seconds = []
    for _ in range(3):  # the best of three: the least disturbed by other work on a shared server
        start = time.perf_counter()
        shift(clicks, rate, 3.0)
        stretch(clicks, rate, 1.2)
        seconds.append((time.perf_counter() - start) / 2)
    return {
        "ms_per_s": min(seconds) * 1000 / (clicks.shape[-1] / rate),
        "pitch_cents": pitch_error_cents(shift, rate),
        "clicks_pitch": transient_energy_kept(shift(clicks, rate, 3.0), rate, times),
        "clicks_stretch": transient_energy_kept(stretched, rate, times / 1.2),
        "duration": duration_ratio(stretched.shape[-1], clicks.shape[-1], 1.2),
    }


def tradeoff_figures(rate: int = 16_000) -> dict[str, float]:
    """The placeholders of the studio's ``audio.method_tradeoff`` text, for both methods."""
    figures = {}
    for method in ("vocoder", "signalsmith"):
        report = method_report(method, rate)
        figures[f"{method}_ms"] = report["ms_per_s"]
        figures[f"{method}_pitch"] = report["pitch_cents"]
        figures[f"{method}_clicks"] = (report["clicks_pitch"] + report["clicks_stretch"]) / 2
    return figures
