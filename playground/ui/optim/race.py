"""Optimizer race section: real torch.optim optimizers on a 2-D surface, animated in the browser.

The paths are computed once per settings (``st.cache_data`` keyed by a small
tuple, never arrays) and replayed client-side by plotly frames; a click on
the contour plot moves the start through a selection callback.
"""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from playground.nn.optimizers import OPTIMIZERS
from playground.optim.figures.race import distance_figure, loss_gap_figure, race_figure
from playground.optim.link import race_inputs
from playground.optim.race import Entry, RacePath, run_race
from playground.optim.settings import hyper_name
from playground.optim.surfaces import SURFACES
from playground.ui.i18n import labels_for, t
from playground.ui.optim.keys import RACE_CHART, RACERS, SHOW_STATE, START_X, START_Y, SURFACE
from playground.ui.optim.link import current_table, reset, seed
from playground.ui.optim.widgets import num
from playground.ui.state.table import read_widgets
from playground.ui.widgets import param_widget

CLOSE = 1e-2  # "reached the minimum" for the results table


def reset_for_surface() -> None:
    """A new surface brings its own start and suggested learning rates."""
    reset("race")


def _start_from_click() -> None:
    """Move the start to the clicked point (the invisible grid reports its coordinates)."""
    points = st.session_state[RACE_CHART].selection.get("points", [])
    if not points or "x" not in points[0]:
        return
    surface = SURFACES[st.session_state[SURFACE]]
    st.session_state[START_X] = round(min(max(float(points[0]["x"]), surface.x_range[0]), surface.x_range[1]), 2)
    st.session_state[START_Y] = round(min(max(float(points[0]["y"]), surface.y_range[0]), surface.y_range[1]), 2)


@st.cache_data(max_entries=64, show_spinner=False)
def _race(surface_id: str, start: tuple[float, float], steps: int, entries: tuple[Entry, ...]) -> list[RacePath]:
    return run_race(surface_id, start, steps, list(entries))


def _choices() -> tuple[str, list[str]]:
    """Surface and racers, side by side above the plot (the multiselect needs the width)."""
    seed("race")
    left, right = st.columns([1, 3])
    surface_id = left.selectbox(
        t("opt.race.surface"), list(SURFACES), format_func=labels_for("opt.surface", list(SURFACES)), key=SURFACE,
        on_change=reset_for_surface,
    )  # fmt: skip
    chosen = right.multiselect(
        t("opt.race.optimizers"),
        list(OPTIMIZERS),
        format_func=labels_for("optim", list(OPTIMIZERS)),
        key=RACERS,
    )
    return surface_id, chosen


@st.cache_data(max_entries=32, show_spinner=False)
def _figure(race: tuple, show_state: bool, labels: tuple, texts: tuple) -> go.Figure:
    """The animated figure (~0.15 s to build) cached by settings and language, like its paths."""
    surface_id, start = race[0], race[1]
    return race_figure(SURFACES[surface_id], _race(*race), dict(labels), dict(texts), start, show_state=show_state)


def _controls(chosen: list[str]) -> tuple[list[Entry], tuple[float, float], int, bool]:
    """Steps, start (in this surface's window) and the memory arrows, one expander of knobs per racer; the race."""
    race = current_table("race")
    for name in ("steps", "x0", "y0", "show_state"):
        param_widget(race[name].param, race[name].key)
    for optimizer_id in chosen:
        spec = OPTIMIZERS[optimizer_id]
        with st.expander(t("opt.race.settings", name=t(spec.title_key))):
            st.caption(t(spec.summary_key))
            for param in spec.params:
                field = race[hyper_name(optimizer_id, param.name)]
                param_widget(field.param, field.key)
    inputs = race_inputs(read_widgets(race))
    return list(inputs.entries), inputs.start, inputs.steps, bool(st.session_state[SHOW_STATE])


def _results(paths: list[RacePath], labels: dict[str, str]) -> list[dict[str, str]]:
    rows = []
    for path in paths:
        reached = next((step for step, d in enumerate(path.distances) if d < CLOSE), None)
        memory = "; ".join(
            f"{name} = ({num(vector[-1][0], 3)}, {num(vector[-1][1], 3)})" for name, vector in path.state.items()
        )
        rows.append({
            t("opt.race.col.optimizer"): labels[path.optimizer_id],
            t("opt.race.col.final_loss"): num(path.final_loss, 4),
            t("opt.race.col.distance"): num(float(path.distances[-1]), 3),
            t("opt.race.col.reached"): "—" if reached is None else str(reached),
            t("opt.race.col.diverged"): "—" if path.diverged_at is None else str(path.diverged_at),
            t("opt.race.col.state"): memory or "—",
        })  # fmt: skip
    return rows


def render_race() -> None:
    st.markdown(t("opt.race.intro"))
    surface_id, chosen = _choices()
    surface = SURFACES[surface_id]
    st.latex(surface.formula)
    st.caption(t(surface.summary_key))
    left, right = st.columns([1.2, 3], gap="medium")
    with left:
        entries, start, steps, show_state = _controls(chosen)
    with right:
        if not entries:
            st.info(t("opt.race.pick_one"), icon=":material/info:")
            return
        paths = _race(surface_id, start, steps, tuple(entries))
        labels = {entry.optimizer_id: t(f"optim.{entry.optimizer_id}") for entry in entries}
        names = ("play", "pause", "step", "minimum", "start", "pick", "colorbar")
        texts = {name: t(f"opt.race.fig.{name}") for name in names}
        if surface.log_contours:
            texts["colorbar"] = t("opt.race.fig.colorbar_log")
        race = (surface_id, start, steps, tuple(entries))
        figure = _figure(race, show_state, tuple(labels.items()), tuple(texts.items()))
        st.plotly_chart(
            figure,
            key=RACE_CHART,
            on_select=_start_from_click,
            selection_mode="points",
            config={"scrollZoom": False, "displayModeBar": False},
        )
        st.caption(t("opt.race.click_hint"))
        if show_state:
            st.caption(t("opt.race.state_caption"))
        diverged = [labels[path.optimizer_id] for path in paths if path.diverged_at is not None]
        if diverged:
            st.warning(t("opt.race.diverged", names=", ".join(diverged)), icon=":material/warning:")
    line_texts = {
        "step": t("opt.step"),
        "loss_axis": t("opt.race.loss_axis"),
        "distance_axis": t("opt.race.distance_axis"),
    }
    loss_column, distance_column = st.columns(2)
    with loss_column:
        st.markdown(f"**{t('opt.race.loss_heading')}**")
        st.plotly_chart(loss_gap_figure(paths, labels, surface.minimum_value, line_texts), key="opt.race_loss")
    with distance_column:
        st.markdown(f"**{t('opt.race.distance_heading')}**")
        st.plotly_chart(distance_figure(paths, labels, line_texts), key="opt.race_distance")
    st.markdown(f"**{t('opt.race.results')}**")
    st.dataframe(_results(paths, labels), hide_index=True, width="stretch")
