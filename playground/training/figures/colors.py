"""Colours of the training studio, after TensorFlow Playground: orange is one class, blue the other.

Why images instead of heatmap traces: a 100×100 boundary as a PNG is ~5 kB
and ~1 ms to make, so the live view redraws ten times a second without the
browser re-laying out 10,000 heatmap cells. The pictures are encoded by
:mod:`playground.core.encode` (JPEG at quality 88 unless a caller asks for more).
"""

from __future__ import annotations

import numpy as np

ORANGE = np.array([245, 147, 34], dtype=np.float32)  # the anchor's #f59322
BLUE = np.array([8, 119, 189], dtype=np.float32)  # the anchor's #0877bd
WHITE = np.array([255, 255, 255], dtype=np.float32)
# Class colours: the anchor's two, then three more that stay distinct for colour-blind readers.
CLASS_COLOURS = np.array(
    [ORANGE, BLUE, [0, 158, 115], [204, 121, 167], [86, 180, 233], [230, 159, 0], [120, 94, 240], [100, 100, 100]],
    dtype=np.float32,
)
CLASS_HEX = ["#{:02x}{:02x}{:02x}".format(*(int(c) for c in colour)) for colour in CLASS_COLOURS]


def diverging(values: np.ndarray) -> np.ndarray:
    """Values in [-1, 1] → RGB uint8: orange (−1), white (0), blue (+1)."""
    v = np.clip(np.nan_to_num(values.astype(np.float32)), -1, 1)[..., None]
    rgb = np.where(v < 0, WHITE + (ORANGE - WHITE) * -v, WHITE + (BLUE - WHITE) * v)
    return rgb.astype(np.uint8)


def class_mix(probabilities: np.ndarray) -> np.ndarray:
    """``[H, W, C]`` class probabilities → RGB: the class colours mixed, paler where unsure."""
    p = np.nan_to_num(probabilities.astype(np.float32))
    n_classes = p.shape[-1]
    if n_classes == 2:
        return diverging(p[..., 1] * 2 - 1)
    mixed = p @ CLASS_COLOURS[:n_classes]
    confidence = ((p.max(-1, keepdims=True) - 1 / n_classes) / (1 - 1 / n_classes)).clip(0, 1)
    return (WHITE + (mixed - WHITE) * confidence).astype(np.uint8)
