"""Compression studio: one model against its quantized, pruned and fused versions.

Reads top to bottom: pick a model (trained on first use, cached), pick methods and
their knobs, press Run; the comparison is kept in ``st.session_state`` so any later
rerun (a language switch, a plot choice) redraws it without recomputing. The
choices survive a visit to another page: the studio's table
(``playground.compress.settings``) names them.
"""

import streamlit as st

from playground.compress.compare import compare
from playground.compress.settings import COMPRESS
from playground.core.errors import InputError
from playground.ui import enter_page, show_input_error, t
from playground.ui.compress.keys import REPORT, REPORT_MODEL, RUN
from playground.ui.compress.methods import method_guide, method_label, pick_methods
from playground.ui.compress.models import describe, model_title, pick_model
from playground.ui.compress.results import show_report
from playground.ui.state.table import keep

enter_page()  # first: a deep link served before the router ran reruns through it

keep(COMPRESS)  # not the plot pickers: their options follow the report

st.title(t("compress.title"))
st.markdown(t("compress.intro"))

st.subheader(t("compress.step_model"), divider="blue")
chosen = pick_model()
if chosen is None:
    st.stop()
describe(chosen)

st.subheader(t("compress.step_methods"), divider="blue")
method_ids, settings = pick_methods()
method_guide()

run = st.button(t("compress.run"), key=RUN, type="primary", icon=":material/play_arrow:",
                disabled=not method_ids)  # fmt: skip
if not method_ids:
    st.caption(t("compress.pick_one"))
if run:
    with st.status(t("compress.running", n=len(method_ids) + 1), expanded=True) as status:
        bar = st.progress(0.0)

        def step(fraction: float, method_id: str) -> None:
            text = {"": t("compress.done"), "latency": t("compress.timing")}.get(method_id) or method_label(method_id)
            bar.progress(fraction, text=text)

        try:
            report = compare(chosen.model, chosen.task, method_ids, settings, model_name=chosen.name, step=step)
        except InputError as error:
            status.update(label=t("compress.failed"), state="error")
            show_input_error(error)
        else:
            st.session_state[REPORT] = report
            st.session_state[REPORT_MODEL] = chosen.key
            status.update(label=t("compress.finished", n=len(report.results)), state="complete", expanded=False)

report = st.session_state.get(REPORT)
st.subheader(t("compress.step_results"), divider="blue")
if report is None:
    st.info(t("compress.press_run"), icon=":material/arrow_upward:")
    st.stop()
if st.session_state.get(REPORT_MODEL) != chosen.key:
    st.warning(t("compress.results_for", name=model_title(report.model_name)), icon=":material/history:")
show_report(report)
