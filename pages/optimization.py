"""Optimization lab: a layer's forward pass, loss functions, gradient descent and the optimizer race.

A thin script: each section lives in ``playground/ui/optim_*.py`` and only
the chosen section runs, so a slider in the race never recomputes the loss
calculator. The section is mirrored in the URL (``?section=race``) so a
teacher can share a link that opens on the race.
"""

import streamlit as st

from playground.ui import t
from playground.ui.optim_descent import render_descent
from playground.ui.optim_forward import render_forward
from playground.ui.optim_losses import render_losses
from playground.ui.optim_race import render_race
from playground.ui.optim_widgets import labels_for

SECTIONS = {"forward": render_forward, "losses": render_losses, "descent": render_descent, "race": render_race}
SECTION = "opt.section"


def _remember_section() -> None:
    st.query_params["section"] = st.session_state[SECTION]


if SECTION not in st.session_state:
    requested = st.query_params.get("section", "forward")
    st.session_state[SECTION] = requested if requested in SECTIONS else "forward"

st.title(t("opt.title"))
st.markdown(t("opt.intro"))
section = st.segmented_control(
    t("opt.section"),
    list(SECTIONS),
    format_func=labels_for("opt.section", list(SECTIONS)),
    key=SECTION,
    required=True,
    on_change=_remember_section,
    label_visibility="collapsed",
)
st.header(t(f"opt.section.{section}"), divider="blue")
SECTIONS[section]()
