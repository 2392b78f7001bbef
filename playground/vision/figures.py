"""The lab's figures: plotly for curves, scores and probabilities (data in, ``go.Figure`` out), NumPy for pictures.

Why pictures are arrays and not heatmaps: thirty-two feature maps as plotly
heatmaps cost a second to draw; one tiled uint8 image costs a millisecond and
reads the same. Labels arrive translated (the engine knows no language).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import cv2
import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

RUN_COLOURS = {"plain": "#6b7280", "augmented": "#1f5fbf"}
PIXEL_SCALE = 4  # a 28-pixel digit is shown 112 pixels wide


def _layout(figure: go.Figure, height: int) -> go.Figure:
    figure.update_layout(height=height, margin={"l": 10, "r": 10, "t": 36, "b": 10},
                         legend={"orientation": "h", "y": -0.3}, template="plotly_white")  # fmt: skip
    return figure


def curves_figure(histories: Mapping[str, Mapping[str, Sequence[float]]], labels: Mapping[str, str]) -> go.Figure:
    """Left: training loss by epoch; right: clean (solid) and rotated (dotted) test accuracy, one colour per run.

    ``labels`` holds the texts: ``loss``, ``accuracy``, ``clean``, ``rotated``, ``epoch`` and each run's name.
    """
    figure = make_subplots(rows=1, cols=2, subplot_titles=(labels["loss"], labels["accuracy"]))
    for run, history in histories.items():
        colour, epochs = RUN_COLOURS.get(run, "#e4572e"), list(history["epoch"])
        figure.add_scatter(x=epochs, y=list(history["train_loss"]), name=labels[run], line={"color": colour},
                           legendgroup=run, row=1, col=1)  # fmt: skip
        for test, dash in (("clean", "solid"), ("rotated", "dot")):
            figure.add_scatter(x=epochs, y=list(history[f"{test}_acc"]), name=f"{labels[run]} · {labels[test]}",
                               line={"color": colour, "dash": dash}, legendgroup=run, row=1, col=2)  # fmt: skip
    figure.update_yaxes(range=[0, 1.02], tickformat=".0%", row=1, col=2)
    figure.update_xaxes(title_text=labels["epoch"])
    return _layout(figure, 320)


def epoch_time_figure(histories: Mapping[str, Mapping[str, Sequence[float]]], labels: Mapping[str, str]) -> go.Figure:
    """Seconds per epoch of each run (augmentation's cost is visible as the taller bars)."""
    figure = go.Figure()
    for run, history in histories.items():
        figure.add_bar(x=list(history["epoch"]), y=list(history["epoch_s"]), name=labels[run],
                       marker_color=RUN_COLOURS.get(run))  # fmt: skip
    figure.update_layout(barmode="group", title=labels["title"], xaxis_title=labels["epoch"],
                         yaxis_title=labels["seconds"])  # fmt: skip
    return _layout(figure, 260)


def accuracy_figure(accuracy: Mapping[str, Mapping[str, float]], names: Mapping[str, str]) -> go.Figure:
    """Grouped bars: accuracy of each run (``accuracy[run][test_set]``) on each test set; ``names`` labels both."""
    figure = go.Figure()
    for run, scores in accuracy.items():
        sets = list(scores)
        figure.add_bar(x=[names[s] for s in sets], y=[scores[s] for s in sets], name=names[run],
                       marker_color=RUN_COLOURS.get(run), text=[f"{scores[s]:.0%}" for s in sets],
                       textposition="outside")  # fmt: skip
    figure.update_layout(barmode="group", yaxis={"range": [0, 1.12], "tickformat": ".0%"})
    return _layout(figure, 320)


def confusion_figure(matrix: Sequence[Sequence[int]], title: str, true_label: str, predicted_label: str) -> go.Figure:
    """A 10 x 10 heatmap of counts, true digit down, predicted digit across."""
    values = np.asarray(matrix)
    digits = [str(d) for d in range(values.shape[0])]
    figure = go.Figure(go.Heatmap(z=values, x=digits, y=digits, colorscale="Blues", showscale=False,
                                  text=values, texttemplate="%{text}"))  # fmt: skip
    figure.update_layout(title=title, xaxis_title=predicted_label, yaxis_title=true_label,
                         yaxis={"autorange": "reversed"})  # fmt: skip
    return _layout(figure, 360)


def probabilities_figure(probabilities: Mapping[str, Sequence[float]], names: Mapping[str, str]) -> go.Figure:
    """Each run's ten class probabilities side by side."""
    figure = go.Figure()
    for run, values in probabilities.items():
        figure.add_bar(x=[str(d) for d in range(len(values))], y=list(values), name=names[run],
                       marker_color=RUN_COLOURS.get(run))  # fmt: skip
    figure.update_layout(barmode="group", yaxis={"range": [0, 1], "tickformat": ".0%"},
                         xaxis={"type": "category"})  # fmt: skip
    return _layout(figure, 260)


# --- pictures (uint8 arrays for st.image) ----------------------------------------------------


def picture(image: np.ndarray, scale: int = PIXEL_SCALE) -> np.ndarray:
    """A [0, 1] gray image as uint8, enlarged with square pixels (what the model sees, pixel for pixel)."""
    gray = np.clip(np.rint(np.asarray(image, dtype=np.float32) * 255), 0, 255).astype(np.uint8)
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)


def tile(maps: np.ndarray, columns: int = 8, scale: int = 3, pad: int = 2, style: str = "range") -> np.ndarray:
    """``[C, H, W]`` maps as one RGB mosaic: each scaled to its own range (``range``), blue < 0 < red
    (``signed``), or as [0, 1] gray pixels (``gray``, digits as the model sees them)."""
    maps = np.asarray(maps, dtype=np.float32)
    count, h, w = maps.shape
    columns = max(1, min(columns, count))
    rows = -(-count // columns)
    cell_h, cell_w = h * scale, w * scale
    mosaic = np.full((rows * (cell_h + pad) + pad, columns * (cell_w + pad) + pad, 3), 255, np.uint8)
    for index, item in enumerate(maps):
        if style == "gray":
            shown = np.repeat(picture(item, 1)[:, :, None], 3, axis=2)
        else:
            shown = signed_colour(item) if style == "signed" else _gray_rgb(item)
        big = cv2.resize(shown, (cell_w, cell_h), interpolation=cv2.INTER_NEAREST)
        r, c = divmod(index, columns)
        top, left = pad + r * (cell_h + pad), pad + c * (cell_w + pad)
        mosaic[top : top + cell_h, left : left + cell_w] = big
    return mosaic


def _gray_rgb(item: np.ndarray) -> np.ndarray:
    low, high = float(item.min()), float(item.max())
    scaled = (item - low) / (high - low) if high > low else np.zeros_like(item)
    gray = np.rint(scaled * 255).astype(np.uint8)
    return cv2.applyColorMap(gray, cv2.COLORMAP_VIRIDIS)[:, :, ::-1].copy()


def signed_colour(item: np.ndarray) -> np.ndarray:
    """Blue for negative, white for zero, red for positive (weights, saliency), scaled to the largest magnitude."""
    peak = float(np.abs(item).max()) or 1.0
    v = np.clip(np.asarray(item, dtype=np.float32) / peak, -1, 1)
    red = np.where(v > 0, 1.0, 1.0 + v)
    blue = np.where(v < 0, 1.0, 1.0 - v)
    green = 1.0 - np.abs(v)
    return np.rint(np.stack([red, green, blue], axis=-1) * 255).astype(np.uint8)


def strip(images: np.ndarray, scale: int = 3, pad: int = 2) -> np.ndarray:
    """A row of [0, 1] gray images as one uint8 picture (a test set's first digits, augmented copies)."""
    images = np.asarray(images, dtype=np.float32)
    return tile(images, columns=len(images), scale=scale, pad=pad, style="gray") if len(images) else np.zeros((1, 1, 3))
