"""Occlusion: hide parts of the image so a model cannot lean on one telltale patch.

Cutout (DeVries & Taylor 2017), random erasing (Zhong et al. 2020) and grid
dropout (GridMask, Chen et al. 2020). The sampled rectangles are recorded as
plain lists, so students see exactly which pixels were hidden, and a draw
replays exactly. Labels do not move (nothing is warped).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from playground.augment.image.blur_noise import random_bytes
from playground.augment.image.sampling import below, integer, noise_seed, uniform
from playground.augment.image.spec import ImageTransform, P
from playground.core.params import Param

FILLS = ("black", "gray", "noise")


def _fill_param() -> Param:
    return P("fill", "choice", "black", choices=FILLS)


def fill_rects(img: np.ndarray, rects: list[list[int]], fill: str, seed: int = 0) -> np.ndarray:
    """Paint each ``[x, y, w, h]`` rectangle black, mid-grey or with uniform noise."""
    out = img.copy()
    noise = random_bytes(seed, img.shape) if fill == "noise" else None
    for x, y, w, h in rects:
        region = (slice(y, y + h), slice(x, x + w))
        if noise is not None:
            out[region] = noise[region]
        else:
            out[region] = 0 if fill == "black" else 128
    return out


def _coarse(rng: np.random.Generator, a: Mapping[str, Any], shape: tuple[int, ...]) -> dict[str, Any]:
    h, w = shape[:2]
    rects = []
    for _ in range(integer(rng, a["holes"])):
        hw, hh = max(1, round(w * uniform(rng, a["size"]))), max(1, round(h * uniform(rng, a["size"])))
        rects.append([below(rng, w - hw + 1), below(rng, h - hh + 1), hw, hh])
    return {"rects": rects, "fill": a["fill"], "seed": noise_seed(rng)}


COARSE_DROPOUT = ImageTransform(
    "coarse_dropout",
    "occlusion",
    (
        P("holes", "int_range", (1, 6), 1, 30, 1),
        P("size", "range", (0.05, 0.15), 0.01, 0.5, 0.01),
        _fill_param(),
    ),
    sample=_coarse,
    apply=lambda img, s: fill_rects(img, s["rects"], s["fill"], s["seed"]),
    equivalent=lambda a, p: (
        f"A.CoarseDropout(num_holes_range={a['holes']}, "
        f"hole_height_range={a['size']}, hole_width_range={a['size']}, "
        f"fill={'0' if a['fill'] == 'black' else '128' if a['fill'] == 'gray' else repr('random_uniform')}, p={p})"
    ),
)


def _erasing(rng: np.random.Generator, a: Mapping[str, Any], shape: tuple[int, ...]) -> dict[str, Any]:
    """torchvision's RandomErasing sampling: area fraction and log-uniform aspect, 10 tries."""
    h, w = shape[:2]
    rects: list[list[int]] = []
    log_ratio = (math.log(a["ratio"][0]), math.log(a["ratio"][1]))
    for _ in range(10):
        area = h * w * uniform(rng, a["scale"], 6)
        ratio = math.exp(uniform(rng, log_ratio, 6))
        eh, ew = round(math.sqrt(area * ratio)), round(math.sqrt(area / ratio))
        if 0 < eh < h and 0 < ew < w:
            rects = [[below(rng, w - ew + 1), below(rng, h - eh + 1), ew, eh]]
            break
    return {"rects": rects, "fill": a["fill"], "seed": noise_seed(rng)}


RANDOM_ERASING = ImageTransform(
    "random_erasing",
    "occlusion",
    (
        P("scale", "range", (0.02, 0.33), 0.01, 0.8, 0.01),
        P("ratio", "range", (0.3, 3.3), 0.1, 10.0, 0.1),
        _fill_param(),
    ),
    sample=_erasing,
    apply=lambda img, s: fill_rects(img, s["rects"], s["fill"], s["seed"]),
    equivalent=lambda a, p: f"A.Erasing(scale={a['scale']}, ratio={a['ratio']}, p={p})",
)


def grid_rects(shape: tuple[int, ...], unit: int, hole: int, shift_x: int, shift_y: int) -> list[list[int]]:
    """Holes of side ``hole`` at every ``unit`` pixels, the lattice shifted by ``(shift_x, shift_y)``."""
    h, w = shape[:2]
    rects = []
    for y in range(shift_y - unit, h, unit):
        for x in range(shift_x - unit, w, unit):
            x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + hole, w), min(y + hole, h)
            if x1 > x0 and y1 > y0:
                rects.append([x0, y0, x1 - x0, y1 - y0])
    return rects


def _grid(rng: np.random.Generator, a: Mapping[str, Any], shape: tuple[int, ...]) -> dict[str, Any]:
    unit = integer(rng, a["unit"])
    return {
        "unit": unit,
        "hole": max(1, round(unit * a["ratio"])),
        "shift_x": below(rng, unit),
        "shift_y": below(rng, unit),
        "fill": a["fill"],
        "seed": noise_seed(rng),
    }


GRID_DROPOUT = ImageTransform(
    "grid_dropout",
    "occlusion",
    (P("ratio", "float", 0.4, 0.1, 0.9, 0.05), P("unit", "int_range", (60, 120), 8, 512, 4), _fill_param()),
    sample=_grid,
    apply=lambda img, s: fill_rects(
        img, grid_rects(img.shape, s["unit"], s["hole"], s["shift_x"], s["shift_y"]), s["fill"], s["seed"]
    ),
    equivalent=lambda a, p: (
        # albumentations draws the unit with ``integers(low, high)``, which excludes ``high``: ours includes it
        f"A.GridDropout(ratio={a['ratio']}, unit_size_range=({a['unit'][0]}, {a['unit'][1] + 1}), random_offset=True, "
        f"p={p})"
    ),
)

TRANSFORMS: tuple[ImageTransform, ...] = (COARSE_DROPOUT, RANDOM_ERASING, GRID_DROPOUT)
