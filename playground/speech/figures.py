"""The lab's pictures (plotly: data and ready-made labels in, ``go.Figure`` out; no Streamlit).

Why labels as arguments: the page translates them, so the figures speak
both languages without this module knowing about languages. The waveform
is the audio studio's figure; the log-mel and MFCC images are what the
models are fed, on the same time axis.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from playground.augment.audio.figures import MAGMA, waveform_figure
from playground.speech.features import HOP

RUN_COLOURS = {"plain": "#5B8DEF", "augmented": "#F28C28"}
_MARGIN = {"l": 10, "r": 10, "t": 36, "b": 10}

__all__ = ["accuracy_figure", "confusion_figure", "curves_figure", "front_end_figure", "waveform_figure"]


def front_end_figure(logmel: np.ndarray, mfcc: np.ndarray, rate: int, *, titles: Sequence[str], time_label: str,
                     band_label: str, coef_label: str) -> go.Figure:  # fmt: skip
    """The log-mel image (bands × frames) above the MFCCs (coefficients × frames), one shared time axis."""
    times = np.arange(logmel.shape[1]) * HOP / rate
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.12, subplot_titles=list(titles))
    fig.add_trace(go.Heatmap(z=logmel, x=times, colorscale=MAGMA, showscale=False), row=1, col=1)
    fig.add_trace(go.Heatmap(z=mfcc, x=times, colorscale="RdBu_r", zmid=0, showscale=False), row=2, col=1)
    fig.update_yaxes(title_text=band_label, row=1, col=1)
    fig.update_yaxes(title_text=coef_label, row=2, col=1)
    fig.update_xaxes(title_text=time_label, row=2, col=1)
    fig.update_layout(height=380, margin=_MARGIN)
    return fig


def curves_figure(runs: Mapping[str, Sequence[Mapping[str, float]]], names: Mapping[str, str], metric: str,
                  x_label: str, y_label: str) -> go.Figure:  # fmt: skip
    """One line per run of ``metric`` (an accuracy or the loss) against the epoch."""
    fig = go.Figure()
    for run, history in runs.items():
        fig.add_trace(go.Scatter(x=[row["epoch"] for row in history], y=[row[metric] for row in history],
                                 name=names[run], mode="lines+markers", line={"color": RUN_COLOURS[run]}))  # fmt: skip
    fig.update_layout(height=260, margin=_MARGIN, xaxis_title=x_label, yaxis_title=y_label,
                      legend={"orientation": "h", "y": 1.15})  # fmt: skip
    if metric != "loss":
        fig.update_yaxes(range=[0, 1.02], tickformat=".0%")
    return fig


def accuracy_figure(snrs: Sequence[float], accuracies: Mapping[str, Sequence[float]], clean: Mapping[str, float], *,
                    names: Mapping[str, str], x_label: str, y_label: str, clean_label: str) -> go.Figure:  # fmt: skip
    """Accuracy on unseen voices against the SNR, one line per run, the clean accuracy at the right."""
    order = sorted(range(len(snrs)), key=lambda i: snrs[i])
    labels = [f"{snrs[i]:g}" for i in order] + [clean_label]
    fig = go.Figure()
    for run, values in accuracies.items():
        ys = [values[i] for i in order] + [clean[run]]
        fig.add_trace(go.Scatter(x=labels, y=ys, name=names[run], mode="lines+markers",
                                 line={"color": RUN_COLOURS[run]}))  # fmt: skip
    fig.update_layout(height=300, margin=_MARGIN, xaxis_title=x_label, yaxis_title=y_label,
                      legend={"orientation": "h", "y": 1.15})  # fmt: skip
    fig.update_yaxes(range=[0, 1.02], tickformat=".0%")
    fig.update_xaxes(type="category")  # "0", "5", … and "clean" on one axis, in this order
    return fig


def confusion_figure(matrix: np.ndarray, labels: Sequence[str], title: str, true_label: str,
                     predicted_label: str) -> go.Figure:  # fmt: skip
    """Counts of (true, predicted) digits; the diagonal is right."""
    fig = go.Figure(
        go.Heatmap(
            z=matrix,
            x=list(labels),
            y=list(labels),
            colorscale="Blues",
            showscale=False,
            text=matrix,
            texttemplate="%{text}",
            hovertemplate="%{y} → %{x}: %{z}<extra></extra>",
        )
    )
    fig.update_layout(title=title, height=360, margin=_MARGIN, xaxis_title=predicted_label, yaxis_title=true_label)
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(type="category")
    return fig
