"""Pixel histograms of an original image and one augmented draw, per RGB channel, as plotly.

Why overlay rather than side by side: the shift of a curve (brighter, more
contrast, clipped at 255) is what students should see, and overlaid lines
make a shift obvious. Counts are normalised to fractions so images of
different sizes (after a crop) compare fairly.
"""

from __future__ import annotations

import cv2
import numpy as np
import plotly.graph_objects as go

CHANNEL_COLORS = ("#d62728", "#2ca02c", "#1f5fbf")


def channel_histograms(rgb: np.ndarray) -> np.ndarray:
    """A 3 x 256 array: the fraction of pixels at each level, per channel (``cv2.calcHist``)."""
    total = max(1, rgb.shape[0] * rgb.shape[1])
    return np.stack([cv2.calcHist([rgb], [c], None, [256], [0, 256]).ravel() / total for c in range(3)])


def histogram_figure(
    original: np.ndarray,
    draw: np.ndarray,
    *,
    channel_names: tuple[str, str, str],
    original_label: str,
    draw_label: str,
    x_title: str,
    y_title: str,
    show_legend: bool = False,
) -> go.Figure:
    """Dotted lines for the original, solid for the draw, one colour per channel."""
    fig = go.Figure()
    levels = np.arange(256)
    for hist, label, dash in (
        (channel_histograms(original), original_label, "dot"),
        (channel_histograms(draw), draw_label, "solid"),
    ):
        for c in range(3):
            fig.add_trace(
                go.Scatter(
                    x=levels,
                    y=hist[c],
                    mode="lines",
                    name=f"{label} · {channel_names[c]}",
                    line={"color": CHANNEL_COLORS[c], "dash": dash, "width": 1.6 if dash == "solid" else 1.2},
                )
            )
    fig.update_layout(
        height=320,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis={"title": x_title, "range": [0, 255]},
        yaxis={"title": y_title, "tickformat": ".1%"},
        showlegend=show_legend,
        legend={"orientation": "h", "y": -0.25},
        template="plotly_white",
    )
    return fig
