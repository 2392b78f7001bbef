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
CHUNK = 1 << 16  # samples filtered per pass (512 kB of float64): cache-sized, and no clip-sized temporaries

try:  # the kernel ``signal.sosfilt`` runs after its checks and its own copy: in place, rows of samples
    from scipy.signal._sosfilt import _sosfilt as _sosfilt_in_place
except ImportError:  # pragma: no cover (a SciPy that moved it: the public function, one copy more per chunk)
    _sosfilt_in_place = None


def _run(x: np.ndarray, sos: np.ndarray, zero_phase: bool) -> np.ndarray:
    """Filter along time in float64, with a dither that keeps the filter state out of denormal numbers.

    After a stretch of digital silence a recursive filter's state decays towards
    zero through denormal floats, which CPUs process up to 100x slower: on a
    speech clip with pauses that made the filter 4x slower. Adding 2e-18 to every
    other sample (a DC plus a Nyquist component, so any filter passes some of it)
    keeps the state normal and changes no float32 output sample of a real signal.

    Why in chunks of ``CHUNK`` samples, the state carried from one to the next:
    a recursive filter runs sample after sample, so the output is the one pass's
    to the bit (``test_chunked_filters_equal_one_pass``), but the float64 copies
    stay small. Filtering 10 s at once held ~3 MB of temporaries (our dithered
    copy, SciPy's own copy, the output), past glibc's trim threshold: in some
    heap states every call gave the memory back and took it again, ~600 page
    faults (~40 % of a low-pass). Each chunk is filtered in place by SciPy's
    kernel (``_filter_rows``): ~15 % faster than ``signal.sosfilt``'s copy and checks.
    """
    x = np.asarray(x)
    n = x.shape[-1]
    if n == 0:
        return np.array(x, dtype=np.float32)
    if zero_phase and n > 3 * (2 * len(sos) + 1):  # forwards and backwards: the whole clip at once
        data = np.array(x, dtype=np.float64)
        data[..., ::2] += _DITHER
        return signal.sosfiltfilt(sos, data, axis=-1).astype(np.float32, copy=False)
    sos = np.ascontiguousarray(sos, dtype=np.float64)
    rows = x.reshape(-1, n)  # each channel a row, as ``sosfilt`` lays them out
    out = np.empty(rows.shape, dtype=np.float32)
    state = np.zeros((rows.shape[0], len(sos), 2))  # sosfilt's own start (zi=None), then carried over
    for start in range(0, n, CHUNK):  # CHUNK is even: every chunk's ``::2`` are the clip's even samples
        data = np.array(rows[:, start : start + CHUNK], dtype=np.float64)
        data[:, ::2] += _DITHER
        out[:, start : start + CHUNK] = _filter_rows(sos, data, state)
    return out.reshape(x.shape)


def _filter_rows(sos: np.ndarray, data: np.ndarray, state: np.ndarray) -> np.ndarray:
    """``sosfilt`` along the rows of C-contiguous float64 ``data``, ``state`` (rows, sections, 2) updated in place."""
    if _sosfilt_in_place is not None:
        _sosfilt_in_place(sos, data, state)
        return data
    filtered, final = signal.sosfilt(sos, data, axis=-1, zi=state.transpose(1, 0, 2))
    state[...] = final.transpose(1, 0, 2)
    return filtered


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
