"""Enhancement: histogram equalisation, CLAHE, sharpen and emboss (colour group, local operations).

Unlike the per-value curves in ``image_color``, these look at a neighbourhood
or at the whole histogram. Kernels and formulas follow albumentations, and the
tests compare against it (``A.Equalize``, ``A.CLAHE``, ``A.Sharpen``, ``A.Emboss``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import cv2
import numpy as np

from playground.augment.image.sampling import uniform
from playground.augment.image.spec import ImageTransform, P

EQUALIZE = ImageTransform(
    "equalize",
    "color",
    (),
    sample=lambda rng, a, shape: {},
    apply=lambda img, s: cv2.merge([cv2.equalizeHist(channel) for channel in cv2.split(img)]),
    equivalent=lambda a, p: f"A.Equalize(mode='cv', by_channels=True, p={p})",
)


def _clahe(img: np.ndarray, s: Mapping[str, Any]) -> np.ndarray:
    """Contrast-limited equalisation of lightness only (LAB's L), so colours do not shift."""
    lab = cv2.cvtColor(img, cv2.COLOR_RGB2LAB)
    clahe = cv2.createCLAHE(clipLimit=s["clip_limit"], tileGridSize=(s["tiles"], s["tiles"]))
    lab[..., 0] = clahe.apply(np.ascontiguousarray(lab[..., 0]))
    return cv2.cvtColor(lab, cv2.COLOR_LAB2RGB)


CLAHE = ImageTransform(
    "clahe",
    "color",
    (P("clip_limit", "range", (1.0, 4.0), 1.0, 16.0, 0.5), P("tiles", "int", 8, 2, 32, 1)),
    sample=lambda rng, a, shape: {"clip_limit": uniform(rng, a["clip_limit"]), "tiles": a["tiles"]},
    apply=_clahe,
    equivalent=lambda a, p: (
        f"A.CLAHE(clip_limit={a['clip_limit']}, tile_grid_size=({a['tiles']}, {a['tiles']}), p={p})"
    ),
)


def _kernel_filter(img: np.ndarray, effect: np.ndarray, alpha: float) -> np.ndarray:
    identity = np.zeros((3, 3), dtype=np.float32)
    identity[1, 1] = 1.0
    kernel = (1 - alpha) * identity + alpha * effect.astype(np.float32)
    return cv2.filter2D(img, -1, kernel)


def sharpen_kernel(lightness: float) -> np.ndarray:
    return np.array([[-1, -1, -1], [-1, 8 + lightness, -1], [-1, -1, -1]], dtype=np.float32)


def emboss_kernel(strength: float) -> np.ndarray:
    return np.array(
        [[-1 - strength, -strength, 0], [-strength, 1, strength], [0, strength, 1 + strength]], dtype=np.float32
    )


SHARPEN = ImageTransform(
    "sharpen",
    "color",
    (P("alpha", "range", (0.2, 0.5), 0.0, 1.0, 0.05), P("lightness", "range", (0.5, 1.0), 0.1, 2.0, 0.05)),
    sample=lambda rng, a, shape: {"alpha": uniform(rng, a["alpha"]), "lightness": uniform(rng, a["lightness"])},
    apply=lambda img, s: _kernel_filter(img, sharpen_kernel(s["lightness"]), s["alpha"]),
    equivalent=lambda a, p: f"A.Sharpen(alpha={a['alpha']}, lightness={a['lightness']}, method='kernel', p={p})",
)

EMBOSS = ImageTransform(
    "emboss",
    "color",
    (P("alpha", "range", (0.2, 0.5), 0.0, 1.0, 0.05), P("strength", "range", (0.2, 0.7), 0.0, 2.0, 0.05)),
    sample=lambda rng, a, shape: {"alpha": uniform(rng, a["alpha"]), "strength": uniform(rng, a["strength"])},
    apply=lambda img, s: _kernel_filter(img, emboss_kernel(s["strength"]), s["alpha"]),
    equivalent=lambda a, p: f"A.Emboss(alpha={a['alpha']}, strength={a['strength']}, p={p})",
)


TRANSFORMS: tuple[ImageTransform, ...] = (EQUALIZE, CLAHE, SHARPEN, EMBOSS)
