"""Speech lab: a spoken-digit classifier trained live, with and without the audio studio's augmentation.

Reading order: the data (spoken digits in English accents and Mandarin,
some voices held out) and its front ends; the model and the augmentation;
Train sends one job with both runs (same seed, augmentation off and on) to
the training backend and a fragment polls its reports; the finished runs
are kept in session state and drawn as an accuracy table on seen, unseen
and noisy unseen voices, confusion matrices and mistakes that play; then
the student's own voice meets both models, and the models can be taken away.
The settings live in one table (``playground.speech.settings.SPEECH``) and
travel in the URL.
"""

from __future__ import annotations

import streamlit as st

from playground.ui import enter_page, global_settings, t
from playground.ui.speech.data_panel import data_panel, example_panel, load_data
from playground.ui.speech.keys import RESULT, RUNNING
from playground.ui.speech.results import results_panel
from playground.ui.speech.state import current_config, effective_seed, init_state, mirror_in_url, show_link_notes
from playground.ui.speech.train_panel import augment_controls, live_panel, model_code, model_controls, train_buttons
from playground.ui.speech.try_panel import export_panel, try_panel
from playground.ui.training.session import backend_notice

enter_page()  # first: a deep link served before the router ran reruns through it

settings = global_settings()
init_state(settings.seed)
seed = effective_seed(settings.seed)

st.title(t("speech.title"))
backend_notice()  # the configured training cluster is down: say so before anything trains
st.markdown(t("speech.intro"))
show_link_notes()

st.subheader(t("speech.step.data"), divider="violet")
data = load_data()
if data is None:
    st.stop()
data_panel(data)

st.subheader(t("speech.step.train"), divider="violet")
model_controls()
st.markdown(f"**{t('speech.augment_title')}**")
pipeline = augment_controls()
config = current_config(seed)
mirror_in_url(config)
model_code(config)
with st.expander(t("speech.ex.title"), icon=":material/graphic_eq:"):
    example_panel(data, pipeline, seed)
st.caption(t("speech.train_help", seed=seed))
train_buttons(config, pipeline, str(settings.device.device))
live_panel()

result = st.session_state.get(RESULT)
st.subheader(t("speech.step.results"), divider="violet")
if result is None:
    busy = st.session_state.get(RUNNING)
    st.info(t("speech.results.wait" if busy else "speech.results.press"), icon=":material/insights:")
else:
    if result["config"] != config:
        st.caption(t("speech.results.older"))
    results_panel(result)

st.subheader(t("speech.step.try"), divider="violet")
try_panel(result)

st.subheader(t("speech.step.export"), divider="violet")
export_panel(result)
