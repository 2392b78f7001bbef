"""Plotly figures of sounds: waveform envelopes and log-mel spectrograms, before/after on one time axis.

Why a min/max envelope per screen pixel: a 30-s clip at 44.1 kHz has 1.3 M
samples; sending them all makes the browser crawl, while the lowest and
highest sample in each pixel column draws exactly the same picture with
~2,000 numbers. Spectrograms are pooled in time to at most ``max_columns``
frames for the same reason. Builders take data and ready-made labels (the
page translates them) and return ``go.Figure``; no Streamlit here.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly import colors
from plotly.subplots import make_subplots

from playground.augment.audio.stft import log_mel

BEFORE, AFTER = "#5B8DEF", "#F28C28"
# Explicit colour stops. Magma starts at "#000004", which Streamlit's frontend takes for one of its theme
# placeholder colours (#000001, #000002, ...) and repaints: the quietest cells turned pink. "#030207" looks the same.
_MAGMA_STOPS = ["#030207", *colors.sequential.Magma[1:]]
MAGMA = [[i / (len(_MAGMA_STOPS) - 1), c] for i, c in enumerate(_MAGMA_STOPS)]
DIVERGING = [[i / (len(colors.sequential.RdBu_r) - 1), c] for i, c in enumerate(colors.sequential.RdBu_r)]
FLOOR_DB = 80.0  # show 80 dB below the loudest cell: quieter than that is below hearing in a classroom


def _mono(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    return x.mean(axis=0) if x.ndim == 2 else x


def envelope(x: np.ndarray, rate: int, columns: int = 1000) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Times (s), minima and maxima of ``columns`` equal slices of the (mono) clip."""
    mono = _mono(x)
    n = mono.shape[-1]
    if n == 0:
        return np.zeros(1), np.zeros(1), np.zeros(1)
    columns = max(1, min(columns, n))
    edges = np.linspace(0, n, columns + 1).astype(np.int64)
    mins = np.minimum.reduceat(mono, edges[:-1])
    maxs = np.maximum.reduceat(mono, edges[:-1])
    return (edges[:-1] / rate).astype(np.float32), mins, maxs


def _add_envelope(fig: go.Figure, x: np.ndarray, rate: int, name: str, color: str, *, row: int, columns: int) -> None:
    times, mins, maxs = envelope(x, rate, columns)
    common = {
        "x": times,
        "mode": "lines",
        "line": {"width": 0.8, "color": color},
        "legendgroup": name,
        "hoverinfo": "skip",
    }
    fig.add_trace(go.Scatter(y=maxs, name=name, showlegend=False, **common), row=row, col=1)
    fig.add_trace(go.Scatter(y=mins, name=name, fill="tonexty", fillcolor=color, **common), row=row, col=1)


def waveform_figure(
    clips: list[tuple[str, np.ndarray]], rate: int, time_label: str, amp_label: str, *, columns: int = 1000
) -> go.Figure:
    """One row per clip, shared time axis; the y axis is fixed at ±1 (full scale) so loudness is comparable."""
    fig = make_subplots(rows=len(clips), cols=1, shared_xaxes=True, vertical_spacing=0.06,
                        subplot_titles=[name for name, _ in clips])  # fmt: skip
    peak = max([1.0, *[float(np.max(np.abs(x))) if x.size else 0.0 for _, x in clips]])
    for row, ((name, x), color) in enumerate(zip(clips, [BEFORE, AFTER, AFTER, AFTER], strict=False), start=1):
        _add_envelope(fig, x, rate, name, color, row=row, columns=columns)
        fig.update_yaxes(range=[-peak, peak], title_text=amp_label, row=row, col=1, zeroline=True)
    duration = max(x.shape[-1] for _, x in clips) / rate
    fig.update_xaxes(range=[0, duration])
    fig.update_xaxes(title_text=time_label, row=len(clips), col=1)
    fig.update_layout(height=170 * len(clips) + 40, margin={"l": 10, "r": 10, "t": 30, "b": 10}, showlegend=False)
    return fig


def pooled_log_mel(x: np.ndarray, rate: int, n_mels: int = 64, max_columns: int = 500) -> tuple[np.ndarray, ...]:
    """Log-mel dB (n_mels, ≤ max_columns), times and mel centres, time-pooled by averaging power."""
    db, times, centres = log_mel(_mono(x), rate, n_mels)
    frames = db.shape[1]
    if frames > max_columns:
        factor = int(np.ceil(frames / max_columns))
        pad = (-frames) % factor
        power = np.pad(10 ** (db / 10), ((0, 0), (0, pad)), mode="edge")
        db = 10 * np.log10(power.reshape(n_mels, -1, factor).mean(axis=2))
        times = times[::factor]
    return db, times, centres


def spectrogram_figure(
    clips: list[tuple[str, np.ndarray]],
    rate: int,
    time_label: str,
    freq_label: str,
    *,
    difference_label: str | None = None,
    height_per_row: int = 200,
) -> go.Figure:
    """Log-mel heatmaps, one row per clip on a shared time axis; optionally the after-minus-before row."""
    pooled = [pooled_log_mel(x, rate) for _, x in clips]
    top = float(np.ceil(max(float(db.max()) for db, _, _ in pooled)))  # whole dB, so int16 cells stay in range
    rows = len(clips) + (1 if difference_label and len(clips) == 2 else 0)
    titles = [name for name, _ in clips] + ([difference_label] if rows > len(clips) else [])
    fig = make_subplots(rows=rows, cols=1, shared_xaxes=True, vertical_spacing=0.07, subplot_titles=titles)
    for row, (db, times, _) in enumerate(pooled, start=1):
        fig.add_trace(
            go.Heatmap(z=_compact(db, top - FLOOR_DB, top), x=times.astype(np.float32), zmin=top - FLOOR_DB, zmax=top,
                       colorscale=MAGMA, hovertemplate="%{x:.2f} s · %{z} dB<extra></extra>",
                       colorbar={"title": "dB", "len": 1.0 / rows, "y": 1 - (row - 0.5) / rows, "thickness": 12}),
            row=row, col=1,
        )  # fmt: skip
    if rows > len(clips):
        (before, t0, _), (after, t1, _) = pooled
        width = max(before.shape[1], after.shape[1])
        diff = _pad_to(after, width, FLOOR_DB, top) - _pad_to(before, width, FLOOR_DB, top)
        times = t0 if len(t0) >= len(t1) else t1
        fig.add_trace(
            go.Heatmap(z=_compact(diff, -30, 30), x=times.astype(np.float32), zmin=-30, zmax=30, colorscale=DIVERGING,
                       hovertemplate="%{x:.2f} s · %{z:+.0f} dB<extra></extra>",
                       colorbar={"title": "Δ dB", "len": 1.0 / rows, "y": 0.5 / rows, "thickness": 12}),
            row=rows, col=1,
        )  # fmt: skip
    _mel_ticks(fig, pooled[0][2], freq_label, rows)
    duration = max(x.shape[-1] for _, x in clips) / rate
    fig.update_xaxes(range=[0, duration])
    fig.update_xaxes(title_text=time_label, row=rows, col=1)
    fig.update_layout(height=height_per_row * rows + 50, margin={"l": 10, "r": 10, "t": 30, "b": 10})
    return fig


def _compact(db: np.ndarray, low: float = -200.0, high: float = 200.0) -> np.ndarray:
    """Whole decibels as int16, clamped to the colour range: 1 dB steps are invisible and the JSON shrinks 4x."""
    return np.round(np.clip(db, low, high)).astype(np.int16)


def _pad_to(db: np.ndarray, width: int, floor: float, top: float) -> np.ndarray:
    """Clip to the shown range and extend a shorter spectrogram with silence, so a difference is defined."""
    clipped = np.clip(db, top - floor, top)
    return np.pad(clipped, ((0, 0), (0, width - db.shape[1])), constant_values=top - floor)


def _mel_ticks(fig: go.Figure, centres: np.ndarray, label: str, rows: int) -> None:
    """Label the mel rows in Hz at round frequencies (the axis is even in mel, not in Hz)."""
    marks = [hz for hz in (100, 250, 500, 1000, 2000, 4000, 8000, 16000) if hz <= centres[-1]]
    positions = [int(np.argmin(np.abs(centres - hz))) for hz in marks]
    texts = [f"{hz // 1000}k" if hz >= 1000 else str(hz) for hz in marks]
    for row in range(1, rows + 1):
        fig.update_yaxes(tickvals=positions, ticktext=texts, title_text=label, row=row, col=1)


def thumbnail_figure(x: np.ndarray, rate: int, height: int = 110, duration_s: float | None = None) -> go.Figure:
    """A small spectrogram without axes, for the grid of draws; ``duration_s`` aligns the time axes of a grid."""
    db, times, _ = pooled_log_mel(x, rate, n_mels=48, max_columns=160)
    top = float(np.ceil(db.max()))
    fig = go.Figure(go.Heatmap(z=_compact(db, top - FLOOR_DB, top), x=times.astype(np.float32), zmin=top - FLOOR_DB,
                               zmax=top, colorscale=MAGMA, showscale=False,
                               hovertemplate="%{x:.2f} s<extra></extra>"))  # fmt: skip
    fig.update_xaxes(visible=False, range=[0, duration_s or x.shape[-1] / rate])
    fig.update_yaxes(visible=False)
    fig.update_layout(height=height, margin={"l": 0, "r": 0, "t": 0, "b": 0})
    return fig
