"""Time stretch (pitch kept), pitch shift (duration kept) and speed change (both move).

Why a phase vocoder: stretching time by repeating or skipping short frames
keeps each frame's spectrum (so the pitch) but must keep each frequency's
phase advancing smoothly from frame to frame, or the result warbles. The
vocoder reads the STFT at fractional frame positions, interpolates the
magnitudes and accumulates each bin's measured phase advance. Everything is
vectorised (one ``cumsum`` over frames), so a 10-s clip takes milliseconds.

Pitch shift = resample by the pitch ratio with a polyphase filter (all
frequencies scale, the duration too), and stretch the duration back with the
vocoder; whichever order keeps the vocoder's signal shorter comes first.
Speed = resample only (a faster tape is also higher), like a record player.

Two methods (``method``): ``"vocoder"``, the plain phase vocoder above (the
default, so every link shared before replays bit for bit), and
``"signalsmith"``, Signalsmith Stretch through ``python-stretch`` (what
audiomentations 0.43 uses by default), which keeps onsets sharp: a plain
vocoder smears each click over its ~64-ms window. The trade-off is measured
by ``playground.augment.audio.quality`` and shown next to the choice.

References: Flanagan & Golden, "Phase vocoder" (1966); Laroche & Dolson,
"Improved phase vocoder time-scale modification of audio" (1999);
G. Lewis, "Signalsmith Stretch" (2022, github.com/Signalsmith-Audio/signalsmith-stretch).
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

import numpy as np
import python_stretch
from scipy import signal

from playground.augment.audio.stft import istft, stft

METHODS = ("vocoder", "signalsmith")
MIN_RATE, MAX_RATE = 0.25, 4.0
_TWO_PI, _INV_TWO_PI = (
    np.float32(2 * np.pi),
    np.float32(1 / (2 * np.pi)),
)  # beyond this a vocoder only smears; also bounds the output length


def _n_fft(rate: int) -> int:
    """~64 ms windows: long enough to resolve speech harmonics, short enough to keep onsets."""
    return 1 << round(np.log2(rate * 0.064))


def phase_vocoder(spec: np.ndarray, stretch_rate: float, hop: int) -> np.ndarray:
    """Spectrogram (..., frames, bins) read at ``stretch_rate`` frames per output frame."""
    n_frames, n_bins = spec.shape[-2], spec.shape[-1]
    n_fft = 2 * (n_bins - 1)
    steps = np.arange(0.0, n_frames, stretch_rate)
    index = steps.astype(np.int64)
    frac = (steps - index).astype(np.float32)[:, None]
    following = np.minimum(index + 1, n_frames - 1)  # the last frame is held rather than faded
    magnitudes, angles = np.abs(spec), np.angle(spec)
    magnitude = (1.0 - frac) * magnitudes[..., index, :] + frac * magnitudes[..., following, :]
    expected = (2 * np.pi * hop / n_fft * np.arange(n_bins)).astype(np.float32)
    advance = angles[..., following, :] - angles[..., index, :] - expected
    advance -= _TWO_PI * np.round(advance * _INV_TWO_PI)  # the deviation from the bin's own rotation
    advance += expected
    phase = np.empty_like(magnitude)
    phase[..., 0, :] = angles[..., 0, :]
    np.cumsum(advance[..., :-1, :], axis=-2, out=phase[..., 1:, :])
    phase[..., 1:, :] += angles[..., :1, :]
    phase -= _TWO_PI * np.round(phase * _INV_TWO_PI)  # float32 sin/cos are ~20x faster on small angles
    out = np.empty(magnitude.shape, dtype=np.complex64)
    out.real = magnitude * np.cos(phase)
    out.imag = magnitude * np.sin(phase)
    return out


def signalsmith(x: np.ndarray, rate: int, *, time_factor: float = 1.0, semitones: float = 0.0) -> np.ndarray:
    """Signalsmith Stretch (``python-stretch``): ``time_factor`` times faster and ``semitones`` higher.

    Called as audiomentations 0.43 calls it (``preset(channels, rate)``), so the
    two agree sample for sample; it is deterministic and takes (channels, n).
    """
    x = np.asarray(x, dtype=np.float32)
    frames = np.ascontiguousarray(x[None, :] if x.ndim == 1 else x)
    stretch = python_stretch.Signalsmith.Stretch()
    stretch.preset(frames.shape[0], int(rate))
    if time_factor != 1.0:
        stretch.setTimeFactor(float(time_factor))
    if semitones:
        stretch.setTransposeSemitones(float(semitones))
    out = stretch.process(frames)
    return np.ascontiguousarray(out[0] if x.ndim == 1 else out, dtype=np.float32)


def time_stretch(
    x: np.ndarray, rate: int, stretch_rate: float, keep_length: bool = False, method: str = "vocoder"
) -> np.ndarray:
    """Play ``stretch_rate`` times faster without changing the pitch (rate 2 halves the duration)."""
    stretch_rate = float(np.clip(stretch_rate, MIN_RATE, MAX_RATE))
    n = x.shape[-1]
    if abs(stretch_rate - 1.0) < 1e-6 or n == 0:
        return np.asarray(x, dtype=np.float32).copy()
    if method == "signalsmith":
        out = signalsmith(x, rate, time_factor=stretch_rate)
        return _fit(out, n) if keep_length else out
    n_fft = _n_fft(rate)
    hop = n_fft // 4
    stretched = phase_vocoder(stft(x, n_fft, hop), stretch_rate, hop)
    length = max(1, round(n / stretch_rate))
    out = istft(stretched, n_fft, hop, length=length)
    if keep_length:
        out = _fit(out, n)
    return out


@lru_cache(maxsize=64)
def _ratio(factor: float) -> tuple[int, int]:
    """``factor`` as up/down with small terms, so the polyphase filter stays short and fast."""
    fraction = Fraction(factor).limit_denominator(160)
    return fraction.numerator, fraction.denominator


@lru_cache(maxsize=32)
def _polyphase_filter(up: int, down: int) -> np.ndarray:
    """The anti-aliasing filter ``resample_poly`` would design; cached because design costs more than use."""
    max_rate = max(up, down)
    taps = signal.firwin(2 * 10 * max_rate + 1, 1.0 / max_rate, window=("kaiser", 5.0))
    taps = taps.astype(np.float32)
    taps.setflags(write=False)
    return taps


def resample_by(x: np.ndarray, factor: float) -> np.ndarray:
    """Resample so the output has ``factor`` times as many samples (polyphase, float32)."""
    up, down = _ratio(float(factor))
    if up == down:
        return np.asarray(x, dtype=np.float32).copy()
    out = signal.resample_poly(np.asarray(x, dtype=np.float32), up, down, axis=-1, window=_polyphase_filter(up, down))
    return out.astype(np.float32, copy=False)


def pitch_shift(x: np.ndarray, rate: int, semitones: float, method: str = "vocoder") -> np.ndarray:
    """Raise (or lower) every frequency by ``semitones`` while keeping the duration."""
    n = x.shape[-1]
    semitones = float(np.clip(semitones, -24.0, 24.0))
    ratio = float(2.0 ** (semitones / 12.0))
    if abs(ratio - 1.0) < 1e-6 or n == 0:
        return np.asarray(x, dtype=np.float32).copy()
    if method == "signalsmith":
        return _fit(signalsmith(x, rate, semitones=semitones), n)
    up, down = _ratio(ratio)
    exact = up / down  # stretch by the ratio the resampler applies exactly
    if exact > 1:  # up: shorten first, so the vocoder works on the shorter signal
        return _fit(time_stretch(resample_by(x, 1.0 / exact), rate, 1.0 / exact), n)
    return _fit(resample_by(time_stretch(x, rate, 1.0 / exact), 1.0 / exact), n)  # down: stretch first


def speed(x: np.ndarray, rate: int, factor: float) -> np.ndarray:
    """Play ``factor`` times faster like a tape: shorter and higher (resampling only)."""
    factor = float(np.clip(factor, MIN_RATE, MAX_RATE))
    return resample_by(x, 1.0 / factor)


def _fit(x: np.ndarray, n: int) -> np.ndarray:
    """Cut or zero-pad the last axis to ``n`` samples."""
    if x.shape[-1] >= n:
        return np.ascontiguousarray(x[..., :n], dtype=np.float32)
    return np.pad(x, [*([(0, 0)] * (x.ndim - 1)), (0, n - x.shape[-1])]).astype(np.float32)
