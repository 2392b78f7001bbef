"""Optimization lab: a layer's forward pass, loss functions, gradient descent and the optimizer race.

A thin script: each section lives in ``playground/ui/optim/`` and only
the chosen section runs, so a slider in the race never recomputes the loss
calculator. The section and its settings are mirrored in the URL
(``?section=race&surface=rosenbrock&racers=sgd,adam…``) so a teacher can share
the exact experiment; every section's settings survive a visit to another
page. Both come from the sections' tables (``playground.optim.settings``).
"""

import streamlit as st

from playground.optim.settings import SECTIONS
from playground.ui import enter_page, t
from playground.ui.i18n import labels_for
from playground.ui.optim.descent import render_descent
from playground.ui.optim.forward import render_forward
from playground.ui.optim.keys import SECTION
from playground.ui.optim.link import keep_every_section, mirror_section, read_link_once, show_link_notes
from playground.ui.optim.losses import render_losses
from playground.ui.optim.race import render_race

enter_page()  # first: a deep link served before the router ran reruns through it

RENDER = {"forward": render_forward, "losses": render_losses, "descent": render_descent, "race": render_race}

keep_every_section()
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
show_link_notes()
RENDER[section]()
mirror_section(section)  # every run: a page switch clears the URL
