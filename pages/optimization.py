"""Optimization lab: a layer's forward pass, loss functions, gradient descent and the optimizer race.

A thin script: each section lives in ``playground/ui/optim/`` and only
the chosen section runs, so a slider in the race never recomputes the loss
calculator. The section and its settings are mirrored in the URL
(``?section=race&surface=rosenbrock&racers=sgd,adam…``, see ``playground.ui.optim.link``) so
a teacher can share the exact experiment; every section's settings survive a
visit to another page (``keep_widget_values``).
"""

import streamlit as st

from playground.ui import t
from playground.ui.i18n import labels_for
from playground.ui.optim import descent as optim_descent
from playground.ui.optim import losses as optim_losses
from playground.ui.optim import race as optim_race
from playground.ui.optim.descent import render_descent
from playground.ui.optim.forward import DEFAULTS as FORWARD_INPUTS
from playground.ui.optim.forward import render_forward
from playground.ui.optim.link import mirror_section, pop_skipped, read_link_once
from playground.ui.optim.losses import render_losses
from playground.ui.optim.race import render_race
from playground.ui.state.kept_values import keep_widget_values

SECTIONS = {"forward": render_forward, "losses": render_losses, "descent": render_descent, "race": render_race}
SECTION = "opt.section"


KEPT = (
    SECTION,
    *FORWARD_INPUTS,
    "opt.fw_depth",
    optim_losses.KIND,
    optim_losses.Y_TRUE,
    optim_losses.Y_PRED,
    "opt.curve_kind",
    "opt.outlier",
    optim_descent.FN,
    optim_descent.START,
    optim_descent.LR,
    optim_descent.STEPS,
    optim_race.SURFACE,
    optim_race.OPTIMIZERS_KEY,
    optim_race.STEPS,
    optim_race.START_X,
    optim_race.START_Y,
    "opt.show_state",
)

keep_widget_values(KEPT, prefixes=("opt.curve_losses.", "opt.hp.", optim_losses.LOSS_PARAM_PREFIX))
if SECTION not in st.session_state:
    requested = st.query_params.get("section", "forward")
    st.session_state[SECTION] = requested if requested in SECTIONS else "forward"
read_link_once()

st.title(t("opt.title"))
st.markdown(t("opt.intro"))
section = st.segmented_control(
    t("opt.section"),
    list(SECTIONS),
    format_func=labels_for("opt.section", list(SECTIONS)),
    key=SECTION,
    required=True,
    label_visibility="collapsed",
)
st.header(t(f"opt.section.{section}"), divider="blue")
if skipped := pop_skipped():
    st.warning(t("opt.link.skipped", items=", ".join(skipped)), icon=":material/link_off:")
SECTIONS[section]()
mirror_section(section)  # every run: a page switch clears the URL
