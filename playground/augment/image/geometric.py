"""Geometric transforms: they move pixels, so each one also moves points (boxes, keypoints).

Coordinates follow OpenCV: pixel centres sit at integer ``(x, y)``, so
``warpAffine`` with matrix ``M`` sends the centre ``(x, y)`` to ``M @ (x, y, 1)``
and a horizontal flip sends ``x`` to ``w - 1 - x``; ``resize`` aligns pixel
*edges* (``x' = (x + 0.5) * s - 0.5``). Using the very same matrix for pixels
and for points is what keeps labels on the object: the tests draw a marker on
the image and check it lands where the keypoint says.

Every kernel is one OpenCV call on uint8 data (no float round trip), which is
why these run as fast as albumentations, which uses the same kernels. Smooth,
non-linear warps (elastic, grid, lens) live in ``image_distort``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import cv2
import numpy as np

from playground.augment.image.sampling import below, uniform
from playground.augment.image.spec import ImageTransform, P
from playground.core.params import Param

BORDERS = ("constant", "reflect")
CV_BORDER = {"constant": cv2.BORDER_CONSTANT, "reflect": cv2.BORDER_REFLECT_101}
_A_BORDER = {"constant": "cv2.BORDER_CONSTANT", "reflect": "cv2.BORDER_REFLECT_101"}


def _border_param(default: str = "constant") -> Param:
    return P("border", "choice", default, choices=BORDERS)


def _affine_points(xy: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    return xy @ matrix[:, :2].T + matrix[:, 2]


def _warp(img: np.ndarray, matrix: np.ndarray, border: str) -> np.ndarray:
    h, w = img.shape[:2]
    return cv2.warpAffine(img, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=CV_BORDER[border])


# --- rotate and affine -------------------------------------------------------------------------


def _rotation_matrix(s: Mapping[str, Any], shape: tuple[int, ...]) -> np.ndarray:
    h, w = shape[:2]
    return cv2.getRotationMatrix2D(((w - 1) / 2, (h - 1) / 2), s["angle"], 1.0)


ROTATE = ImageTransform(
    "rotate",
    "geometric",
    (P("limit", "range", (-30.0, 30.0), -180.0, 180.0, 1.0), _border_param()),
    sample=lambda rng, a, shape: {"angle": uniform(rng, a["limit"], 2), "border": a["border"]},
    apply=lambda img, s: _warp(img, _rotation_matrix(s, img.shape), s["border"]),
    points=lambda xy, s, shape: _affine_points(xy, _rotation_matrix(s, shape)),
    equivalent=lambda a, p: f"A.Rotate(limit={a['limit']}, border_mode={_A_BORDER[a['border']]}, p={p})",
)


def _affine_matrix(s: Mapping[str, Any], shape: tuple[int, ...]) -> np.ndarray:
    """Scale and shear about the centre, then translate by a fraction of the size."""
    h, w = shape[:2]
    cx, cy = (w - 1) / 2, (h - 1) / 2
    shear = math.tan(math.radians(s["shear"]))
    linear = np.array([[s["scale"], s["scale"] * shear], [0.0, s["scale"]]])
    offset = np.array([cx + s["tx"] * w, cy + s["ty"] * h]) - linear @ np.array([cx, cy])
    return np.hstack([linear, offset[:, None]])


AFFINE = ImageTransform(
    "affine",
    "geometric",
    (
        P("scale", "range", (0.9, 1.1), 0.3, 2.0, 0.05),
        P("translate", "range", (-0.1, 0.1), -0.5, 0.5, 0.01),
        P("shear", "range", (-10.0, 10.0), -45.0, 45.0, 1.0),
        _border_param(),
    ),
    sample=lambda rng, a, shape: {
        "scale": uniform(rng, a["scale"]),
        "tx": uniform(rng, a["translate"]),
        "ty": uniform(rng, a["translate"]),
        "shear": uniform(rng, a["shear"], 2),
        "border": a["border"],
    },
    apply=lambda img, s: _warp(img, _affine_matrix(s, img.shape), s["border"]),
    points=lambda xy, s, shape: _affine_points(xy, _affine_matrix(s, shape)),
    equivalent=lambda a, p: (
        f"A.Affine(scale={a['scale']}, translate_percent={a['translate']}, "
        # albumentations' x shear turns the other way: the same picture needs the opposite angles
        f"shear={{'x': ({0.0 - a['shear'][1]}, {0.0 - a['shear'][0]}), 'y': (0, 0)}}, "
        f"border_mode={_A_BORDER[a['border']]}, p={p})"
    ),
)

# --- flips -----------------------------------------------------------------------------------


def _flip_x(xy: np.ndarray, width: int) -> np.ndarray:
    return np.column_stack([width - 1 - xy[:, 0], xy[:, 1]])


HFLIP = ImageTransform(
    "hflip",
    "geometric",
    (),
    sample=lambda rng, a, shape: {},
    apply=lambda img, s: cv2.flip(img, 1),
    points=lambda xy, s, shape: _flip_x(xy, shape[1]),
    equivalent=lambda a, p: f"A.HorizontalFlip(p={p})",
)
VFLIP = ImageTransform(
    "vflip",
    "geometric",
    (),
    sample=lambda rng, a, shape: {},
    apply=lambda img, s: cv2.flip(img, 0),
    points=lambda xy, s, shape: np.column_stack([xy[:, 0], shape[0] - 1 - xy[:, 1]]),
    equivalent=lambda a, p: f"A.VerticalFlip(p={p})",
)
TRANSPOSE = ImageTransform(
    "transpose",
    "geometric",
    (),
    sample=lambda rng, a, shape: {},
    apply=lambda img, s: np.ascontiguousarray(img.swapaxes(0, 1)),
    points=lambda xy, s, shape: xy[:, ::-1].copy(),
    equivalent=lambda a, p: f"A.Transpose(p={p})",
)

# --- crops, resize, pad ------------------------------------------------------------------------


def _crop(img: np.ndarray, s: Mapping[str, Any]) -> np.ndarray:
    return np.ascontiguousarray(img[s["y"] : s["y"] + s["h"], s["x"] : s["x"] + s["w"]])


def _shift(xy: np.ndarray, dx: float, dy: float) -> np.ndarray:
    return xy + np.array([dx, dy], dtype=float)


def _random_crop(rng: np.random.Generator, a: Mapping[str, Any], shape: tuple[int, ...]) -> dict[str, Any]:
    h, w = shape[:2]
    side = uniform(rng, a["scale"])
    cw, ch = max(1, round(w * side)), max(1, round(h * side))
    return {"x": below(rng, w - cw + 1), "y": below(rng, h - ch + 1), "w": cw, "h": ch}


RANDOM_CROP = ImageTransform(
    "random_crop",
    "geometric",
    (P("scale", "range", (0.5, 0.9), 0.1, 1.0, 0.05),),
    sample=_random_crop,
    apply=_crop,
    points=lambda xy, s, shape: _shift(xy, -s["x"], -s["y"]),
    # no equivalent: albumentations crops a fixed pixel size; a fraction of the side has no direct twin
)


def _resized_crop_box(rng: np.random.Generator, a: Mapping[str, Any], shape: tuple[int, ...]) -> dict[str, Any]:
    """torchvision's RandomResizedCrop sampling: area fraction and log-uniform aspect, 10 tries, then centre."""
    h, w = shape[:2]
    area = h * w
    log_ratio = (math.log(a["ratio"][0]), math.log(a["ratio"][1]))
    for _ in range(10):
        target = area * uniform(rng, a["scale"], 6)
        ratio = math.exp(uniform(rng, log_ratio, 6))
        cw, ch = round(math.sqrt(target * ratio)), round(math.sqrt(target / ratio))
        if 0 < cw <= w and 0 < ch <= h:
            x, y = below(rng, w - cw + 1), below(rng, h - ch + 1)
            return {"x": x, "y": y, "w": cw, "h": ch, "size": a["size"]}
    side = min(h, w)
    return {"x": (w - side) // 2, "y": (h - side) // 2, "w": side, "h": side, "size": a["size"]}


def _resize_to(img: np.ndarray, width: int, height: int) -> np.ndarray:
    shrink = width < img.shape[1] and height < img.shape[0]
    return cv2.resize(img, (width, height), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_LINEAR)


def _scale_points(xy: np.ndarray, sx: float, sy: float) -> np.ndarray:
    return (xy + 0.5) * np.array([sx, sy]) - 0.5


RANDOM_RESIZED_CROP = ImageTransform(
    "random_resized_crop",
    "geometric",
    (
        P("size", "int", 512, 32, 1024, 16),
        P("scale", "range", (0.08, 1.0), 0.02, 1.0, 0.02),
        P("ratio", "range", (0.75, 1.33), 0.3, 3.0, 0.01),
    ),
    sample=_resized_crop_box,
    apply=lambda img, s: cv2.resize(
        img[s["y"] : s["y"] + s["h"], s["x"] : s["x"] + s["w"]], (s["size"], s["size"]), interpolation=cv2.INTER_LINEAR
    ),
    points=lambda xy, s, shape: _scale_points(_shift(xy, -s["x"], -s["y"]), s["size"] / s["w"], s["size"] / s["h"]),
    equivalent=lambda a, p: (
        f"A.RandomResizedCrop(size=({a['size']}, {a['size']}), scale={a['scale']}, ratio={a['ratio']}, p={p})"
    ),
)


def _center_box(rng: np.random.Generator, a: Mapping[str, Any], shape: tuple[int, ...]) -> dict[str, Any]:
    h, w = shape[:2]
    cw, ch = max(1, round(w * a["fraction"])), max(1, round(h * a["fraction"]))
    return {"x": (w - cw) // 2, "y": (h - ch) // 2, "w": cw, "h": ch}


CENTER_CROP = ImageTransform(
    "center_crop",
    "geometric",
    (P("fraction", "float", 0.8, 0.1, 1.0, 0.05),),
    sample=_center_box,
    apply=_crop,
    points=lambda xy, s, shape: _shift(xy, -s["x"], -s["y"]),
)


def _resize_size(rng: np.random.Generator, a: Mapping[str, Any], shape: tuple[int, ...]) -> dict[str, Any]:
    h, w = shape[:2]
    scale = a["longest_side"] / max(h, w)
    return {"w": max(1, round(w * scale)), "h": max(1, round(h * scale))}


RESIZE = ImageTransform(
    "resize",
    "geometric",
    (P("longest_side", "int", 512, 32, 2048, 16),),
    sample=_resize_size,
    apply=lambda img, s: _resize_to(img, s["w"], s["h"]),
    points=lambda xy, s, shape: _scale_points(xy, s["w"] / shape[1], s["h"] / shape[0]),
    equivalent=lambda a, p: f"A.LongestMaxSize(max_size={a['longest_side']}, p={p})",
)


def _pad_sizes(rng: np.random.Generator, a: Mapping[str, Any], shape: tuple[int, ...]) -> dict[str, Any]:
    h, w = shape[:2]
    sides = {"top": h, "bottom": h, "left": w, "right": w}
    return {side: round(size * uniform(rng, a["amount"])) for side, size in sides.items()} | {"border": a["border"]}


PAD = ImageTransform(
    "pad",
    "geometric",
    (P("amount", "range", (0.05, 0.15), 0.0, 0.5, 0.01), _border_param("reflect")),
    sample=_pad_sizes,
    apply=lambda img, s: cv2.copyMakeBorder(
        img, s["top"], s["bottom"], s["left"], s["right"], CV_BORDER[s["border"]], value=(0, 0, 0)
    ),
    points=lambda xy, s, shape: _shift(xy, s["left"], s["top"]),
    # no equivalent: albumentations' Pad takes fixed pixels, not a random fraction per side
)

# --- perspective -----------------------------------------------------------------------------


def _perspective_matrix(s: Mapping[str, Any], shape: tuple[int, ...]) -> np.ndarray:
    h, w = shape[:2]
    corners = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], dtype=np.float32)
    inward = np.array([[1, 1], [-1, 1], [-1, -1], [1, -1]], dtype=np.float32)
    moved = corners + inward * np.asarray(s["offsets"], dtype=np.float32).reshape(4, 2) * np.float32([w, h])
    return cv2.getPerspectiveTransform(corners, moved.astype(np.float32))


PERSPECTIVE = ImageTransform(
    "perspective",
    "geometric",
    (P("scale", "range", (0.05, 0.1), 0.0, 0.3, 0.01), _border_param()),
    sample=lambda rng, a, shape: {
        "offsets": [uniform(rng, a["scale"]) for _ in range(8)],
        "border": a["border"],
    },
    apply=lambda img, s: cv2.warpPerspective(
        img,
        _perspective_matrix(s, img.shape),
        img.shape[1::-1],
        flags=cv2.INTER_LINEAR,
        borderMode=CV_BORDER[s["border"]],
    ),
    points=lambda xy, s, shape: cv2.perspectiveTransform(
        xy.reshape(-1, 1, 2).astype(np.float64), _perspective_matrix(s, shape)
    ).reshape(-1, 2),
    equivalent=lambda a, p: (
        f"A.Perspective(scale={a['scale']}, keep_size=True, border_mode={_A_BORDER[a['border']]}, p={p})"
    ),
)

TRANSFORMS: tuple[ImageTransform, ...] = (
    ROTATE,
    AFFINE,
    HFLIP,
    VFLIP,
    TRANSPOSE,
    RANDOM_CROP,
    RANDOM_RESIZED_CROP,
    CENTER_CROP,
    RESIZE,
    PAD,
    PERSPECTIVE,
)
