"""A 2-D loss surface as a background picture (colours and iso-lines) for animated plots.

Why a picture rather than a ``go.Contour`` trace: plotly.js hides contour and
heatmap traces as soon as an animation starts (plotly/plotly.js#4491,
plotly/plotly.py#2151), so the race's paths would replay on a blank plot.
A layout image is not a trace, so frames never touch it; a 320×320 PNG
costs a few milliseconds and ~60 kB.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import plotly.graph_objects as go
import torch
from plotly.colors import sample_colorscale

from playground.core.encode import image_uri
from playground.optim.surfaces import SURFACES, Surface

# Pale blue valleys to white peaks: every optimizer's colour stays readable on top of it.
COLORSCALE = [[0.0, "rgb(120, 170, 215)"], [0.5, "rgb(205, 225, 242)"], [1.0, "rgb(255, 255, 255)"]]
LEVELS = 18  # iso-lines: enough to read the shape, few enough for Rastrigin


def surface_values(surface: Surface, resolution: int) -> np.ndarray:
    """``f`` (or ``log10(f − f*)`` for surfaces spanning decades) on a grid, row 0 at the lowest ``y``."""
    xs = torch.linspace(*surface.x_range, resolution, dtype=torch.float64)
    ys = torch.linspace(*surface.y_range, resolution, dtype=torch.float64)
    grid_y, grid_x = torch.meshgrid(ys, xs, indexing="ij")
    values = surface.f(grid_x, grid_y).numpy()
    if surface.log_contours:
        values = np.log10(values - surface.minimum_value + 1e-3)
    return values


@lru_cache(maxsize=1)
def _lut() -> np.ndarray:
    colours = sample_colorscale(COLORSCALE, list(np.linspace(0, 1, 256)))
    return np.array([[float(c) for c in colour[4:-1].split(",")] for colour in colours], dtype=np.float32)


@lru_cache(maxsize=16)  # surfaces are a fixed registry: each picture is made once per process
def surface_picture(surface_id: str, resolution: int = 320) -> tuple[str, float, float]:
    """A PNG data URI of the coloured surface with light iso-lines, and the value range it spans."""
    values = surface_values(SURFACES[surface_id], resolution)
    low, high = float(values.min()), float(values.max())
    scaled = (values - low) / (high - low or 1.0)
    rgb = _lut()[np.clip((scaled * 255).round().astype(int), 0, 255)]
    level = np.floor(scaled * LEVELS)
    edges = np.zeros_like(level, dtype=bool)
    edges[:, 1:] |= level[:, 1:] != level[:, :-1]
    edges[1:, :] |= level[1:, :] != level[:-1, :]
    rgb[edges] = rgb[edges] * 0.7 + np.array([40, 70, 110], dtype=np.float32) * 0.3  # darker iso-lines
    picture = np.ascontiguousarray(np.flipud(rgb).astype(np.uint8))  # image rows run top-down, y runs bottom-up
    return image_uri(picture, "png", png_compression=6), low, high  # zlib level 6: what Pillow wrote


def add_surface_background(figure: go.Figure, surface: Surface, colorbar_title: str) -> None:
    """Put the picture under the axes and a matching colour bar beside them."""
    source, low, high = surface_picture(surface.name)
    (x0, x1), (y0, y1) = surface.x_range, surface.y_range
    figure.add_layout_image(
        source=source, xref="x", yref="y", x=x0, y=y1, sizex=x1 - x0, sizey=y1 - y0,
        sizing="stretch", layer="below", xanchor="left", yanchor="top",
    )  # fmt: skip
    figure.add_trace(
        go.Scatter(
            x=[x0], y=[y0], mode="markers", showlegend=False, hoverinfo="skip",
            marker={
                "size": 0.1, "opacity": 0, "color": [low, high], "cmin": low, "cmax": high, "colorscale": COLORSCALE,
                "showscale": True, "colorbar": {"title": {"text": colorbar_title}, "thickness": 12},
            },
        )
    )  # fmt: skip
