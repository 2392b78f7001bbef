"""Figures of the optimizer race: an animated contour plot, loss and distance against the step.

Why plotly frames: the paths are computed once on the server and the
browser replays them (Play / the step slider) without a single rerun, like
Distill's momentum article. The first frame drawn is the whole race, so a
static screenshot already tells the story; Play replays it from the start.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
import torch

from playground.optim.figures.surface import add_surface_background
from playground.optim.race import RacePath
from playground.optim.surfaces import Surface

COLOURS: dict[str, str] = {
    "sgd": "#1f77b4",
    "momentum": "#ff7f0e",
    "nesterov": "#8c564b",
    "adagrad": "#9467bd",
    "rmsprop": "#17becf",
    "adadelta": "#7f7f7f",
    "adam": "#d62728",
    "adamw": "#e377c2",
    "nadam": "#bcbd22",
    "radam": "#2ca02c",
    "lbfgs": "#000000",
}
MAX_FRAMES = 60  # enough for a smooth replay; more frames only make the page heavier
MAX_FRAME_POINTS = 100  # points per trail inside a frame (the full path is drawn when the replay ends)
ARROW_SHARE = 0.12  # the longest state arrow spans this share of the plot width


def colour(optimizer_id: str) -> str:
    return COLOURS.get(optimizer_id, "#444444")


def _clip(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """Keep runaway paths drawable: pin them a little outside the window."""
    margin = (high - low) * 0.05
    return np.clip(values, low - margin, high + margin)


def frame_steps(steps: int, max_frames: int = MAX_FRAMES) -> list[int]:
    """The steps the animation shows: every step, or evenly spaced ones ending at the last."""
    if steps + 1 <= max_frames:
        return list(range(steps + 1))
    return sorted({round(i * steps / (max_frames - 1)) for i in range(max_frames)})


def _arrow(path: RacePath, name: str, step: int, scale: float) -> tuple[list[float | None], list[float | None]]:
    """A segment from the point along minus the state vector (the way the memory pushes the weights)."""
    vector = path.state.get(name)
    if vector is None or not np.isfinite(vector[step]).all():
        return [None], [None]
    x, y = float(path.xs[step]), float(path.ys[step])
    return [x, x - float(vector[step][0]) * scale], [y, y - float(vector[step][1]) * scale]


def _state_name(path: RacePath) -> str | None:
    return next((name for name in ("momentum_buffer", "exp_avg") if name in path.state), None)


def race_figure(
    surface: Surface,
    paths: list[RacePath],
    labels: dict[str, str],
    texts: dict[str, str],
    start: tuple[float, float],
    *,
    show_state: bool = False,
    pick_grid: int = 25,
    height: int = 640,
) -> go.Figure:
    """The surface (a background picture) with every path, minima, the start, Play/step controls and a click grid.

    ``texts`` holds translated strings: ``play``, ``pause``, ``step``, ``minimum``, ``start``,
    ``pick``, ``colorbar``. The click grid is an invisible scatter whose points Streamlit's
    selection events report, so a click anywhere on the plot can move the start.
    """
    figure = go.Figure()
    add_surface_background(figure, surface, texts["colorbar"])
    grid_x, grid_y = np.meshgrid(np.linspace(*surface.x_range, pick_grid), np.linspace(*surface.y_range, pick_grid))
    heights = surface.f(torch.from_numpy(grid_x), torch.from_numpy(grid_y)).numpy().ravel()
    figure.add_trace(
        go.Scatter(
            x=grid_x.ravel().round(3), y=grid_y.ravel().round(3), mode="markers", name=texts["pick"],
            marker={"size": 14, "opacity": 0.0, "color": "#000"}, showlegend=False, customdata=heights,
            hovertemplate=texts["pick"] + " (%{x:.2f}, %{y:.2f})<br>f = %{customdata:.4g}<extra></extra>",
        )
    )  # fmt: skip
    animated: list[int] = []
    # 4 decimals are finer than a pixel and halve the JSON the browser downloads
    clipped = [(_clip(path.xs, *surface.x_range).round(4), _clip(path.ys, *surface.y_range).round(4)) for path in paths]
    extent = surface.x_range[1] - surface.x_range[0]
    scales = {}
    for path in paths:
        name = _state_name(path)
        if show_state and name:
            vector = path.state[name]
            longest = float(np.nanmax(np.hypot(vector[:, 0], vector[:, 1]))) if np.isfinite(vector).any() else 0.0
            scales[path.optimizer_id] = ARROW_SHARE * extent / longest if longest > 0 else 0.0
    for path, (px, py) in zip(paths, clipped, strict=True):
        label, hue = labels.get(path.optimizer_id, path.optimizer_id), colour(path.optimizer_id)
        animated.append(len(figure.data))
        figure.add_trace(
            go.Scatter(
                x=px, y=py, mode="lines+markers", name=label, legendgroup=path.optimizer_id,
                line={"color": hue, "width": 2.5}, marker={"size": 4, "color": hue},
                customdata=np.stack([np.arange(len(px)), path.losses], axis=1),
                hovertemplate=label + "<br>" + texts["step"] + " %{customdata[0]}: (%{x:.3f}, %{y:.3f})"
                "<br>f = %{customdata[1]:.4g}<extra></extra>",
            )
        )  # fmt: skip
        animated.append(len(figure.data))
        figure.add_trace(
            go.Scatter(
                x=[px[-1]], y=[py[-1]], mode="markers", legendgroup=path.optimizer_id, showlegend=False,
                marker={"size": 12, "color": hue, "line": {"width": 2, "color": "white"}}, hoverinfo="skip",
            )
        )  # fmt: skip
        if path.optimizer_id in scales:
            animated.append(len(figure.data))
            ax, ay = _arrow(path, _state_name(path), len(px) - 1, scales[path.optimizer_id])
            figure.add_trace(
                go.Scatter(
                    x=ax, y=ay, mode="lines+markers", legendgroup=path.optimizer_id, showlegend=False,
                    line={"color": hue, "width": 3, "dash": "dot"},
                    marker={"symbol": "arrow", "angleref": "previous", "size": [0, 12], "color": hue},
                    hoverinfo="skip",
                )
            )  # fmt: skip
    figure.add_trace(
        go.Scatter(
            x=[m[0] for m in surface.minima], y=[m[1] for m in surface.minima], mode="markers", name=texts["minimum"],
            marker={"symbol": "star", "size": 16, "color": "gold", "line": {"width": 1, "color": "black"}},
            hovertemplate=texts["minimum"] + " (%{x:.3f}, %{y:.3f})<extra></extra>",
        )
    )  # fmt: skip
    figure.add_trace(
        go.Scatter(
            x=[start[0]], y=[start[1]], mode="markers", name=texts["start"],
            marker={"symbol": "x", "size": 12, "color": "black"},
        )
    )  # fmt: skip
    steps = len(paths[0].xs) - 1 if paths else 0
    # Frames as plain dicts, added without plotly's per-object validation: 60 frames × 3 traces × N
    # optimizers took ~1 s to validate and carry nothing but x and y.
    frames = []
    stride = max(1, steps // MAX_FRAME_POINTS)  # long races: thin the trails inside frames, never the end points
    for step in frame_steps(steps):
        data: list[dict] = []
        for path, (px, py) in zip(paths, clipped, strict=True):
            kept = [*range(0, step, stride), step]
            data.append({"type": "scatter", "x": px[kept].tolist(), "y": py[kept].tolist()})
            data.append({"type": "scatter", "x": [float(px[step])], "y": [float(py[step])]})
            if path.optimizer_id in scales:
                ax, ay = _arrow(path, _state_name(path), step, scales[path.optimizer_id])
                data.append({"type": "scatter", "x": ax, "y": ay})
        frames.append({"data": data, "traces": animated, "name": str(step)})
    figure.update_layout(
        height=height, margin={"l": 10, "r": 10, "t": 40, "b": 130}, clickmode="event+select", dragmode="pan",
        legend={"orientation": "h", "y": 1.01, "yanchor": "bottom", "x": 0}, hovermode="closest",
        xaxis={"range": list(surface.x_range), "title": "x", "showgrid": False, "zeroline": False},
        yaxis={"range": list(surface.y_range), "title": "y", "showgrid": False, "zeroline": False},
    )  # fmt: skip
    spec = figure.to_dict()
    spec["layout"].update(_controls([frame["name"] for frame in frames], texts))
    return go.Figure({**spec, "frames": frames}, skip_invalid=True, _validate=False)


def _controls(names: list[str], texts: dict[str, str]) -> dict:
    """Play/Pause buttons and the step slider, as a plain layout dict (no per-step validation)."""
    play = {"frame": {"duration": 60, "redraw": False}, "fromcurrent": False, "transition": {"duration": 0}}
    pause = {"frame": {"duration": 0, "redraw": False}, "mode": "immediate", "transition": {"duration": 0}}
    return dict(
        updatemenus=[
            {
                "type": "buttons", "direction": "left", "x": 0.0, "y": -0.14, "xanchor": "left", "yanchor": "top",
                "showactive": False, "pad": {"t": 0},
                "buttons": [
                    {"label": "▶ " + texts["play"], "method": "animate", "args": [None, play]},
                    {"label": "⏸ " + texts["pause"], "method": "animate", "args": [[None], pause]},
                ],
            }
        ],
        sliders=[
            {
                "active": len(names) - 1, "x": 0.2, "len": 0.8, "y": -0.1, "yanchor": "top",
                "currentvalue": {"prefix": texts["step"] + " ", "xanchor": "right"}, "pad": {"t": 0, "b": 0},
                "steps": [
                    {"label": name, "method": "animate", "args": [[name], pause]}
                    for name in names
                ],
            }
        ],
    )  # fmt: skip


def _lines(paths: list[RacePath], labels: dict[str, str], values: list[np.ndarray], y_title: str) -> go.Figure:
    figure = go.Figure()
    for path, series in zip(paths, values, strict=True):
        figure.add_trace(
            go.Scatter(
                x=np.arange(len(series)), y=series, mode="lines", name=labels.get(path.optimizer_id, path.optimizer_id),
                line={"color": colour(path.optimizer_id), "width": 2},
            )
        )  # fmt: skip
    figure.update_layout(
        height=320, margin={"l": 10, "r": 10, "t": 10, "b": 10},
        yaxis={"type": "log", "title": y_title, "tickformat": ".1~g"}, xaxis={"title": "step"},
        legend={"orientation": "h", "y": -0.3}, hovermode="x unified",
    )  # fmt: skip
    return figure


def loss_gap_figure(paths: list[RacePath], labels: dict[str, str], minimum: float, texts: dict[str, str]) -> go.Figure:
    """``f − f*`` against the step on a log axis (every surface's minimum becomes 0, even the saddle's −¼)."""
    gaps = [np.clip(path.losses - minimum, 1e-16, None) for path in paths]
    figure = _lines(paths, labels, gaps, texts["loss_axis"])
    figure.update_xaxes(title=texts["step"])
    return figure


def distance_figure(paths: list[RacePath], labels: dict[str, str], texts: dict[str, str]) -> go.Figure:
    """Distance to the nearest known minimum against the step (log axis)."""
    distances = [np.clip(path.distances, 1e-16, None) for path in paths]
    figure = _lines(paths, labels, distances, texts["distance_axis"])
    figure.update_xaxes(title=texts["step"])
    return figure
