"""The runs while they train: a table (status, epoch, accuracy, time per epoch, parameters) and overlaid curves.

Why a fragment: only this part reruns while a job trains (every ``POLL_S``), reading the latest
reports the worker pool collected; when the last run stops, one full rerun brings the other tabs
(sentence, mistakes, weights) up to date with the finished models.
"""

from __future__ import annotations

import streamlit as st

from playground.language.figures import curves
from playground.training.runner.protocol import LOST
from playground.ui.i18n import t
from playground.ui.language.keys import CURVES, METRIC, WAS_RUNNING, resume_key
from playground.ui.language.session import any_running, reports, resume
from playground.ui.paced import paced_fragment
from playground.ui.training.session import get_backend

POLL_S = 1.0  # a report a second: curves per epoch move slowly, and the shared server stays quiet
METRICS = ("test_acc", "test_loss", "train_loss", "epoch_s")


def _epoch_text(data: dict, epochs: int) -> str:
    """ "1/3 · 40%" while an epoch is under way, "3/3" at the end, the preparation's share before."""
    done, total = int(data.get("epoch", 0)), int(data.get("epochs", epochs))
    if data.get("phase") == "preparing":
        return f"0/{total} · {float(data.get('progress', 0.0)):.0%}"
    share = float(data.get("epoch_progress", 0.0))
    return f"{done}/{total}" if done >= total or share >= 1.0 or share == 0.0 else f"{done}/{total} · {share:.0%}"


def live_view() -> None:
    running = any_running()
    st.session_state[WAS_RUNNING] = running

    @paced_fragment("language.live", POLL_S if running else None)
    def _view() -> None:
        items = reports()
        if not items:
            st.info(t("language.no_runs"), icon=":material/model_training:")
            return
        rows, series = [], []
        for record, report in items:
            data = report.data if report is not None and report.data else {}
            history = data.get("history", {})
            status = report.status if report is not None else "idle"
            phase = data.get("phase", "preparing")
            shown = t(f"language.status.{phase}") if status in ("running", "idle") else t(f"language.status.{status}")
            if report is None and (place := get_backend().queue_position(record.sid)) is not None:
                shown = t("language.status.queued", n=place)  # a full cluster: it waits for room
            accuracy = history.get("test_acc", [])
            seconds = history.get("epoch_s", [])
            rows.append({
                t("language.col.run"): record.label,
                t("language.col.status"): shown,
                t("language.col.epoch"): _epoch_text(data, record.config.epochs),
                t("language.col.accuracy"): f"{accuracy[-1]:.1%}" if accuracy else "–",
                t("language.col.epoch_s"): f"{sum(seconds) / len(seconds):.2f}" if seconds else "–",
                t("language.col.params"): f"{data.get('n_params', 0):,}",
                t("language.col.vocab"): f"{data.get('vocab_size', 0):,}",
                t("language.col.oov"): f"{data.get('oov_share', 0.0):.2%}",
            })  # fmt: skip
            if history.get("epoch"):
                series.append((record.label, history))
            if report is not None and report.status in LOST:
                st.warning(t("language.lost", run=record.label), icon=":material/warning:")
            if report is not None and report.status == "paused":
                st.button(t("language.resume", run=record.label), key=resume_key(record.sid),
                          on_click=resume, args=(record.sid,), icon=":material/play_arrow:")  # fmt: skip
        st.dataframe(rows, hide_index=True, width="stretch")
        if series:
            metric = st.segmented_control(t("language.curve"), METRICS, key=METRIC, default="test_acc",
                                          format_func=lambda m: t(f"language.metric.{m}")) or "test_acc"  # fmt: skip
            st.plotly_chart(curves(series, metric, t(f"language.metric.{metric}"), t("language.col.epoch")),
                            width="stretch", key=CURVES)  # fmt: skip
        if st.session_state.get(WAS_RUNNING) and not any_running():
            st.session_state[WAS_RUNNING] = False
            st.rerun()  # the last run stopped: the whole page draws the trained models

    _view()
