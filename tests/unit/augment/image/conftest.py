"""Shared images for the image-engine tests: small, textured, deterministic."""

from __future__ import annotations

import cv2
import numpy as np
import pytest


def textured(h: int = 96, w: int = 128, seed: int = 0) -> np.ndarray:
    """Smooth colour gradients plus blocks and noise: every transform has something to change."""
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 256, (h // 8, w // 8, 3), dtype=np.uint8)
    img = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    _, xx = np.mgrid[0:h, 0:w]
    img[..., 0] = np.clip(img[..., 0].astype(int) // 2 + xx * 100 // w, 0, 255)
    return np.ascontiguousarray(img)


@pytest.fixture(scope="module")
def image() -> np.ndarray:
    return textured()
