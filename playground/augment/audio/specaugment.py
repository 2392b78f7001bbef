"""SpecAugment: silence random time spans and frequency bands of the spectrogram.

Why on the spectrogram: a speech model sees spectrograms, and Park et al.
("SpecAugment", 2019) showed that hiding a few frames or mel channels makes it
rely on context instead of any one cue. Here the mask is applied to the STFT
and turned back into sound with the inverse STFT, so the student *hears* a
dropout (time mask) or a missing band (frequency mask). Masks are recorded as
``[start, width]`` fractions of the time or frequency axis, so a draw replays
exactly and the page can show where they fell.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from playground.augment.audio.stft import istft, stft

Mask = tuple[float, float]  # (start, width) as fractions of the axis


def _n_fft(rate: int) -> int:
    return 1 << round(np.log2(rate * 0.032))


def mask_bins(masks: list[Mask] | list[list[float]], n_bins: int) -> np.ndarray:
    """Boolean (n_bins,) marking the bins covered by ``masks`` (start and width rounded to whole bins)."""
    covered = np.zeros(n_bins, dtype=bool)
    for start, width in masks:
        first = min(n_bins, max(0, round(float(start) * n_bins)))
        count = max(0, round(float(width) * n_bins))
        covered[first : first + count] = True
    return covered


def mask_spectrogram(spec: np.ndarray, time_masks: list = (), freq_masks: list = ()) -> np.ndarray:
    """A copy of ``spec`` (..., frames, bins) with the masked frames and bins set to exactly zero."""
    out = spec.copy()
    out[..., mask_bins(list(time_masks), spec.shape[-2]), :] = 0
    out[..., mask_bins(list(freq_masks), spec.shape[-1])] = 0
    return out


def _apply(x: np.ndarray, rate: int, time_masks: list = (), freq_masks: list = ()) -> np.ndarray:
    n_fft = _n_fft(int(rate))
    hop = n_fft // 4
    spec = stft(x, n_fft, hop)
    return istft(mask_spectrogram(spec, time_masks, freq_masks), n_fft, hop, length=x.shape[-1])


def time_mask(x: np.ndarray, rate: int, n_masks: int, max_width: float, masks: list) -> np.ndarray:
    """Silence the recorded time spans (``n_masks`` and ``max_width`` only shaped how they were drawn)."""
    return _apply(x, rate, time_masks=masks)


def freq_mask(x: np.ndarray, rate: int, n_masks: int, max_width: float, masks: list) -> np.ndarray:
    """Silence the recorded frequency bands (fractions of 0..Nyquist)."""
    return _apply(x, rate, freq_masks=masks)


def draw_masks(rng: np.random.Generator, values: dict[str, Any]) -> dict[str, Any]:
    """Where the masks fall: each width uniform in [0, max_width], each start uniform where it fits."""
    masks = []
    for _ in range(int(values["n_masks"])):
        width = float(rng.uniform(0.0, values["max_width"]))
        start = float(rng.uniform(0.0, max(0.0, 1.0 - width)))
        masks.append([round(start, 4), round(width, 4)])
    return {"masks": masks}
