"""Train both runs and watch them: the buttons, and a fragment that polls the job's reports while it runs.

Why a fragment with ``run_every`` only while running: the curves redraw twice
a second without rerunning the page, and a paused or finished job costs
nothing. When the job finishes, one full rerun draws the results.
"""

from __future__ import annotations

import streamlit as st

from playground.training.runner.jobs import JobReport
from playground.training.runner.protocol import LOST
from playground.ui import t
from playground.ui.paced import paced_fragment
from playground.ui.training.session import starting_notice
from playground.ui.vision import session
from playground.ui.vision.keys import (
    CHART_CURVES,
    CHART_TIMES,
    JOB_ID,
    JOB_SPEC,
    LIVE,
    PAUSE,
    RESET,
    RESULT,
    RESUME,
    RUNNING,
    TRAIN,
)
from playground.vision import figures
from playground.vision.job import VisionSpec

REDRAW_S = 0.5  # curves by epoch change slowly; a short fragment run far inside its interval stays smooth


def run_names() -> dict[str, str]:
    return {"plain": t("vision.run.plain"), "augmented": t("vision.run.augmented")}


def controls(spec: VisionSpec, device: str) -> None:
    """Train (a new job from the settings), Pause or Resume, Reset; and whether the settings changed since."""
    state = st.session_state
    has_job, running = JOB_ID in state, bool(state.get(RUNNING))
    cols = st.columns([1.3, 1, 1, 2.5], vertical_alignment="center")
    cols[0].button(t("vision.train"), key=TRAIN, type="primary", icon=":material/play_arrow:",
                   on_click=session.train, args=(spec, device), width="stretch")  # fmt: skip
    if running:
        cols[1].button(t("vision.pause"), key=PAUSE, icon=":material/pause:", on_click=session.pause, width="stretch")
    else:
        cols[1].button(t("vision.resume"), key=RESUME, icon=":material/play_circle:", on_click=session.resume,
                       disabled=not has_job or RESULT in state, width="stretch")  # fmt: skip
    cols[2].button(t("vision.reset"), key=RESET, icon=":material/restart_alt:", on_click=session.release,
                   disabled=not has_job, width="stretch")  # fmt: skip
    if has_job and state.get(JOB_SPEC) != spec:
        cols[3].caption(t("vision.settings_changed"))
    elif not has_job:
        cols[3].caption(t("vision.press_train"))


def _status(report: JobReport) -> None:
    data = report.data or {}
    phase = data.get("phase", "training")
    epochs = data.get("epochs", 0)
    runs = data.get("runs", {})
    done = min((r["epoch"] for r in runs.values()), default=0)
    if report.status in LOST:
        st.error(t("vision.msg.lost"), icon=":material/error:")
    elif report.status == "error":
        st.error(t("vision.msg.error", error=session.job_error() or "?"), icon=":material/error:")
    elif report.status == "diverged":
        st.warning(t("vision.msg.diverged"), icon=":material/warning:")
    elif phase == "preparing":
        st.info(t("vision.preparing"), icon=":material/hourglass_top:")
    elif phase == "evaluating":
        st.info(t("vision.evaluating"), icon=":material/hourglass_top:")
    elif report.status == "paused":
        st.info(t("vision.paused", epoch=done, epochs=epochs), icon=":material/pause_circle:")
    st.progress(min(done / epochs, 1.0) if epochs else 0.0, text=t("vision.progress", epoch=done, epochs=epochs))
    speeds = " · ".join(f"{run_names()[name]}: {r['images_per_s']:,.0f}" for name, r in runs.items())
    if speeds:
        st.caption(t("vision.speed", speeds=speeds))


def draw_live() -> None:
    """The live view (a fragment that reruns itself while the job runs)."""
    running = bool(st.session_state.get(RUNNING))

    @paced_fragment("vision.live", REDRAW_S if running else None)
    def live() -> None:
        report = session.current_report()
        if report is None:
            starting_notice(st.session_state.get(JOB_ID), "vision.starting")
            return
        with st.container(key=LIVE):
            _status(report)
            runs = (report.data or {}).get("runs", {})
            histories = {name: r["history"] for name, r in runs.items() if r["history"]["epoch"]}
            if histories:
                labels = {**run_names(), "loss": t("vision.curve.loss"), "accuracy": t("vision.curve.accuracy"),
                          "clean": t("vision.test.clean"), "rotated": t("vision.test.rotated"),
                          "epoch": t("vision.epoch")}  # fmt: skip
                st.plotly_chart(figures.curves_figure(histories, labels), key=CHART_CURVES)
                times = {**run_names(), "title": t("vision.epoch_time"), "epoch": t("vision.epoch"),
                         "seconds": t("vision.seconds")}  # fmt: skip
                st.plotly_chart(figures.epoch_time_figure(histories, times), key=CHART_TIMES)
        if st.session_state.get(RUNNING) and session.stopped(report):
            st.session_state[RUNNING] = False  # finished, paused for idling, or failed: one full rerun shows it
            st.rerun()

    live()
