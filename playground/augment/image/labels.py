"""Bounding boxes and keypoints that follow the geometry of a draw.

Why students need this: a flipped cat whose box stayed put teaches the model
nonsense. Every geometric transform exposes ``points()``, built from the very
matrix or map that moved the pixels, so labels and pixels cannot disagree.

Conventions (as albumentations): a box is ``(x_min, y_min, x_max, y_max)`` in
pixel-centre coordinates; after each geometric step it becomes the
axis-aligned box around its four moved corners, clipped to the new image (so
a rotated box grows). Keypoints keep their coordinates even when they leave
the image; they are then marked invisible and not drawn.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from playground.augment.image.spec import ImageTransform
from playground.core.errors import InputError
from playground.io.safe_json import load_json

BOX_COLOR = (0, 220, 90)  # RGB: green reads well on photos and in grey-scale prints
POINT_COLORS = ((255, 40, 40), (255, 200, 0), (40, 120, 255), (255, 0, 255), (0, 230, 230))
MAX_KEYPOINTS = 64  # the studio edits three; a file with thousands is a mistake or an attack
MAX_LABELS_BYTES = 64_000  # 64 keypoints and a box are well under 10 kB of JSON


@dataclass(frozen=True)
class Labels:
    """An optional box and a few keypoints on one image."""

    box: tuple[float, float, float, float] | None = None
    keypoints: tuple[tuple[float, float], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"box": None if self.box is None else list(self.box), "keypoints": [list(p) for p in self.keypoints]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Labels:
        """Labels from plain data; anything but finite numbers in the documented shape is an ``InputError``."""
        data = data or {}
        if not isinstance(data, Mapping):
            raise _bad_labels()
        box, points = data.get("box"), data.get("keypoints", ())
        if not isinstance(points, list | tuple) or len(points) > MAX_KEYPOINTS:
            raise _bad_labels()
        return cls(
            box=None if box is None else _numbers(box, 4),  # type: ignore[arg-type]
            keypoints=tuple(_numbers(point, 2) for point in points),  # type: ignore[misc]
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Labels:
        """Labels from JSON text, read with ``load_json`` (size, binary content and depth checked before parsing)."""
        return cls.from_dict(load_json(text, max_bytes=MAX_LABELS_BYTES))


def _bad_labels() -> InputError:
    return InputError("image.err.bad_labels", limit=MAX_KEYPOINTS)


def _numbers(values: Any, count: int) -> tuple[float, ...]:
    """``count`` finite floats from a list (a box, a point), or the labels' ``InputError``."""
    if not isinstance(values, list | tuple) or len(values) != count:
        raise _bad_labels()
    try:
        numbers = tuple(float(v) for v in values)
    except (TypeError, ValueError):
        raise _bad_labels() from None
    if not all(math.isfinite(v) for v in numbers) or any(isinstance(v, bool) for v in values):
        raise _bad_labels()
    return numbers


def default_labels(shape: tuple[int, ...]) -> Labels:
    """A box around the middle and three keypoints, so the effect is visible on any photo."""
    h, w = shape[:2]
    box = (round(w * 0.3), round(h * 0.25), round(w * 0.7), round(h * 0.75))
    points = ((round(w * 0.4), round(h * 0.4)), (round(w * 0.6), round(h * 0.4)), (round(w * 0.5), round(h * 0.65)))
    return Labels(box=tuple(float(v) for v in box), keypoints=tuple((float(x), float(y)) for x, y in points))  # type: ignore[arg-type]


def box_corners(box: tuple[float, float, float, float]) -> np.ndarray:
    x0, y0, x1, y1 = box
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=float)


def move_labels(
    labels: Labels,
    spec: ImageTransform,
    sampled: Mapping[str, Any],
    in_shape: tuple[int, ...],
    out_shape: tuple[int, ...],
) -> Labels:
    """Labels after one fired step; non-geometric steps leave them untouched."""
    if spec.points is None or (labels.box is None and not labels.keypoints):
        return labels
    corners = box_corners(labels.box) if labels.box is not None else np.empty((0, 2))
    points = np.vstack([corners, np.array(labels.keypoints, dtype=float).reshape(-1, 2)])
    moved = np.asarray(spec.points(points, sampled, in_shape), dtype=float).reshape(-1, 2)
    box = None
    if labels.box is not None:
        h, w = out_shape[:2]
        xs, ys = moved[:4, 0], moved[:4, 1]
        x0, x1 = float(np.clip(xs.min(), 0, w - 1)), float(np.clip(xs.max(), 0, w - 1))
        y0, y1 = float(np.clip(ys.min(), 0, h - 1)), float(np.clip(ys.max(), 0, h - 1))
        box = (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None
    keypoints = tuple((float(x), float(y)) for x, y in moved[len(corners) :])
    return Labels(box=box, keypoints=keypoints)


def is_visible(point: tuple[float, float], shape: tuple[int, ...]) -> bool:
    h, w = shape[:2]
    return -0.5 <= point[0] <= w - 0.5 and -0.5 <= point[1] <= h - 0.5


def draw_labels(img: np.ndarray, labels: Labels) -> np.ndarray:
    """A copy of ``img`` with the box and the visible keypoints drawn, sized for a thumbnail to show them."""
    out = img.copy()
    thickness = max(2, round(max(img.shape[:2]) / 250))
    shift = 4  # sub-pixel drawing: OpenCV takes fixed-point coordinates with this many fractional bits
    scale = 1 << shift
    if labels.box is not None:
        x0, y0, x1, y1 = (round(v * scale) for v in labels.box)
        cv2.rectangle(out, (x0, y0), (x1, y1), BOX_COLOR, thickness, cv2.LINE_AA, shift)
    for i, point in enumerate(labels.keypoints):
        if is_visible(point, img.shape):
            centre = (round(point[0] * scale), round(point[1] * scale))
            color = POINT_COLORS[i % len(POINT_COLORS)]
            cv2.circle(out, centre, (thickness * 2 + 2) * scale, (255, 255, 255), -1, cv2.LINE_AA, shift)
            cv2.circle(out, centre, (thickness * 2) * scale, color, -1, cv2.LINE_AA, shift)
    return out
