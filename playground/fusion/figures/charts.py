"""Line, bar and matrix charts of the fusion studio (calibration, diversity, Condorcet, curves)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go

LAYOUT = {"margin": {"l": 50, "r": 10, "t": 40, "b": 40}, "height": 340}


def reliability_figure(tables: Mapping[str, Mapping[str, np.ndarray]], labels: Mapping[str, str],
                       axes: tuple[str, str], title: str) -> go.Figure:  # fmt: skip
    """Accuracy against confidence per bin for each named predictor, with the diagonal of perfect calibration."""
    fig = go.Figure(go.Scatter(x=[0, 1], y=[0, 1], mode="lines", line={"dash": "dot", "color": "grey"},
                               name=labels.get("diagonal", ""), hoverinfo="skip"))  # fmt: skip
    for name, table in tables.items():
        used = table["count"] > 0
        sizes = 5 + 13 * np.sqrt(table["count"][used] / max(1.0, table["count"].max()))  # big dot: many points
        fig.add_trace(go.Scatter(x=table["confidence"][used], y=table["accuracy"][used], mode="lines+markers",
                                 marker={"size": sizes},
                                 name=labels.get(name, name), customdata=table["count"][used],
                                 hovertemplate="%{x:.2f} → %{y:.2f} (n=%{customdata:.0f})<extra></extra>"))  # fmt: skip
    fig.update_xaxes(range=[0, 1.02], title=axes[0])
    fig.update_yaxes(range=[0, 1.02], title=axes[1])
    fig.update_layout(title=title, **LAYOUT)
    return fig


def matrix_figure(matrix: np.ndarray, title: str, colorscale: str, zrange: tuple[float, float],
                  hover: str) -> go.Figure:  # fmt: skip
    names = [str(i + 1) for i in range(len(matrix))]
    fig = go.Figure(go.Heatmap(z=matrix, x=names, y=names, colorscale=colorscale, zmin=zrange[0], zmax=zrange[1],
                               text=np.round(matrix, 2), texttemplate="%{text}" if len(matrix) <= 8 else "",
                               hovertemplate=hover + "<extra></extra>"))  # fmt: skip
    fig.update_yaxes(autorange="reversed", scaleanchor="x")
    fig.update_layout(title=title, **LAYOUT)
    return fig


def condorcet_figure(curves: Mapping[str, Sequence[float]], labels: Mapping[str, str], axes: tuple[str, str],
                     title: str) -> go.Figure:  # fmt: skip
    """Fused accuracy of the first k members against k, beside independent voters' majority (Condorcet)."""
    fig = go.Figure()
    styles = {"condorcet": {"dash": "dash", "color": "grey"}, "hard": {"color": "#f59322"},
              "soft": {"color": "#0877bd"}}  # fmt: skip
    for name, values in curves.items():
        ks = list(range(1, len(values) + 1))
        fig.add_trace(go.Scatter(x=ks, y=list(values), mode="lines+markers", name=labels.get(name, name),
                                 line=styles.get(name, {})))  # fmt: skip
    fig.update_xaxes(title=axes[0], dtick=1)
    fig.update_yaxes(title=axes[1], tickformat=".0%")
    fig.update_layout(title=title, **LAYOUT)
    return fig


def history_figure(history: Mapping[str, Sequence[float]], series: Mapping[str, str], axis: str, title: str,
                   y_title: str) -> go.Figure:  # fmt: skip
    """Curves against epochs: ``series`` maps a history column to its legend text."""
    fig = go.Figure()
    for column, name in series.items():
        fig.add_trace(go.Scatter(x=list(history.get("epoch", [])), y=list(history.get(column, [])), name=name,
                                 mode="lines"))  # fmt: skip
    fig.update_xaxes(title=axis)
    fig.update_yaxes(title=y_title)
    fig.update_layout(title=title, **LAYOUT)
    return fig


def bars_figure(names: Sequence[str], groups: Mapping[str, Sequence[float]], title: str, y_title: str,
                percent: bool = True) -> go.Figure:  # fmt: skip
    """Grouped bars: one group per legend entry, one bar per name."""
    text = "%{y:.1%}" if percent else "%{y:.3f}"
    fig = go.Figure([go.Bar(x=list(names), y=list(v), name=g, texttemplate=text) for g, v in groups.items()])
    fig.update_yaxes(title=y_title, tickformat=".0%" if percent else None)
    fig.update_layout(title=title, barmode="group", **LAYOUT)
    return fig
