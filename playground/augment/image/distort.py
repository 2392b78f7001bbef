"""Smooth distortions: elastic, grid and lens warps done with ``cv2.remap``, and their effect on points.

``remap`` reads, for every output pixel, a source position from two maps; so
pixels move by the maps, while labels need the inverse (where does a source
point land?). The grid warp is separable and monotone, so its inverse is an
exact interpolation; the lens warp is radial and inverted per point with
Newton's method; the elastic field has no closed form and is inverted by a
search plus Newton steps (``invert_map_points``). The marker tests check all
three against blobs drawn on the image.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import cv2
import numpy as np

from playground.augment.image.geometric import CV_BORDER
from playground.augment.image.sampling import noise_seed, uniform
from playground.augment.image.spec import ImageTransform, P


def _remap(img: np.ndarray, maps: tuple[np.ndarray, np.ndarray], border: str = "reflect") -> np.ndarray:
    return cv2.remap(img, maps[0], maps[1], interpolation=cv2.INTER_LINEAR, borderMode=CV_BORDER[border])


def invert_map_points(xy: np.ndarray, map_x: np.ndarray, map_y: np.ndarray) -> np.ndarray:
    """Where do source points land under ``remap``? Search the map, then two Newton steps.

    ``remap`` says, for every output pixel, which source point it reads; labels
    need the opposite. A coarse search (every 4th pixel) finds the nearest
    output pixel, and Newton steps with the map's local Jacobian refine it to
    a fraction of a pixel.
    """
    out = np.empty_like(xy, dtype=float)
    coarse_x, coarse_y = map_x[::4, ::4], map_y[::4, ::4]
    for i, (px, py) in enumerate(xy):
        distance = (coarse_x - px) ** 2 + (coarse_y - py) ** 2
        gy, gx = np.unravel_index(int(np.argmin(distance)), distance.shape)
        x, y = float(gx * 4), float(gy * 4)
        for _ in range(4):
            jac = _jacobian(map_x, map_y, x, y)
            here = np.array([_bilinear(map_x, x, y), _bilinear(map_y, x, y)])
            try:
                delta = np.linalg.solve(jac, np.array([px, py]) - here)
            except np.linalg.LinAlgError:
                break
            x, y = x + float(delta[0]), y + float(delta[1])
        out[i] = (x, y)
    return out


def _jacobian(map_x: np.ndarray, map_y: np.ndarray, x: float, y: float) -> np.ndarray:
    """The maps' derivatives at the pixel nearest ``(x, y)``: central differences, one-sided at an edge.

    An image one pixel wide (or tall) has no neighbour along that axis; there
    the map is taken as the identity along it (derivative 1, no cross term), so
    a 1×N strip inverts like a line instead of indexing past the array.
    """
    h, w = map_x.shape
    xi, yi = _inner(round(x), w), _inner(round(y), h)
    left, right = max(xi - 1, 0), min(xi + 1, w - 1)
    up, down = max(yi - 1, 0), min(yi + 1, h - 1)
    jac = np.eye(2)
    if right > left:
        jac[0, 0] = (map_x[yi, right] - map_x[yi, left]) / (right - left)
        jac[1, 0] = (map_y[yi, right] - map_y[yi, left]) / (right - left)
    if down > up:
        jac[0, 1] = (map_x[down, xi] - map_x[up, xi]) / (down - up)
        jac[1, 1] = (map_y[down, xi] - map_y[up, xi]) / (down - up)
    return jac


def _inner(index: int, size: int) -> int:
    """``index`` kept where both neighbours exist (1 .. size - 2), or inside the array when it is narrower."""
    return int(min(max(index, 1), size - 2)) if size >= 3 else int(min(max(index, 0), size - 1))


def _bilinear(grid: np.ndarray, x: float, y: float) -> float:
    """``grid`` read at ``(x, y)`` (clamped to the grid), linear between the two nearest samples per axis."""
    h, w = grid.shape
    x, y = min(max(x, 0.0), max(w - 1.001, 0.0)), min(max(y, 0.0), max(h - 1.001, 0.0))
    x0, y0 = int(x), int(y)
    x1, y1 = min(x0 + 1, w - 1), min(y0 + 1, h - 1)
    fx, fy = x - x0, y - y0
    top = grid[y0, x0] * (1 - fx) + grid[y0, x1] * fx
    bottom = grid[y1, x0] * (1 - fx) + grid[y1, x1] * fx
    return float(top * (1 - fy) + bottom * fy)


def _elastic_maps(s: Mapping[str, Any], shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    return _elastic_maps_cached(int(s["seed"]), float(s["alpha"]), float(s["sigma"]), int(shape[0]), int(shape[1]))


@lru_cache(maxsize=4)
def _elastic_maps_cached(seed: int, alpha: float, sigma: float, h: int, w: int) -> tuple[np.ndarray, np.ndarray]:
    """A smooth random displacement field (Simard et al. 2003), built at 1/4 size to stay fast.

    Cached (read-only) because a draw with labels needs the same field twice: once for the
    pixels, once to move the points.
    """
    rng = np.random.default_rng(seed)
    small = (max(2, h // 4), max(2, w // 4))
    fields = []
    for _ in range(2):
        field = cv2.GaussianBlur(rng.standard_normal(small).astype(np.float32), (0, 0), max(0.5, sigma / 4))
        field *= alpha / max(float(np.abs(field).max()), 1e-6)
        fields.append(cv2.resize(field, (w, h), interpolation=cv2.INTER_LINEAR))
    map_x = fields[0] + np.arange(w, dtype=np.float32)[None, :]
    map_y = fields[1] + np.arange(h, dtype=np.float32)[:, None]
    map_x.setflags(write=False)
    map_y.setflags(write=False)
    return map_x, map_y


ELASTIC = ImageTransform(
    "elastic",
    "geometric",
    (P("alpha", "float", 30.0, 0.0, 150.0, 1.0), P("sigma", "float", 40.0, 4.0, 200.0, 1.0)),
    sample=lambda rng, a, shape: {"alpha": a["alpha"], "sigma": a["sigma"], "seed": noise_seed(rng)},
    apply=lambda img, s: _remap(img, _elastic_maps(s, img.shape)),
    points=lambda xy, s, shape: invert_map_points(xy, *_elastic_maps(s, shape)),
    # no equivalent: albumentations' alpha is a multiplier on a normalised field, not pixels
)


def _grid_edges(steps: list[float], size: int) -> tuple[np.ndarray, np.ndarray]:
    """Output cell edges (even) and the source edges they read (stretched by each step)."""
    widths = np.asarray(steps, dtype=float)
    source = np.concatenate([[0.0], np.cumsum(widths)]) / widths.sum() * (size - 1)
    return np.linspace(0, size - 1, len(steps) + 1), source


def _grid_maps(s: Mapping[str, Any], shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    h, w = shape[:2]
    out_x, src_x = _grid_edges(s["x_steps"], w)
    out_y, src_y = _grid_edges(s["y_steps"], h)
    map_x = np.interp(np.arange(w), out_x, src_x).astype(np.float32)
    map_y = np.interp(np.arange(h), out_y, src_y).astype(np.float32)
    return np.broadcast_to(map_x, (h, w)).copy(), np.broadcast_to(map_y[:, None], (h, w)).copy()


def _grid_points(xy: np.ndarray, s: Mapping[str, Any], shape: tuple[int, ...]) -> np.ndarray:
    """The grid map is separable and monotone, so its inverse is exact interpolation the other way."""
    h, w = shape[:2]
    out_x, src_x = _grid_edges(s["x_steps"], w)
    out_y, src_y = _grid_edges(s["y_steps"], h)
    return np.column_stack([np.interp(xy[:, 0], src_x, out_x), np.interp(xy[:, 1], src_y, out_y)])


GRID_DISTORTION = ImageTransform(
    "grid_distortion",
    "geometric",
    (P("num_steps", "int", 5, 2, 12, 1), P("limit", "float", 0.3, 0.0, 0.9, 0.05)),
    sample=lambda rng, a, shape: {
        axis: [uniform(rng, (1 - a["limit"], 1 + a["limit"]), 3) for _ in range(a["num_steps"])]
        for axis in ("x_steps", "y_steps")
    },
    apply=lambda img, s: _remap(img, _grid_maps(s, img.shape)),
    points=_grid_points,
    equivalent=lambda a, p: (
        f"A.GridDistortion(num_steps={a['num_steps']}, distort_limit=({-a['limit']}, {a['limit']}), p={p})"
    ),
)


def _optical_maps(s: Mapping[str, Any], shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Radial (barrel k<0 / pincushion k>0) lens distortion: the source radius is r * (1 + k r^2)."""
    h, w = shape[:2]
    cx, cy, focal = (w - 1) / 2, (h - 1) / 2, max(h, w) / 2
    grid_x, grid_y = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    u, v = (grid_x - cx) / focal, (grid_y - cy) / focal
    factor = 1 + s["k"] * (u * u + v * v)
    return (u * factor * focal + cx).astype(np.float32), (v * factor * focal + cy).astype(np.float32)


def _optical_points(xy: np.ndarray, s: Mapping[str, Any], shape: tuple[int, ...]) -> np.ndarray:
    """Invert r_src = r (1 + k r^2) per point with Newton's method, where the lens shows the point at all.

    For k >= 0 the map rises everywhere. For k < 0 it rises only up to
    r* = 1 / sqrt(-3k), where r_src peaks at 2 r* / 3; a source point farther
    out is shown nowhere (the lens pushed it off the picture). Newton used to
    run off to ±inf there (k = -0.1 already on a 128 x 96 image's corners);
    such a point is now placed on its own ray, beyond both r* and the image's
    edge, so it stays off the picture: an invisible keypoint, a clipped box corner.
    """
    h, w = shape[:2]
    k = float(s["k"])
    centre, focal = np.array([(w - 1) / 2, (h - 1) / 2]), max(h, w) / 2
    rel = (xy - centre) / focal
    r_src = np.hypot(rel[:, 0], rel[:, 1])
    r_peak = 1 / math.sqrt(-3 * k) if k < 0 else math.inf
    lost = r_src > 2 * r_peak / 3
    r = np.where(lost, 0.0, r_src)  # the points the lens shows start where they are; the others are set below
    target = r.copy()
    for _ in range(30):
        r = r - (r * (1 + k * r * r) - target) / np.maximum(1 + 3 * k * r * r, 1e-3)
    if lost.any():
        ray = rel[lost] / r_src[lost, None]
        with np.errstate(divide="ignore"):
            edge = np.minimum(w / 2 / focal / np.abs(ray[:, 0]), h / 2 / focal / np.abs(ray[:, 1]))
        r[lost] = np.maximum(r_peak, edge) * r_src[lost] / (2 * r_peak / 3)
    scale = np.divide(r, r_src, out=np.ones_like(r), where=r_src > 1e-12)
    return rel * scale[:, None] * focal + centre


OPTICAL_DISTORTION = ImageTransform(
    "optical_distortion",
    "geometric",
    (P("limit", "range", (-0.3, 0.3), -0.6, 0.6, 0.05),),
    sample=lambda rng, a, shape: {"k": uniform(rng, a["limit"])},
    apply=lambda img, s: _remap(img, _optical_maps(s, img.shape), "constant"),
    points=_optical_points,
    equivalent=lambda a, p: f"A.OpticalDistortion(distort_limit={a['limit']}, p={p})",
)


TRANSFORMS: tuple[ImageTransform, ...] = (ELASTIC, GRID_DISTORTION, OPTICAL_DISTORTION)
