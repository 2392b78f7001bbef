"""Decision regions as pictures: every member's beside the fused one.

Why pictures (``go.Image``) and not heatmaps: sixteen 48×48 heatmaps with hover
are heavy for the browser ten times a second; an RGB picture per member, its
colour the predicted class and its strength the confidence, is one small
array. Strength rescales confidence from chance (1/C, white) to certainty.
"""

from __future__ import annotations

import math

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from playground.core.encode import image_uri

# the training studio's orange and blue first, then three more that stay apart for colour-blind readers
PALETTE = np.array([[245, 147, 34], [8, 119, 189], [46, 160, 67], [200, 60, 160], [120, 90, 40],
                    [230, 200, 30], [90, 200, 220], [150, 150, 150], [220, 80, 80], [60, 60, 140]])  # fmt: skip


def region_rgb(labels: np.ndarray, confidence: np.ndarray, n_classes: int) -> np.ndarray:
    """[G] labels and confidences ×255 → [side, side, 3] uint8, white where the prediction is a coin toss."""
    side = round(math.sqrt(len(labels)))
    chance = 1.0 / max(n_classes, 2)
    strength = np.clip((confidence.astype(float) / 255 - chance) / (1 - chance), 0, 1)[:, None]
    colour = PALETTE[labels % len(PALETTE)].astype(float)
    rgb = 255 - (255 - colour) * (0.15 + 0.7 * strength)
    return rgb.reshape(side, side, 3).astype(np.uint8)


def _image(rgb: np.ndarray, extent: tuple[float, float, float, float]) -> go.Image:
    x0, x1, y0, y1 = extent
    side = rgb.shape[0]
    return go.Image(z=rgb, x0=x0, dx=(x1 - x0) / side, y0=y1, dy=-(y1 - y0) / side, hoverinfo="skip")


def fused_figure(
    labels: np.ndarray,
    confidence: np.ndarray,
    n_classes: int,
    extent: tuple[float, float, float, float],
    *,
    points: np.ndarray,
    y: np.ndarray,
    title: str,
    axes: tuple[str, str],
    legend: str = "",
) -> go.Figure:
    """The fused regions (a picture under the axes, in data coordinates) with the test points on top."""
    x0, x1, y0, y1 = extent
    rgb = region_rgb(labels, confidence, n_classes)
    fig = go.Figure()
    fig.add_layout_image(source=image_uri(rgb, "png"), xref="x", yref="y", x=x0, y=y1, sizex=x1 - x0,
                         sizey=y1 - y0, sizing="stretch", layer="below")  # fmt: skip
    for label in range(n_classes):  # one trace per class: the legend names the colours
        r, g, b = PALETTE[label % len(PALETTE)]
        mine = y == label
        marker = {"size": 5, "color": f"rgb({r},{g},{b})", "line": {"width": 0.6, "color": "white"}}
        fig.add_trace(go.Scatter(x=points[mine, 0], y=points[mine, 1], mode="markers", hoverinfo="skip",
                                 name=str(label), marker=marker))  # fmt: skip
    fig.update_xaxes(range=[x0, x1], title=axes[0], showgrid=False, zeroline=False, constrain="domain")
    fig.update_yaxes(range=[y0, y1], title=axes[1], showgrid=False, zeroline=False, scaleanchor="x",
                     scaleratio=(x1 - x0) / (y1 - y0), constrain="domain")  # fmt: skip
    key = {"title": {"text": legend}, "itemsizing": "constant", "orientation": "h", "y": -0.18}
    fig.update_layout(title=title, height=440, margin={"l": 40, "r": 10, "t": 40, "b": 40}, plot_bgcolor="white",
                      legend=key)  # fmt: skip
    return fig


def members_figure(
    labels: np.ndarray, confidence: np.ndarray, n_classes: int, extent: tuple[float, float, float, float],
    titles: list[str],
) -> go.Figure:  # fmt: skip
    """Small multiples: one region picture per member, four or eight to a row."""
    k = len(labels)
    cols = min(k, 4 if k <= 8 else 8)
    rows = math.ceil(k / cols)
    fig = make_subplots(rows, cols, subplot_titles=titles, horizontal_spacing=0.02, vertical_spacing=0.08)
    for index in range(k):
        rgb = region_rgb(labels[index], confidence[index], n_classes)
        fig.add_trace(_image(rgb, extent), index // cols + 1, index % cols + 1)
    fig.update_xaxes(showticklabels=False, showgrid=False)
    fig.update_yaxes(showticklabels=False, showgrid=False)
    fig.update_annotations(font_size=11)
    fig.update_layout(height=40 + rows * (170 if cols <= 4 else 120), margin={"l": 5, "r": 5, "t": 30, "b": 5})
    return fig
