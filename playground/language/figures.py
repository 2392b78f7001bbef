"""The lab's plotly figures: data in, ``go.Figure`` out (titles and labels are passed in already translated)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from playground.language.embeddings import Projection

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf")


def curves(
    runs: Sequence[tuple[str, Mapping[str, Sequence[float]]]], metric: str, y_title: str, x_title: str
) -> go.Figure:
    """One line per run (overlaid), ``metric`` per epoch."""
    figure = go.Figure()
    for index, (label, history) in enumerate(runs):
        figure.add_trace(go.Scatter(x=list(history.get("epoch", [])), y=list(history.get(metric, [])), name=label,
                                    mode="lines+markers", line={"color": PALETTE[index % len(PALETTE)]}))  # fmt: skip
    figure.update_xaxes(dtick=1)
    figure.update_layout(height=300, margin={"l": 10, "r": 10, "t": 30, "b": 10}, xaxis_title=x_title,
                         yaxis_title=y_title, legend={"orientation": "h", "y": -0.3})  # fmt: skip
    return figure


def confusion(
    matrix: Sequence[Sequence[int]], names: Sequence[str], true_title: str, predicted_title: str
) -> go.Figure:
    values = np.asarray(matrix)
    figure = go.Figure(go.Heatmap(z=values, x=list(names), y=list(names), colorscale="Blues", showscale=False,
                                  text=values, texttemplate="%{text}"))  # fmt: skip
    figure.update_layout(height=260, margin={"l": 10, "r": 10, "t": 10, "b": 10}, xaxis_title=predicted_title,
                         yaxis_title=true_title, yaxis_autorange="reversed")  # fmt: skip
    return figure


def attention(maps: Sequence[np.ndarray], tokens: Sequence[str], layer_title: str) -> go.Figure:
    """Every head of every layer as a heatmap: row = the token that looks, column = the token looked at."""
    heads = maps[0].shape[0] if maps else 0
    labels = [f"{i}:{t}" for i, t in enumerate(tokens)]  # positions keep repeated tokens apart
    titles = [layer_title.format(layer=layer + 1, head=h + 1) for layer in range(len(maps)) for h in range(heads)]
    figure = make_subplots(rows=len(maps), cols=max(1, heads), subplot_titles=titles)
    for layer, weights in enumerate(maps):
        for head in range(heads):
            figure.add_trace(go.Heatmap(z=weights[head], x=labels, y=labels, colorscale="Viridis", zmin=0, zmax=1,
                                        showscale=layer == 0 and head == 0), layer + 1, head + 1)  # fmt: skip
            figure.update_yaxes(autorange="reversed", row=layer + 1, col=head + 1)
    figure.update_layout(height=max(320, 300 * len(maps)), margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return figure


def projection(points: Projection, highlight: Sequence[str] = (), scores: Sequence[float] | None = None) -> go.Figure:
    """Tokens as labelled dots on the first two principal axes; ``highlight`` drawn larger."""
    marked = set(highlight)
    colour = list(scores) if scores is not None else None
    marker = {"size": [14 if t in marked else 6 for t in points.tokens], "color": colour, "colorscale": "RdBu",
              "showscale": colour is not None}  # fmt: skip
    figure = go.Figure(go.Scatter(x=points.xy[:, 0], y=points.xy[:, 1], mode="markers+text", text=list(points.tokens),
                                  textposition="top center", textfont={"size": 10}, marker=marker))  # fmt: skip
    share = points.explained
    figure.update_layout(height=460, margin={"l": 10, "r": 10, "t": 10, "b": 10},
                         xaxis_title=f"PC1 ({share[0]:.0%})", yaxis_title=f"PC2 ({share[1]:.0%})")  # fmt: skip
    return figure


def weight_bars(pairs: Sequence[tuple[str, float]], title: str) -> go.Figure:
    """Token weights as horizontal bars (blue towards positive, orange towards negative)."""
    figure = go.Figure(go.Bar(x=[w for _, w in pairs], y=[t for t, _ in pairs], orientation="h",
                              marker_color=["#1f77b4" if w >= 0 else "#ff7f0e" for _, w in pairs]))  # fmt: skip
    figure.update_layout(height=380, title=title, margin={"l": 10, "r": 10, "t": 40, "b": 10},
                         yaxis_autorange="reversed")  # fmt: skip
    return figure
