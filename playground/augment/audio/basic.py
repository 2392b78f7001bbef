"""Waveform transforms that act sample by sample: loudness, noise, time position, polarity, distortion.

Every function takes float samples shaped (n,) or (channels, n) and the rate,
returns float32 of the same shape (these never change the length), and takes
its random numbers only through an explicit ``seed``, so a recorded draw
replays bit for bit. Levels are in decibels because that is how loudness is
heard and how the literature states SNRs: +6 dB doubles the amplitude.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import soundfile as sf

from playground.augment.audio.time_pitch import resample_by
from playground.data.samples import get_sample

_EPS = 1e-12
_FLOAT32 = np.dtype(np.float32)
# ``x * g`` for float32 ``x`` and a Python float ``g`` (float32 out, NEP 50) is ``np.multiply`` with ``g``
# cast to float32; naming the loop's dtype skips the promotion NumPy works out on every call: the very
# same bits (``test_gain_is_the_plain_multiply``), ~0.2 µs sooner, which is most of gain's bookkeeping.
_multiply = np.multiply


def _f32(x: np.ndarray) -> np.ndarray:
    return np.asarray(x, dtype=np.float32)


def db_to_amplitude(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def rms(x: np.ndarray) -> float:
    """Root mean square over all samples (all channels)."""
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64)))) if x.size else 0.0


def gain(x: np.ndarray, rate: int, gain_db: float) -> np.ndarray:
    """Multiply by a constant: the RMS moves by exactly ``gain_db``."""
    if x.dtype is not _FLOAT32:
        x = x.astype(np.float32)
    return _multiply(x, 10.0 ** (gain_db / 20.0), dtype=_FLOAT32)  # see ``_multiply``: one pass, float32 out


def gain_transition(
    x: np.ndarray, rate: int, *, start_db: float, end_db: float, duration_s: float, position: float
) -> np.ndarray:
    """A fade from one gain to another over ``duration_s``, starting at ``position`` (0..1) of the free time.

    The ramp is linear in dB, which our ears hear as a steady fade.
    """
    n = x.shape[-1]
    ramp = min(n, max(1, round(duration_s * rate)))
    start = round(position * (n - ramp))
    curve_db = np.full(n, start_db, dtype=np.float32)
    curve_db[start : start + ramp] = np.linspace(start_db, end_db, ramp, dtype=np.float32)
    curve_db[start + ramp :] = end_db
    return _f32(x) * np.power(np.float32(10.0), curve_db / np.float32(20.0))


def _noise_at_snr(x: np.ndarray, noise: np.ndarray, snr_db: float) -> np.ndarray:
    """Add ``noise`` scaled so that signal power / noise power is exactly ``snr_db``."""
    signal_rms, noise_rms = rms(x), rms(noise)
    if signal_rms < _EPS or noise_rms < _EPS:
        return _f32(x).copy()
    scale = signal_rms / (noise_rms * db_to_amplitude(snr_db))
    return (_f32(x) + _f32(noise) * np.float32(scale)).astype(np.float32)


def gaussian_noise(x: np.ndarray, rate: int, snr_db: float, seed: int = 0) -> np.ndarray:
    """White Gaussian noise at a target signal-to-noise ratio (relative to this clip's own RMS)."""
    noise = np.random.default_rng(seed).standard_normal(x.shape, dtype=np.float32)
    return _noise_at_snr(x, noise, snr_db)


@lru_cache(maxsize=12)
def _noise_clip(sample_id: str, rate: int) -> np.ndarray:
    """A bundled noise recording as mono float32 at ``rate`` (read-only, shared)."""
    data, file_rate = sf.read(get_sample(sample_id).file, dtype="float32", always_2d=True)
    mono = data.mean(axis=1)
    clip = resample_by(mono, rate / file_rate) if file_rate != rate else mono
    clip.setflags(write=False)
    return clip


def background_noise(x: np.ndarray, rate: int, noise: str, snr_db: float, seed: int = 0) -> np.ndarray:
    """Mix a bundled noise recording (looped from a random offset) at a target SNR."""
    clip = _noise_clip(noise, int(rate))
    n = x.shape[-1]
    offset = int(np.random.default_rng(seed).integers(0, len(clip)))
    looped = np.take(clip, np.arange(offset, offset + n) % len(clip))
    return _noise_at_snr(x, np.broadcast_to(looped, x.shape), snr_db)


def shift(x: np.ndarray, rate: int, shift_fraction: float, mode: str = "roll") -> np.ndarray:
    """Move the sound in time by a fraction of its length; ``roll`` wraps around, ``pad`` fills silence."""
    n = x.shape[-1]
    k = round(shift_fraction * n)
    k = max(-n, min(n, k))
    out = np.empty_like(_f32(x))  # one pass (np.roll makes two)
    if k >= 0:
        out[..., k:] = x[..., : n - k]
        out[..., :k] = x[..., n - k :] if mode == "roll" else 0.0
    else:
        out[..., : n + k] = x[..., -k:]
        out[..., n + k :] = x[..., :-k] if mode == "roll" else 0.0
    return out


def reverse(x: np.ndarray, rate: int) -> np.ndarray:
    """Play backwards: the same spectrum per frame, but onsets become swells."""
    return np.ascontiguousarray(_f32(x)[..., ::-1])


def polarity(x: np.ndarray, rate: int) -> np.ndarray:
    """Flip the sign: it sounds the same alone, yet changes how it adds to other sounds."""
    return -_f32(x)


def clipping(x: np.ndarray, rate: int, percentile: float) -> np.ndarray:
    """Clip the loudest ``percentile`` % of samples (half at each polarity), like an overdriven input."""
    if percentile <= 0 or x.size == 0:
        return _f32(x).copy()
    low, high = np.percentile(x, [percentile / 2, 100 - percentile / 2])
    return np.clip(_f32(x), np.float32(low), np.float32(high))


def distortion(x: np.ndarray, rate: int, drive_db: float) -> np.ndarray:
    """Soft saturation ``tanh(drive * x)``, rescaled to the input RMS: harmonics, not loudness."""
    drive = np.float32(db_to_amplitude(drive_db))
    out = np.tanh(_f32(x) * drive)
    in_rms, out_rms = rms(x), rms(out)
    return out * np.float32(in_rms / out_rms) if out_rms > _EPS else out


def bit_crush(x: np.ndarray, rate: int, bits: int) -> np.ndarray:
    """Round to ``bits`` of resolution: quantisation noise that grows 6 dB per bit removed."""
    steps = np.float32(2 ** (int(bits) - 1))
    return np.round(_f32(x) * steps) / steps


def fade(x: np.ndarray, rate: int, fade_in_s: float, fade_out_s: float, shape: str = "linear") -> np.ndarray:
    """Fade in from silence and out to silence (``linear`` or ``cosine`` ramps)."""
    out = _f32(x).copy()
    n = x.shape[-1]
    for seconds, at_start in ((fade_in_s, True), (fade_out_s, False)):
        length = min(n, round(seconds * rate))
        if length <= 0:
            continue
        ramp = np.linspace(0.0, 1.0, length, dtype=np.float32)
        if shape == "cosine":
            ramp = (0.5 - 0.5 * np.cos(np.pi * ramp)).astype(np.float32)
        if at_start:
            out[..., :length] *= ramp
        else:
            out[..., n - length :] *= ramp[::-1]
    return out


def normalize(x: np.ndarray, rate: int, target_db: float, mode: str = "peak") -> np.ndarray:
    """Scale so the ``peak`` (or ``rms``) level is ``target_db`` dBFS; silence stays silent."""
    level = float(np.max(np.abs(x))) if mode == "peak" and x.size else rms(x)
    if level < _EPS:
        return _f32(x).copy()
    return _f32(x) * np.float32(db_to_amplitude(target_db) / level)
