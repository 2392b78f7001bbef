"""A result on the page: headline, noisy or steady, load, figures, table, CSV, explanation, notes.

Why the load beside every figure: a speed-up measured while another class
trained on the same cores is a different fact from one measured on a quiet
machine, and the student must be able to tell which one is on the screen.
"""

from __future__ import annotations

import datetime as dt
import time

import streamlit as st

from playground.parallel.figures import figures_for
from playground.parallel.machine import describe_machine
from playground.parallel.results import Result, to_csv
from playground.parallel.summary import headline, reference_rows
from playground.ui.i18n import t
from playground.ui.parallel.keys import CSV, chart_key


def show_figures(result: Result) -> None:
    for index, figure in enumerate(figures_for(result, t)):
        st.plotly_chart(figure, key=chart_key(result.experiment, index), config={"displayModeBar": False})


def load_line(result: Result) -> None:
    if not result.points:
        return
    busiest = max(result.points, key=lambda p: p.others)
    st.caption(
        t(
            "parallel.load",
            busy=f"{busiest.busy_cores:.1f}",
            cores=describe_machine().cores,
            ours=f"{busiest.ours:.0f}",
            avg=f"{busiest.load_avg:.2f}",
        )
    )


def table(result: Result) -> None:
    rows = [
        {
            t("parallel.table.series"): p.series,
            t("parallel.table.x"): p.x,
            t("parallel.table.unit"): p.unit,
            t("parallel.table.median"): f"{p.median:.4g}",
            t("parallel.table.spread"): f"±{50 * p.spread:.0f} %",
            t("parallel.table.noisy"): "⚠" if p.noisy else "",
        }
        for p in result.points
    ]
    st.dataframe(rows, hide_index=True, width="stretch")


def reference_table(result: Result) -> None:
    rows = reference_rows(result)
    if not rows:
        return
    st.subheader(t("parallel.reference.title"))
    st.dataframe(
        [
            {
                t("parallel.reference.hardware"): r["hardware"],
                t("parallel.reference.fp32"): r["fp32_tflops"],
                t("parallel.reference.half"): f"{r['half_tflops']} {r['half']}" if r["half_tflops"] else "—",
                t("parallel.reference.at_peak"): f"{r['at_peak_ms']:.3f}" if r["at_peak_ms"] else "—",
                t("parallel.reference.source"): r["source"],
            }
            for r in rows
        ],
        hide_index=True,
        width="stretch",
    )


def show_result(result: Result, measured_at: float | None, guess: str | None) -> None:
    """Everything one result says; ``measured_at`` is None while it is still being measured."""
    if guess:
        st.markdown(t("parallel.your_guess", guess=t(f"parallel.guess.{result.experiment}.{guess}")))
    for key, params in headline(result):
        st.success(t(key, **params), icon=":material/insights:")
    if result.error:
        st.error(t("parallel.error", error=result.error[-300:]), icon=":material/error:")
    if result.capped:
        st.warning(t("parallel.msg.capped"), icon=":material/timer_off:")
    for key, params in result.notes:
        st.info(t(key, **params), icon=":material/info:")
    if result.points:
        if result.noisy:
            st.warning(t("parallel.noisy"), icon=":material/graphic_eq:")
        elif measured_at is not None:
            st.caption(t("parallel.quiet"))
        load_line(result)
    if measured_at is not None:
        when = dt.datetime.fromtimestamp(measured_at, dt.UTC).strftime("%H:%M:%S")
        st.caption(t("parallel.measured_at", time=when, ago=f"{time.time() - measured_at:.0f}"))
    if result.points:
        show_figures(result)
    reference_table(result)
    if result.points and measured_at is not None:
        with st.expander(t("parallel.table.title"), icon=":material/table:"):
            table(result)
        machine = describe_machine()
        st.caption(
            t("parallel.machine", cpu=machine.cpu, cores=machine.cores, torch=machine.torch, python=machine.python)
        )
        stamp = dt.datetime.fromtimestamp(measured_at, dt.UTC).isoformat(timespec="seconds")
        st.download_button(
            t("parallel.csv"),
            data=lambda: to_csv(result, describe_machine(), stamp).encode(),
            file_name=f"parallel-{result.experiment}.csv",
            mime="text/csv",
            key=CSV,
            on_click="ignore",
            icon=":material/download:",
        )
