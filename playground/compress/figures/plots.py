"""Compression studio figures: size vs accuracy with the Pareto front, latency, per-layer error.

Data in (the report's plain rows), ``go.Figure`` out; labels come translated by the
caller through ``label`` (a method id -> display name mapping) and ``text`` (axis titles).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go

FAMILY_COLOURS = {
    "baseline": "#4c566a",
    "cast": "#5e81ac",
    "quantize": "#d08770",
    "fusion": "#b48ead",
    "prune": "#a3be8c",
    "combo": "#bf616a",
}


def pareto_scatter(rows: Sequence[Mapping], label: Mapping[str, str], family: Mapping[str, str],
                   text: Mapping[str, str]) -> go.Figure:  # fmt: skip
    """Saved size (kB, log axis) against test quality; the Pareto front joined and starred."""
    classification = rows[0]["accuracy"] is not None
    quality = [100 * row["accuracy"] if classification else row["loss"] for row in rows]
    sizes = [row["size_bytes"] / 1000 for row in rows]
    fig = go.Figure()
    front = sorted((s, q) for s, q, row in zip(sizes, quality, rows, strict=True) if row["pareto"])
    if front:
        fig.add_trace(go.Scatter(x=[s for s, _ in front], y=[q for _, q in front], mode="lines",
                                 line={"color": "#88c0d0", "width": 3, "shape": "hv"}, name=text["front"],
                                 hoverinfo="skip"))  # fmt: skip
    symbols = ("circle", "diamond", "square", "triangle-up", "hexagon", "pentagon", "cross", "x")
    for index, (row, size, value) in enumerate(zip(rows, sizes, quality, strict=True)):
        colour = FAMILY_COLOURS.get(family.get(row["method"], ""), "#4c566a")
        name = label[row["method"]]
        fig.add_trace(go.Scatter(
            x=[size], y=[value], mode="markers", name=("★ " if row["pareto"] else "") + name,
            marker={"size": 18 if row["pareto"] else 12, "color": colour, "opacity": 0.9,
                    "symbol": "star" if row["pareto"] else symbols[index % len(symbols)],
                    "line": {"width": 1, "color": "white"}},
            hovertemplate=f"{name}<br>%{{x:.1f}} kB<br>%{{y:.2f}}<extra></extra>",
        ))  # fmt: skip
    fig.update_xaxes(type="log", title=text["size"])
    low, high = min(quality), max(quality)
    pad = max(0.15 * (high - low), 0.25 if classification else 1e-3)
    fig.update_yaxes(
        title=text["quality"], range=[high + pad, low - pad] if not classification else [low - pad, high + pad]
    )
    fig.update_layout(height=460, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      legend={"orientation": "v", "x": 1.02, "y": 1, "font": {"size": 12}})  # fmt: skip
    return fig


def latency_bars(rows: Sequence[Mapping], label: Mapping[str, str], text: Mapping[str, str]) -> go.Figure:
    """Each variant's time as a multiple of fp32's, batch 1 and batch 256 (log axis, < 1 = faster)."""
    names = [label[row["method"]] for row in rows]
    fig = go.Figure()
    for key, name, colour in (
        ("latency_b1_ratio", text["b1"], "#81a1c1"),
        ("latency_b256_ratio", text["b256"], "#d08770"),
    ):
        values = [row[key] if row[key] is not None else math.nan for row in rows]
        fig.add_trace(go.Bar(y=names, x=values, orientation="h", name=name, marker_color=colour,
                             text=[f"{v:.2f}×" for v in values], textposition="outside",
                             hovertemplate="%{y}: %{x:.2f}× fp32<extra>" + name + "</extra>"))  # fmt: skip
    fig.add_vline(x=1.0, line_dash="dash", line_color="#4c566a")
    fig.update_xaxes(type="log", title=text["ratio"])
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(barmode="group", height=max(300, 60 + 48 * len(rows)),
                      margin={"l": 10, "r": 40, "t": 30, "b": 10}, legend={"orientation": "h", "y": 1.06})  # fmt: skip
    return fig


def layer_error_heatmap(layers: Sequence[str], variants: Sequence[str], sqnr: Sequence[Sequence[float | None]],
                        text: Mapping[str, str]) -> go.Figure:  # fmt: skip
    """Weight SQNR (dB) per layer and variant: dark = large error; blank = layer changed shape."""
    values = np.array([[math.nan if v is None or math.isinf(v) else v for v in row] for row in sqnr], dtype=float)
    shown = np.where(np.isnan(values), None, np.round(values, 1))
    labels = [[text["same"] if (v is not None and math.isinf(v)) else ("—" if v is None else f"{v:.1f}")
               for v in row] for row in sqnr]  # fmt: skip
    fig = go.Figure(go.Heatmap(
        z=shown, x=list(layers), y=list(variants), text=labels, texttemplate="%{text}", colorscale="Viridis",
        zmin=0, zmax=60, colorbar={"title": "dB"}, hovertemplate="%{y} · %{x}: %{z} dB<extra></extra>",
    ))  # fmt: skip
    fig.update_xaxes(title=text["layer"], type="category")
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_layout(height=max(260, 80 + 36 * len(variants)), margin={"l": 10, "r": 10, "t": 20, "b": 10})
    return fig
