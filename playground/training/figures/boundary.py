"""The decision boundary (or regression surface) with train and test points.

Specs are assembled as plain dicts and wrapped without plotly's validation
(``_validate=False``): these figures are redrawn ten times a second, and
validation cost more than everything else in a redraw. Unit tests validate them.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import cv2
import numpy as np
import plotly.graph_objects as go

from playground.core.encode import image_uri
from playground.training.figures.colors import CLASS_COLOURS, CLASS_HEX, class_mix, diverging
from playground.training.snapshot import BOUNDARY_SIDE
from playground.training.toy_data import ToyData


def boundary_image(boundary: np.ndarray | None, task: str) -> np.ndarray | None:
    """RGB image of the model's output on the grid (rows from top = largest x2)."""
    if boundary is None:
        return None
    return class_mix(boundary) if task == "classification" else diverging(boundary)


def _points(data: ToyData, name: str, outline: str, size: int, gl: bool = True) -> dict:
    if data.task == "classification":
        colours = [CLASS_HEX[int(label) % len(CLASS_HEX)] for label in data.y]
        hover = [f"{name} · {int(label)}" for label in data.y]
    else:
        rgb = diverging(np.asarray(data.y, dtype=np.float32))
        colours = ["#{:02x}{:02x}{:02x}".format(*(int(c) for c in row)) for row in rgb]
        hover = [f"{name} · y = {value:.2f}" for value in data.y]
    return {
        "type": "scattergl" if gl else "scatter",
        "x": data.x[:, 0].tolist(),
        "y": data.x[:, 1].tolist(),
        "mode": "markers",
        "name": name,
        "text": hover,
        "hoverinfo": "text",
        "showlegend": False,
        "marker": {"color": colours, "size": size, "line": {"color": outline, "width": 1}},
    }


BACKGROUND_STRENGTH = 0.7


def _point_colours(data: ToyData) -> np.ndarray:
    if data.task == "classification":
        return CLASS_COLOURS[np.asarray(data.y, dtype=np.int64) % len(CLASS_COLOURS)].astype(np.uint8)
    return diverging(np.asarray(data.y, dtype=np.float32))


def draw_points(image: np.ndarray, data: ToyData, extent: float, outline: tuple[int, int, int]) -> None:
    """Draw points into an RGB(A) image covering [-extent, extent]² (row 0 = top), in place, anti-aliased."""
    side = image.shape[0]
    alpha = (255,) if image.shape[2] == 4 else ()
    cols = ((data.x[:, 0] + extent) / (2 * extent) * (side - 1)).round().astype(int)
    rows = ((extent - data.x[:, 1]) / (2 * extent) * (side - 1)).round().astype(int)
    radius = max(2, side // 110)
    for col, row, colour in zip(cols, rows, _point_colours(data), strict=True):
        cv2.circle(image, (int(col), int(row)), radius + 1, (*outline, *alpha), -1, cv2.LINE_AA)
        cv2.circle(image, (int(col), int(row)), radius, (*(int(c) for c in colour), *alpha), -1, cv2.LINE_AA)


@lru_cache(maxsize=16)
def _overlay(key: str, side: int, extent: float, train: ToyData, test: ToyData | None) -> np.ndarray:
    """The points as an RGBA layer, drawn once per data set (they do not move while training)."""
    layer = np.zeros((side, side, 4), np.uint8)
    draw_points(layer, train, extent, (255, 255, 255))
    if test is not None and len(test):
        draw_points(layer, test, extent, (17, 24, 39))
    return layer


def _points_digest(train: ToyData, test: ToyData | None) -> str:
    digest = hashlib.sha1(train.x.tobytes() + train.y.tobytes())
    if test is not None:
        digest.update(test.x.tobytes() + test.y.tobytes())
    return digest.hexdigest()


class _Keyless:
    """Wraps a data set so ``lru_cache`` keys on the digest only (arrays are unhashable)."""

    def __init__(self, data: ToyData) -> None:
        self.data = data

    def __hash__(self) -> int:
        return 0

    def __eq__(self, other: object) -> bool:
        return True

    def __len__(self) -> int:
        return len(self.data)

    def __getattr__(self, name: str) -> object:
        return getattr(self.data, name)


def boundary_picture(
    boundary: np.ndarray | None,
    task: str,
    extent: float,
    train: ToyData,
    test: ToyData | None,
    *,
    side: int = 320,
    base: np.ndarray | None = None,
) -> np.ndarray:
    """The output as colours with the points drawn on top: one RGB image, cheap to send ten times a second.

    ``base`` is ``boundary_image(boundary, task)`` when the caller already has it (the
    live view draws it in the network picture too).
    """
    if base is None:
        base = boundary_image(boundary, task)
    if base is None:
        base = np.full((BOUNDARY_SIDE, BOUNDARY_SIDE, 3), 255, np.uint8)
    keep, add = _blend_terms(side, extent, train, test)
    image = cv2.resize(base, (side, side), interpolation=cv2.INTER_LINEAR)
    return (image.astype(np.float32) * keep + add).astype(np.uint8)


def _blend_terms(side: int, extent: float, train: ToyData, test: ToyData | None) -> tuple[np.ndarray, np.ndarray]:
    """Pale the output, then lay the points over it, as one multiply-add per pixel.

    Why precomputed: ``out = (255 - (255 - img)·s)·(1 - a) + points·a`` is
    ``img·keep + add`` with ``keep = s·(1 - a)`` and ``add = 255·(1 - s)·(1 - a) + points·a``,
    and neither term changes while a model trains on the same points.
    """
    digest = _points_digest(train, test)
    return _blend_terms_cached(digest, side, extent, _Keyless(train), _Keyless(test) if test is not None else None)


@lru_cache(maxsize=16)
def _blend_terms_cached(
    key: str, side: int, extent: float, train: ToyData, test: ToyData | None
) -> tuple[np.ndarray, np.ndarray]:
    overlay = _overlay(key, side, extent, train, test)
    alpha = overlay[..., 3:4].astype(np.float32) / 255.0
    keep = BACKGROUND_STRENGTH * (1 - alpha)
    add = 255.0 * (1 - BACKGROUND_STRENGTH) * (1 - alpha) + overlay[..., :3].astype(np.float32) * alpha
    return keep, add


def boundary_figure(
    boundary: np.ndarray | None,
    task: str,
    extent: float,
    train: ToyData,
    test: ToyData | None,
    *,
    height: int = 380,
    show_test: bool = True,
    side: int = 320,
) -> go.Figure:
    """Square plot over [-extent, extent]²: output and points as ONE image, so a redraw is one ``<img>`` swap.

    Why not scatter traces for the points: at ten redraws a second the browser
    spent more time re-laying out 1,000 markers than everything else.
    """
    image = boundary_picture(boundary, task, extent, train, test if show_test else None, side=side)
    images = [
        {
            "source": image_uri(image, "jpeg", quality=88),
            "xref": "x",
            "yref": "y",
            "x": -extent,
            "y": extent,
            "sizex": 2 * extent,
            "sizey": 2 * extent,
            "sizing": "stretch",
            "layer": "below",
        }
    ]
    axis = {"range": [-extent, extent], "showgrid": False, "zeroline": False, "constrain": "domain", "fixedrange": True}
    layout = {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        "images": images,
        "plot_bgcolor": "white",
        "xaxis": axis,
        "yaxis": {**axis, "scaleanchor": "x"},
    }
    return go.Figure({"data": [], "layout": layout}, _validate=False)


def click_grid_figure(data: ToyData | None, extent: float, steps: int = 41, height: int = 380) -> go.Figure:
    """The data plus an invisible grid of clickable points (plotly reports clicks on points only)."""
    axis = np.linspace(-extent, extent, steps)
    gx, gy = np.meshgrid(axis, axis)
    traces = [
        {
            "type": "scatter",
            "x": gx.ravel().round(3).tolist(),
            "y": gy.ravel().round(3).tolist(),
            "mode": "markers",
            "marker": {"size": 10, "opacity": 0.03, "color": "#1f5fbf"},
            "hovertemplate": "(%{x:.1f}, %{y:.1f})<extra></extra>",
            "showlegend": False,
        }
    ]
    if data is not None and len(data):
        points = _points(data, "data", "white", 7, gl=False)
        points["hoverinfo"] = "skip"
        traces.append(points)
    axis_layout = {"range": [-extent * 1.03, extent * 1.03], "showgrid": True, "zeroline": True, "constrain": "domain"}
    layout = {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        "clickmode": "event+select",
        "xaxis": axis_layout,
        "yaxis": {**axis_layout, "scaleanchor": "x"},
        "plot_bgcolor": "#f8fafc",
        "dragmode": False,
    }
    return go.Figure({"data": traces, "layout": layout}, _validate=False)
