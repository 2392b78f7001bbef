"""Figures of the loss section and the 1-D descent: curves with gradients, the outlier fit, the path on f(w).

Builders take plain data from ``playground.optim_lab`` and translated strings,
and return ``go.Figure``; the page decides where to put them.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
import torch
from plotly.subplots import make_subplots

from playground.optim.curves import ConstantFit, Curve
from playground.optim.descent import FUNCTIONS, Trace

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#17becf")


def curves_figure(curves: list[Curve], labels: dict[str, str], texts: dict[str, str]) -> go.Figure:
    """Loss (left) and its autograd derivative (right) against the error or the margin."""
    figure = make_subplots(rows=1, cols=2, subplot_titles=(texts["loss"], texts["gradient"]), horizontal_spacing=0.08)
    for index, curve in enumerate(curves):
        hue = PALETTE[index % len(PALETTE)]
        name = labels.get(curve.loss_id, curve.loss_id)
        figure.add_trace(
            go.Scatter(x=curve.x, y=curve.loss, name=name, legendgroup=name, line={"color": hue, "width": 2.5}), 1, 1
        )
        figure.add_trace(
            go.Scatter(
                x=curve.x, y=curve.gradient, name=name, legendgroup=name, showlegend=False,
                line={"color": hue, "width": 2.5},
            ),
            1, 2,
        )  # fmt: skip
    figure.update_xaxes(title=texts["x_axis"], zeroline=True)
    figure.update_yaxes(zeroline=True)
    figure.update_layout(
        height=380, margin={"l": 10, "r": 10, "t": 40, "b": 10}, hovermode="x unified",
        legend={"orientation": "h", "y": -0.25},
    )  # fmt: skip
    return figure


def constant_fit_figure(
    data: list[float], fits: list[ConstantFit], labels: dict[str, str], texts: dict[str, str]
) -> go.Figure:
    """Top: the data on a number line and each loss's best constant; bottom: how hard each point pulls."""
    figure = make_subplots(
        rows=2, cols=1, row_heights=[0.45, 0.55], vertical_spacing=0.24,
        subplot_titles=(texts["best"], texts["pulls"]),
    )  # fmt: skip
    names = [labels.get(fit.loss_id, fit.loss_id) for fit in fits]
    figure.add_trace(
        go.Scatter(
            x=data, y=[texts["data"]] * len(data), mode="markers", name=texts["data"],
            marker={"size": 13, "color": ["#d62728" if value > 5 else "#444" for value in data]},
        ),
        1, 1,
    )  # fmt: skip
    for index, (fit, name) in enumerate(zip(fits, names, strict=True)):
        hue = PALETTE[index % len(PALETTE)]
        figure.add_trace(
            go.Scatter(
                x=[fit.best], y=[name], mode="markers+text", name=name, text=[f"c* = {fit.best:.2f}"],
                textposition="middle right", marker={"symbol": "diamond", "size": 14, "color": hue}, showlegend=False,
            ),
            1, 1,
        )  # fmt: skip
        figure.add_trace(
            go.Bar(
                x=[f"{value:g}" for value in data], y=fit.pulls, name=name, marker_color=hue,
                hovertemplate=name + ": %{y:.3f}<extra></extra>",
            ),
            2, 1,
        )  # fmt: skip
    figure.update_xaxes(title=texts["value"], range=[0, max(data) + 1.5], row=1, col=1)
    figure.update_xaxes(title=texts["point"], type="category", row=2, col=1)
    figure.update_yaxes(title=texts["pull_axis"], row=2, col=1)
    figure.update_layout(
        height=560,
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        barmode="group",
        legend={"orientation": "h", "y": -0.15},
    )
    return figure


def descent_figure(trace: Trace, texts: dict[str, str]) -> go.Figure:
    """f(w) with the path of the run: numbered points joined in order (clipped to the window if it blew up)."""
    spec = FUNCTIONS[trace.function_id]
    low, high = spec.domain
    path = np.array(trace.path)
    shown = path[np.isfinite(path)]
    if shown.size:
        low, high = min(low, float(shown.min())), max(high, float(shown.max()))
        width = high - low
        low, high = max(low, spec.domain[0] - width), min(high, spec.domain[1] + width)
    w = torch.linspace(low, high, 400, dtype=torch.float64)
    figure = go.Figure()
    figure.add_trace(
        go.Scatter(x=w.numpy(), y=spec.f(w).numpy(), mode="lines", name="f(w)", line={"color": "#1f5fbf", "width": 3})
    )
    inside = np.clip(path, low, high)
    values = spec.f(torch.tensor(inside, dtype=torch.float64)).numpy()
    figure.add_trace(
        go.Scatter(
            x=inside, y=values, mode="lines+markers+text", name=texts["path"],
            text=[str(index) if index < 12 else "" for index in range(len(inside))], textposition="top center",
            line={"color": "#d62728", "width": 1.5, "dash": "dot"},
            marker={"size": 9, "color": np.arange(len(inside)), "colorscale": "Reds", "line": {"width": 1}},
            hovertemplate=texts["step"] + " %{text}: w = %{x:.4g}, f = %{y:.4g}<extra></extra>",
        )
    )  # fmt: skip
    figure.add_trace(
        go.Scatter(
            x=list(spec.minima), y=[float(spec.f(torch.tensor(m))) for m in spec.minima], mode="markers",
            name=texts["minimum"], marker={"symbol": "star", "size": 15, "color": "gold", "line": {"width": 1}},
        )
    )  # fmt: skip
    figure.update_layout(
        height=400, margin={"l": 10, "r": 10, "t": 10, "b": 10}, xaxis={"title": "w"}, yaxis={"title": "f(w)"},
        legend={"orientation": "h", "y": -0.2},
    )  # fmt: skip
    return figure


def descent_steps_figure(trace: Trace, texts: dict[str, str]) -> go.Figure:
    """|w − w*| against the step on a log axis: straight lines mean a constant factor per step."""
    distances = np.abs(np.array(trace.path) - trace.nearest_minimum)
    figure = go.Figure(
        go.Scatter(
            x=np.arange(len(distances)), y=np.clip(distances, 1e-16, None), mode="lines+markers",
            line={"color": "#d62728"}, name=texts["distance"],
        )
    )  # fmt: skip
    figure.update_layout(
        height=260, margin={"l": 10, "r": 10, "t": 10, "b": 10}, xaxis={"title": texts["step"]},
        yaxis={"title": texts["distance"], "type": "log", "tickformat": ".1~g"},
    )  # fmt: skip
    return figure
