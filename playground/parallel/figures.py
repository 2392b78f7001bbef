"""Plotly figures of the lab's results: a ``Result`` (and a translator for the labels) in, ``go.Figure`` out.

Why error bars everywhere: each bar or point is the median of the repeats,
and its bar spans the fastest to the slowest repeat, so a difference smaller
than the noise is visible as such.
"""

from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go

from playground.parallel.amdahl import PREDICT_TO, amdahl
from playground.parallel.results import Result
from playground.parallel.stats import Point

Translate = Callable[[str], str]
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")


def _layout(figure: go.Figure, title: str, x: str, y: str, *, log_x: bool = False) -> go.Figure:
    figure.update_layout(
        title=title,
        xaxis_title=x,
        yaxis_title=y,
        height=380,
        margin={"l": 60, "r": 20, "t": 50, "b": 50},
        legend={"orientation": "h", "y": -0.2},
    )
    if log_x:
        figure.update_xaxes(type="log")
    return figure


def _errors(points: list[Point], scale: Callable[[Point, float], float]) -> dict[str, object]:
    """Asymmetric error bars from the fastest to the slowest repeat, in the plotted unit."""
    return {
        "type": "data",
        "symmetric": False,
        "array": [max(0.0, max(scale(p, s) for s in p.samples) - scale(p, p.median)) for p in points],
        "arrayminus": [max(0.0, scale(p, p.median) - min(scale(p, s) for s in p.samples)) for p in points],
    }


def speedup_scale(base: Point | None) -> Callable[[Point, float], float]:
    """A sample as a speed-up over ``base``'s median (durations invert, rates divide)."""

    def scale(point: Point, value: float) -> float:
        if base is None or value <= 0 or base.median <= 0:
            return 0.0
        return base.median / value if point.unit == "s" else value / base.median

    return scale


def threads_figure(result: Result, tr: Translate) -> go.Figure:
    figure = go.Figure()
    top = 1.0
    for colour, series in zip(COLOURS, ("matmul", "mlp"), strict=False):
        points = sorted(result.series(series), key=lambda p: p.x)
        if not points:
            continue
        scale = speedup_scale(points[0] if points[0].x == 1 else None)
        figure.add_scatter(
            x=[p.x for p in points],
            y=[scale(p, p.median) for p in points],
            mode="lines+markers",
            name=tr(f"parallel.series.{series}"),
            line={"color": colour},
            error_y=_errors(points, scale),
        )
        top = max(top, *(p.x for p in points))
    figure.add_scatter(
        x=[1, top], y=[1, top], mode="lines", name=tr("parallel.series.ideal"), line={"dash": "dot", "color": "grey"}
    )
    figure.update_xaxes(dtick=1)
    return _layout(figure, tr("parallel.fig.threads"), tr("parallel.axis.threads"), tr("parallel.axis.speedup"))


def bars_figure(result: Result, series: tuple[str, ...], base: str, title: str, tr: Translate) -> go.Figure:
    """Each series' median relative to ``base``'s (1 = as fast as it)."""
    reference = (result.series(base) or [None])[0]
    scale = speedup_scale(reference)
    points = [p for name in series for p in result.series(name)]
    figure = go.Figure(
        go.Bar(
            x=[tr(f"parallel.series.{p.series}") for p in points],
            y=[scale(p, p.median) for p in points],
            error_y=_errors(points, scale),
            marker_color=list(COLOURS[: len(points)]),
        )
    )
    figure.add_hline(y=1.0, line_dash="dot", line_color="grey")
    return _layout(figure, title, "", tr("parallel.axis.relative"))


def ddp_share_figure(result: Result, tr: Translate) -> go.Figure:
    shares = result.extra.get("allreduce_share") or []
    figure = go.Figure(
        go.Scatter(
            x=[s["params"] for s in shares],
            y=[100 * s["share"] for s in shares],
            mode="lines+markers",
            text=[f"width {s['width']}" for s in shares],
        )
    )
    return _layout(figure, tr("parallel.fig.share"), tr("parallel.axis.params"), tr("parallel.axis.share"), log_x=True)


def ddp_figure(result: Result, tr: Translate) -> go.Figure:
    points = sorted(result.series("samples_per_s"), key=lambda p: p.x)
    figure = go.Figure(
        go.Bar(
            x=[tr("parallel.axis.processes").format(n=int(p.x)) for p in points],
            y=[p.median for p in points],
            error_y=_errors(points, lambda p, v: v),
        )
    )
    return _layout(figure, tr("parallel.fig.ddp"), "", tr("parallel.axis.samples_s"))


def batching_figure(result: Result, tr: Translate) -> go.Figure:
    points = sorted(result.series("throughput"), key=lambda p: p.x)
    figure = go.Figure(
        go.Scatter(
            x=[p.x for p in points],
            y=[p.median for p in points],
            mode="lines+markers",
            name=tr("parallel.series.throughput"),
            error_y=_errors(points, lambda p, v: v),
        )
    )
    figure.update_xaxes(tickvals=[p.x for p in points], ticktext=[f"{p.x:g}" for p in points])
    return _layout(
        figure, tr("parallel.fig.batching"), tr("parallel.axis.batch"), tr("parallel.axis.samples_s"), log_x=True
    )


def accuracy_figure(result: Result, tr: Translate) -> go.Figure:
    runs = result.extra.get("accuracy") or {}
    sizes = sorted(runs, key=int)
    figure = go.Figure(
        go.Bar(
            x=[str(s) for s in sizes],
            y=[runs[s]["seconds"] for s in sizes],
            marker_color=["#2ca02c" if runs[s]["reached"] else "#bbbbbb" for s in sizes],
            text=[
                tr("parallel.epochs").format(n=runs[s]["epochs"]) if runs[s]["reached"] else tr("parallel.not_reached")
                for s in sizes
            ],
        )
    )
    figure.update_xaxes(type="category")
    return _layout(figure, tr("parallel.fig.accuracy"), tr("parallel.axis.batch"), tr("parallel.axis.seconds"))


def amdahl_figure(result: Result, tr: Translate) -> go.Figure:
    points = sorted(result.series("chain"), key=lambda p: p.x)
    scale = speedup_scale(points[0] if points else None)
    fitted = float(result.extra.get("fitted_serial") or 0.0)
    cores = [2**i for i in range(0, 7)]
    figure = go.Figure()
    figure.add_scatter(
        x=cores, y=cores, mode="lines", name=tr("parallel.series.ideal"), line={"dash": "dot", "color": "grey"}
    )
    grid = [1 + i * (PREDICT_TO - 1) / 120 for i in range(121)]
    figure.add_scatter(
        x=grid,
        y=[amdahl(p, fitted) for p in grid],
        mode="lines",
        name=tr("parallel.series.predicted").format(s=f"{100 * fitted:.0f}"),
    )
    figure.add_scatter(
        x=[p.x for p in points],
        y=[scale(p, p.median) for p in points],
        mode="markers",
        marker={"size": 11},
        name=tr("parallel.series.measured"),
        error_y=_errors(points, scale),
    )
    if fitted > 0:
        figure.add_hline(
            y=1 / fitted,
            line_dash="dash",
            line_color="#d62728",
            annotation_text=tr("parallel.ceiling").format(x=f"{1 / fitted:.1f}"),
        )
    here = int(result.extra.get("cores") or (points[-1].x if points else 1))
    figure.add_vline(x=here, line_dash="dot", line_color="#2ca02c", annotation_text=tr("parallel.this_machine"))
    measured = [scale(p, p.median) for p in points]
    top = min(float(PREDICT_TO), max(4.0, 1.25 / fitted if fitted > 0 else PREDICT_TO, 1.3 * max(measured, default=1)))
    figure.update_yaxes(range=[0, top])
    figure.update_xaxes(tickvals=cores, ticktext=[str(c) for c in cores])
    return _layout(
        figure, tr("parallel.fig.amdahl"), tr("parallel.axis.cores"), tr("parallel.axis.speedup"), log_x=True
    )


def compile_figure(result: Result, tr: Translate) -> go.Figure:
    points = [p for name in ("eager", "compiled") for p in result.series(name)]
    figure = go.Figure(
        go.Bar(
            x=[tr(f"parallel.series.{p.series}") for p in points],
            y=[1e3 * p.median for p in points],
            error_y=_errors(points, lambda p, v: 1e3 * v),
        )
    )
    return _layout(figure, tr("parallel.fig.compile"), "", tr("parallel.axis.ms_step"))


def devices_figure(result: Result, tr: Translate) -> go.Figure:
    points = [p for p in result.points if "|" in p.series]
    figure = go.Figure(
        go.Bar(
            x=[p.series.replace("|", " · ") for p in points],
            y=[1e3 * p.median for p in points],
            error_y=_errors(points, lambda p, v: 1e3 * v),
        )
    )
    return _layout(figure, tr("parallel.fig.devices"), "", tr("parallel.axis.ms"))


FIGURES: dict[str, Callable[[Result, Translate], list[go.Figure]]] = {
    "threads": lambda r, tr: [threads_figure(r, tr)],
    "gil": lambda r, tr: [bars_figure(r, ("one", "threads", "processes"), "one", tr("parallel.fig.gil"), tr)],
    "ddp": lambda r, tr: [ddp_figure(r, tr), ddp_share_figure(r, tr)],
    "batching": lambda r, tr: [
        batching_figure(r, tr),
        accuracy_figure(r, tr),
        bars_figure(r, ("loop", "vmap"), "loop", tr("parallel.fig.vmap"), tr),
    ],
    "amdahl": lambda r, tr: [amdahl_figure(r, tr)],
    "compile": lambda r, tr: [compile_figure(r, tr)],
    "devices": lambda r, tr: [devices_figure(r, tr)],
}


def figures_for(result: Result, tr: Translate) -> list[go.Figure]:
    """The figures of one experiment's result, in the order the page shows them."""
    return FIGURES[result.experiment](result, tr)
