"""Loss and accuracy curves by epoch, with finished runs overlaid for comparison.

Built as one plain spec (two side-by-side axes by hand rather than
``make_subplots``): this figure is redrawn ten times a second.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

TRAIN_COLOUR, TEST_COLOUR = "#1f5fbf", "#e4572e"
OVERLAY_COLOURS = ["#6b7280", "#0f9d58", "#9c27b0", "#ff9800", "#795548", "#00acc1"]


def _line(x: np.ndarray, y: np.ndarray, name: str, colour: str, *, axis: int, dash: str, legend: bool) -> dict:
    suffix = "" if axis == 1 else str(axis)
    return {
        "type": "scatter",
        "x": np.asarray(x).tolist(),
        "y": np.asarray(y).tolist(),
        "name": name,
        "mode": "lines",
        "line": {"color": colour, "dash": dash, "width": 2},
        "legendgroup": name,
        "showlegend": legend,
        "xaxis": "x" + suffix,
        "yaxis": "y" + suffix,
        "hovertemplate": "%{y:.4f}",
    }


def curves_figure(
    history: dict[str, np.ndarray],
    labels: dict[str, str],
    *,
    overlays: list[tuple[str, dict[str, np.ndarray]]] = (),
    show_accuracy: bool = True,
    log_loss: bool = False,
    height: int = 300,
) -> go.Figure:
    """Left: train/test loss; right: train/test accuracy (classification only). Hover shows values."""
    epoch = history.get("epoch", np.zeros(0))
    traces = []
    for key, colour in (("train", TRAIN_COLOUR), ("test", TEST_COLOUR)):
        traces.append(
            _line(epoch, history.get(f"{key}_loss", []), labels[key], colour, axis=1, dash="solid", legend=True)
        )
        if show_accuracy:
            traces.append(
                _line(epoch, history.get(f"{key}_acc", []), labels[key], colour, axis=2, dash="solid", legend=False)
            )
    for index, (name, past) in enumerate(overlays):
        colour = OVERLAY_COLOURS[index % len(OVERLAY_COLOURS)]
        traces.append(_line(past["epoch"], past["test_loss"], name, colour, axis=1, dash="dot", legend=True))
        if show_accuracy:
            traces.append(_line(past["epoch"], past["test_acc"], name, colour, axis=2, dash="dot", legend=False))
    grid = {"showgrid": True, "gridcolor": "#e5e7eb"}
    layout = {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        "hovermode": "x unified",
        "legend": {"orientation": "h", "y": -0.3},
        "plot_bgcolor": "white",
        "xaxis": {**grid, "domain": [0, 0.45] if show_accuracy else [0, 1], "title": {"text": labels["epoch"]}},
        "yaxis": {**grid, "type": "log" if log_loss else "linear"},
        "annotations": [
            {
                "text": labels["loss"],
                "xref": "paper",
                "yref": "paper",
                "x": 0.0,
                "y": 1.08,
                "showarrow": False,
                "xanchor": "left",
                "font": {"size": 14},
            }
        ],
    }
    if show_accuracy:
        layout["xaxis2"] = {**grid, "domain": [0.55, 1], "anchor": "y2", "title": {"text": labels["epoch"]}}
        layout["yaxis2"] = {**grid, "anchor": "x2", "range": [0, 1.02]}
        layout["annotations"].append(
            {
                "text": labels["accuracy"],
                "xref": "paper",
                "yref": "paper",
                "x": 0.55,
                "y": 1.08,
                "showarrow": False,
                "xanchor": "left",
                "font": {"size": 14},
            }
        )
    return go.Figure({"data": traces, "layout": layout}, _validate=False)
