"""Language lab: text classification from a bag of words to attention, trained live on real Chinese reviews.

Reading order: the settings row writes session keys (from the state table); they become one config
mirrored into the URL; "Train" starts a job in the server's worker pool; the live view polls its
reports; finished runs' weights come back once and explain every typed sentence.
"""

from __future__ import annotations

import streamlit as st

from playground.language.corpora import CORPORA
from playground.ui import enter_page, global_settings, show_notices, t
from playground.ui.language.controls import remember_config, run_buttons, setting_row, settings_expander
from playground.ui.language.data import data_tab, tokens_tab
from playground.ui.language.extras import export_tab, pretraining_tab, probes_tab
from playground.ui.language.inside import inside_tab, results_tab
from playground.ui.language.keys import SENTENCE
from playground.ui.language.live import live_view
from playground.ui.language.sentence import sentence_tab
from playground.ui.language.session import any_running, runs
from playground.ui.language.state import current_config, init_state, link_notes
from playground.ui.training.session import backend_notice

enter_page()  # first: a deep link served before the router ran reruns through it

settings = global_settings()
init_state()

st.title(t("language.title"))
backend_notice()  # the configured training cluster is down: say so before anything trains
st.caption(t("language.intro"))
show_notices(link_notes())
setting_row()
config = current_config(settings.seed)
remember_config(config, str(settings.device.device))
settings_expander(config.model)
run_buttons(any_running(), bool(runs()))
live_view()

tabs = st.tabs([t(f"language.tab.{name}") for name in
                ("sentence", "data", "tokens", "inside", "results", "probes", "pretraining", "export")])  # fmt: skip
with tabs[0]:
    sentence_tab(CORPORA[config.corpus].language)
with tabs[1]:
    data_tab(config)
with tabs[2]:
    tokens_tab(config, str(st.session_state.get(SENTENCE, "")))  # the sentence tab ran first: its text
with tabs[3]:
    inside_tab()
with tabs[4]:
    results_tab()
with tabs[5]:
    probes_tab()
with tabs[6]:
    pretraining_tab()
with tabs[7]:
    export_tab()
