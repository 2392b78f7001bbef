"""Confusion matrix and per-layer weight and gradient norms (plain specs, redrawn live)."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go


def confusion_figure(matrix: np.ndarray, labels: dict[str, str], height: int = 260) -> go.Figure:
    """Rows are the true class, columns the predicted one; the diagonal is what the model gets right."""
    n = matrix.shape[0]
    names = [str(i) for i in range(n)]
    trace = {
        "type": "heatmap",
        "z": matrix.tolist(),
        "x": names,
        "y": names,
        "colorscale": [[0, "#f8fafc"], [1, "#1f5fbf"]],
        "showscale": False,
        "text": matrix.tolist(),
        "texttemplate": "%{text}",
        "hovertemplate": labels["hover"] + "<extra></extra>",
    }
    layout = {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        "xaxis": {"title": {"text": labels["predicted"]}, "type": "category"},
        "yaxis": {"title": {"text": labels["true"]}, "autorange": "reversed", "type": "category"},
    }
    return go.Figure({"data": [trace], "layout": layout}, _validate=False)


def norms_figure(
    weight_norms: list[float], grad_norms: list[float], labels: dict[str, str], height: int = 260
) -> go.Figure:
    """Bars per layer on a log scale: a deep sigmoid net's first layers show vanishing gradients."""
    names = [f"{labels['layer']} {i + 1}" for i in range(len(weight_norms) - 1)] + [labels["output"]]
    floor = 1e-12  # log axes cannot show zero
    traces = [
        {
            "type": "bar",
            "x": names,
            "y": [max(v, floor) for v in weight_norms],
            "name": labels["weights"],
            "marker": {"color": "#1f5fbf"},
            "hovertemplate": "%{y:.3g}",
        },
        {
            "type": "bar",
            "x": names,
            "y": [max(v, floor) for v in grad_norms],
            "name": labels["grads"],
            "marker": {"color": "#e4572e"},
            "hovertemplate": "%{y:.3g}",
        },
    ]
    layout = {
        "height": height,
        "barmode": "group",
        "yaxis": {"type": "log", "title": {"text": "‖·‖₂"}},
        "plot_bgcolor": "white",
        "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        "legend": {"orientation": "h", "y": -0.2},
    }
    return go.Figure({"data": traces, "layout": layout}, _validate=False)
