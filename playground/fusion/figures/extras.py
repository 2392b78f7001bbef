"""Figures of the bias–variance and two-input sections."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots


def bias_variance_figure(data: Mapping[str, object], titles: tuple[str, str], names: Mapping[str, str]) -> go.Figure:
    """Left: one net per training set; right: bagged nets per training set; truth and mean prediction on both."""
    fig = make_subplots(1, 2, subplot_titles=list(titles), shared_yaxes=True, horizontal_spacing=0.04)
    grid, truth = np.asarray(data["grid"]), np.asarray(data["truth"])
    for col, key in ((1, "single"), (2, "bagged")):
        predictions = np.asarray(data[key])
        for index, row in enumerate(predictions):
            fig.add_trace(go.Scatter(x=grid, y=row, mode="lines", line={"width": 1, "color": "rgba(8,119,189,0.35)"},
                                     name=names["fits"], legendgroup="fits", showlegend=col == 1 and index == 0,
                                     hoverinfo="skip"), 1, col)  # fmt: skip
        fig.add_trace(go.Scatter(x=grid, y=predictions.mean(0), mode="lines", name=names["mean"],
                                 line={"width": 3, "color": "#0877bd"}, legendgroup="mean", showlegend=col == 1),
                      1, col)  # fmt: skip
        dashed = {"width": 2, "dash": "dash", "color": "#f59322"}
        fig.add_trace(go.Scatter(x=grid, y=truth, mode="lines", name=names["truth"], legendgroup="truth",
                                 line=dashed, showlegend=col == 1), 1, col)  # fmt: skip
    x, y = np.asarray(data["x"])[0], np.asarray(data["y"])[0]
    for col in (1, 2):
        fig.add_trace(go.Scatter(x=x, y=y, mode="markers", marker={"size": 5, "color": "#444"}, name=names["points"],
                                 legendgroup="points", showlegend=col == 1), 1, col)  # fmt: skip
    fig.update_yaxes(range=[-2.2, 2.2])
    fig.update_layout(height=360, margin={"l": 40, "r": 10, "t": 40, "b": 30}, legend={"orientation": "h", "y": -0.12})
    return fig
