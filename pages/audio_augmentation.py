"""Audio augmentation studio: hear and see each augmentation, with seeded draws, spectrograms and exports.

The page is a thin script: widgets in ``playground/ui/audio/``, transforms,
pipelines, exports and figures in ``playground/augment/audio/``. Streamlit
reruns it top to bottom on every click; the draws are cached on (clip hash,
pipeline JSON, seed, count), so moving an unrelated widget does not recompute
them. The settings are declared once (``AUDIO_STATE``): they survive a visit
to another page and travel in the URL (``playground/ui/audio/state.py``).
"""

import streamlit as st

from playground.ui import enter_page, global_settings, t
from playground.ui.audio.builder import render_builder
from playground.ui.audio.input import describe, render_input, show_clip_notices
from playground.ui.audio.state import mirror_settings_in_url, restore_settings, show_link_messages
from playground.ui.audio.views import (
    compute_draws,
    render_compare,
    render_draw_controls,
    render_exports,
    render_grid,
    wav,
)

enter_page()  # first: a deep link served before the router ran reruns through it

settings = global_settings()
restore_settings(settings.seed)
st.title(t("audio.title"))
st.markdown(t("audio.intro"))
show_link_messages()

st.subheader(t("audio.step1"), divider="orange")
clip = render_input()
if clip is None:
    st.stop()
show_clip_notices(clip)
info, player = st.columns([1, 1.4], vertical_alignment="center")
info.markdown(describe(clip))
player.audio(wav(clip.samples, clip.rate), format="audio/wav")

st.subheader(t("audio.step2"), divider="orange")
pipeline = render_builder()
mirror_settings_in_url(pipeline)
if not pipeline.steps:
    st.info(t("audio.empty_pipeline"), icon=":material/playlist_add:")
    st.stop()

st.subheader(t("audio.step3"), divider="orange")
seed, n_draws = render_draw_controls()
with st.spinner():
    draws = compute_draws(clip.digest, clip.rate, pipeline.to_json(), seed, n_draws, clip.samples)
render_grid(draws, clip.rate, n_draws)

st.subheader(t("audio.step4"), divider="orange")
focus = render_compare(clip, draws, pipeline, seed)

st.subheader(t("audio.step5"), divider="orange")
render_exports(pipeline, draws, clip.rate, seed, focus)
