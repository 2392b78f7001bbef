"""Reverb: convolve with the impulse response of a synthetic room of a chosen size.

Why synthetic: a real impulse response is a recording of a clap in a room;
its late tail is, to a very good approximation, noise whose level decays
exponentially. Sabine's formula ties the decay to the room: RT60 (the time
for the tail to fall by 60 dB) is ``0.161 V / (S a)``. For a cube of side L
with an absorption of 0.3 that is about ``0.09 L`` seconds, so a 3-m office
rings for ~0.27 s and a 20-m hall for ~1.8 s. A few early reflections,
delayed by the wall distances, make the room sound like a room rather than
a plate. The convolution is done with FFTs (``scipy.signal.oaconvolve``).
"""

from __future__ import annotations

import numpy as np
from scipy import signal

SPEED_OF_SOUND = 343.0  # m/s in air at 20 °C
ABSORPTION = 0.3  # an average furnished room; lower rings longer


def rt60_of_room(size_m: float) -> float:
    """Sabine's reverberation time of a cube of side ``size_m`` metres."""
    return 0.161 * size_m / (6.0 * ABSORPTION)


def room_impulse_response(rate: int, size_m: float, seed: int = 0) -> np.ndarray:
    """A unit-energy impulse response: direct sound, early reflections, exponential noise tail."""
    rng = np.random.default_rng(seed)
    rt60 = rt60_of_room(size_m)
    n = max(16, int(min(rt60, 3.0) * rate))
    t = np.arange(n, dtype=np.float32) / rate
    tail = rng.standard_normal(n).astype(np.float32) * np.exp(-6.9078 * t / rt60).astype(np.float32)
    first = int(size_m / SPEED_OF_SOUND * rate)  # the tail starts after the first wall bounce
    tail[: max(first, 1)] = 0.0
    ir = tail * np.float32(0.3)
    ir[0] = 1.0
    for delay_m in rng.uniform(0.5, 2.0, 6) * size_m:  # early reflections off walls, floor, ceiling
        k = int(delay_m / SPEED_OF_SOUND * rate)
        if k < n:
            ir[k] += np.float32(rng.choice([-1.0, 1.0]) * 0.6 * size_m / max(delay_m, 1e-3))
    return ir / np.float32(np.sqrt(np.sum(ir.astype(np.float64) ** 2)))


def reverb(x: np.ndarray, rate: int, room_size_m: float, wet: float, seed: int = 0) -> np.ndarray:
    """Mix ``wet`` (0..1) of the reverberated sound with the dry sound; the length is kept."""
    data = np.asarray(x, dtype=np.float32)
    if data.shape[-1] == 0 or wet <= 0:
        return data.copy()
    ir = room_impulse_response(int(rate), room_size_m, seed)
    ir = ir if data.ndim == 1 else ir[None, :]
    wet_signal = signal.oaconvolve(data, ir, axes=-1)[..., : data.shape[-1]].astype(np.float32)
    dry_rms = float(np.sqrt(np.mean(np.square(data, dtype=np.float64))))
    wet_rms = float(np.sqrt(np.mean(np.square(wet_signal, dtype=np.float64))))
    if wet_rms > 1e-12:  # same loudness as the dry sound, so the mix changes the space, not the level
        wet_signal *= np.float32(dry_rms / wet_rms)
    return (np.float32(1.0 - wet) * data + np.float32(wet) * wet_signal).astype(np.float32)
