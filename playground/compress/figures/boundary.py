"""Decision boundaries of a 2-D classifier's variants, each beside the original.

Every panel fills the variant's predicted classes and draws the fp32 model's boundary
as a dashed line on top, so a shifted boundary is visible even when accuracy is not.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

CLASS_COLOURS = ("#a9c6e8", "#f2c49b", "#b9dcb0", "#e4b5c9", "#d6ccea")
POINT_COLOURS = ("#2e5e99", "#c0622a", "#3c8a3a", "#a8466f", "#6c5a9e")


def boundary_grid(grid: tuple[np.ndarray, np.ndarray], panels: Sequence[tuple[str, np.ndarray]], reference: np.ndarray,
                  points: tuple[np.ndarray, np.ndarray], columns: int = 3) -> go.Figure:  # fmt: skip
    """One panel per (title, predicted-class grid); the first is usually fp32 itself."""
    xs, ys = grid
    rows = math.ceil(len(panels) / columns)
    fig = make_subplots(rows=rows, cols=columns, subplot_titles=[title for title, _ in panels],
                        horizontal_spacing=0.05, vertical_spacing=0.25 / max(rows, 1))  # fmt: skip
    n_classes = int(max(reference.max(), *(classes.max() for _, classes in panels))) + 1
    scale = []
    for index in range(n_classes):
        colour = CLASS_COLOURS[index % len(CLASS_COLOURS)]
        scale += [(index / n_classes, colour), ((index + 1) / n_classes, colour)]
    x_points, y_points = points
    for index, (_, classes) in enumerate(panels):
        row, col = index // columns + 1, index % columns + 1
        fig.add_trace(go.Heatmap(x=xs, y=ys, z=classes, colorscale=scale, zmin=-0.5, zmax=n_classes - 0.5,
                                 showscale=False, hoverinfo="skip"), row=row, col=col)  # fmt: skip
        fig.add_trace(go.Contour(x=xs, y=ys, z=reference.astype(float), showscale=False, hoverinfo="skip",
                                 contours={"coloring": "none", "start": 0.5, "end": n_classes - 1.5, "size": 1},
                                 line={"color": "#2e3440", "dash": "dash", "width": 2}), row=row, col=col)  # fmt: skip
        fig.add_trace(go.Scattergl(x=x_points[:, 0], y=x_points[:, 1], mode="markers", hoverinfo="skip",
                                   marker={"size": 4, "color": [POINT_COLOURS[c % 5] for c in y_points]}),
                      row=row, col=col)  # fmt: skip
        fig.update_xaxes(showticklabels=False, row=row, col=col)
        fig.update_yaxes(showticklabels=False, row=row, col=col)
    fig.update_annotations(font={"size": 13})
    fig.update_layout(height=300 * rows + 40, showlegend=False, margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig
