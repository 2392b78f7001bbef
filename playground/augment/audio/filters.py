"""Equalisation: Butterworth low/high/band-pass and band-stop filters, and a peaking EQ.

Why second-order sections (``sos``): a high-order filter written as one
polynomial ratio loses precision and can blow up at low cutoffs; a cascade
of biquads stays stable. The roll-off is stated the way audio engineers do,
in dB per octave: each Butterworth order adds 6 dB/octave, so 24 dB/octave
(order 4) leaves a tone one octave past the cutoff ~24 dB quieter.
``zero_phase`` runs the filter forwards and backwards (no delay, twice the
roll-off), which is what you want when the timing of events matters.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from scipy import signal

ROLLOFFS = ("12", "24", "36", "48")  # dB per octave, i.e. Butterworth orders 2, 4, 6, 8


def _clamp_hz(hz: float, rate: int) -> float:
    """Keep a frequency inside (0, Nyquist): a cutoff above Nyquist means nothing to a digital filter."""
    return float(np.clip(hz, 10.0, 0.45 * rate))


@lru_cache(maxsize=256)
def _butter(kind: str, edges: tuple[float, ...], order: int, rate: int) -> np.ndarray:
    critical = edges[0] if len(edges) == 1 else list(edges)
    return signal.butter(order, critical, btype=kind, fs=rate, output="sos")


_DITHER = 2e-18  # -350 dB: far below anything audible or representable next to a real signal in float32


def _run(x: np.ndarray, sos: np.ndarray, zero_phase: bool) -> np.ndarray:
    """Filter along time in float64, with a dither that keeps the filter state out of denormal numbers.

    After a stretch of digital silence a recursive filter's state decays towards
    zero through denormal floats, which CPUs process up to 100x slower: on a
    speech clip with pauses that made the filter 4x slower. Adding 2e-18 to every
    other sample (a DC plus a Nyquist component, so any filter passes some of it)
    keeps the state normal and changes no float32 output sample of a real signal.
    """
    data = np.array(x, dtype=np.float64)
    if data.shape[-1] == 0:
        return data.astype(np.float32)
    data[..., ::2] += _DITHER
    if zero_phase and data.shape[-1] > 3 * (2 * len(sos) + 1):
        out = signal.sosfiltfilt(sos, data, axis=-1)
    else:
        out = signal.sosfilt(sos, data, axis=-1)
    return out.astype(np.float32, copy=False)


def _order(rolloff: str) -> int:
    return max(1, int(rolloff) // 6)


def low_pass(x: np.ndarray, rate: int, cutoff_hz: float, rolloff: str = "24", zero_phase: bool = False) -> np.ndarray:
    """Keep what is below ``cutoff_hz``: muffled, like a voice through a wall."""
    return _run(x, _butter("lowpass", (_clamp_hz(cutoff_hz, rate),), _order(rolloff), int(rate)), zero_phase)


def high_pass(x: np.ndarray, rate: int, cutoff_hz: float, rolloff: str = "24", zero_phase: bool = False) -> np.ndarray:
    """Keep what is above ``cutoff_hz``: thin, like a small phone speaker."""
    return _run(x, _butter("highpass", (_clamp_hz(cutoff_hz, rate),), _order(rolloff), int(rate)), zero_phase)


def _band(center_hz: float, bandwidth: float, rate: int) -> tuple[float, float]:
    """Edges one ``bandwidth`` (in octaves) wide, centred geometrically on ``center_hz``."""
    half = 2.0 ** (bandwidth / 2.0)
    low = _clamp_hz(center_hz / half, rate)
    high = _clamp_hz(center_hz * half, rate)
    return (low, high) if high > low * 1.01 else (low, low * 1.01)


def band_pass(
    x: np.ndarray, rate: int, center_hz: float, bandwidth: float, *, rolloff: str = "24", zero_phase: bool = False
) -> np.ndarray:
    """Keep one band ``bandwidth`` octaves wide around ``center_hz``: a telephone or a walkie-talkie."""
    order = max(1, _order(rolloff) // 2)  # a band-pass of order n has n poles on each side
    return _run(x, _butter("bandpass", _band(center_hz, bandwidth, int(rate)), order, int(rate)), zero_phase)


def band_stop(
    x: np.ndarray, rate: int, center_hz: float, bandwidth: float, *, rolloff: str = "24", zero_phase: bool = False
) -> np.ndarray:
    """Remove one band around ``center_hz`` (a notch when narrow)."""
    order = max(1, _order(rolloff) // 2)
    return _run(x, _butter("bandstop", _band(center_hz, bandwidth, int(rate)), order, int(rate)), zero_phase)


def peaking_sos(center_hz: float, gain_db: float, q: float, rate: int) -> np.ndarray:
    """The RBJ "Audio EQ Cookbook" peaking biquad as one second-order section."""
    amplitude = 10.0 ** (gain_db / 40.0)
    omega = 2.0 * np.pi * _clamp_hz(center_hz, rate) / rate
    alpha = np.sin(omega) / (2.0 * max(q, 0.05))
    b = np.array([1 + alpha * amplitude, -2 * np.cos(omega), 1 - alpha * amplitude])
    a = np.array([1 + alpha / amplitude, -2 * np.cos(omega), 1 - alpha / amplitude])
    return np.concatenate([b / a[0], a / a[0]])[None, :]


def peaking_eq(x: np.ndarray, rate: int, center_hz: float, gain_db: float, q: float) -> np.ndarray:
    """Boost or cut a band around ``center_hz`` by ``gain_db``; ``q`` sets how narrow it is."""
    return _run(x, peaking_sos(center_hz, gain_db, q, int(rate)), zero_phase=False)
