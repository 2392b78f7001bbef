"""The audio studio's settings outlive a page switch and travel in a link, all from one table.

Why: Streamlit drops a page's widget values when the user opens another page
and clears the URL's query string, so a student who glanced at the training
studio came back to the default pipeline and seed. ``AUDIO_STATE``
(``playground.augment.audio.settings``) declares each setting once; from it,
kept values come back, a session's first visit reads the link (``pipe``,
``seed``, ``n``, ``rate``, ``stereo``, ``sample``: a bad value is cleaned and
reported, a damaged pipeline refused with a message), and after the builder
runs the settings are mirrored into the URL so a teacher can share the exact
grid. The user's own file or recording is kept by ``kept_inputs``; a link cannot carry it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import streamlit as st

from playground.augment.audio.pipeline import Pipeline
from playground.augment.audio.presets import DEFAULT, preset
from playground.augment.audio.settings import AUDIO_STATE, RATES, WIDGET_PREFIX
from playground.core.errors import InputError, Notice
from playground.ui.audio.builder import load_into_widgets
from playground.ui.audio.keys import LINK_ERROR, LINK_NOTES, LINK_READ, RATE, SAMPLE, SOURCE, STEREO
from playground.ui.audio.keys import N_DRAWS as N_KEY
from playground.ui.audio.keys import SEED as SEED_KEY
from playground.ui.audio.keys import TRANSFORMS as TRANSFORMS_KEY
from playground.ui.state.table import keep, read_link_once, seed_defaults, sync_url, write_widgets
from playground.ui.widgets import show_input_error, show_notices


def restore_settings(default_seed: int) -> None:
    """Before any widget: the values from this page's last visit, the link on a session's first visit, defaults."""
    keep(AUDIO_STATE, prefixes=(WIDGET_PREFIX,))
    state = st.session_state
    state.setdefault(SEED_KEY, int(default_seed))
    link = read_link_once(AUDIO_STATE, LINK_READ)
    if link is not None:
        _apply(*link)
    if TRANSFORMS_KEY not in state:
        load_into_widgets(preset(DEFAULT))
    state.setdefault(RATE, RATES[0])  # the widget's options are numbers; the table spells them as the link does
    seed_defaults(AUDIO_STATE)


def _apply(values: dict[str, Any], notes: tuple[Notice, ...]) -> None:
    """Write the link's (cleaned) settings into the widgets' keys; a damaged pipeline is reported, the rest apply."""
    state = st.session_state
    token = values.pop("pipe", None)
    if "rate" in values:
        state[RATE] = int(values.pop("rate"))
    if "sample" in values:
        state[SOURCE] = "sample"
    write_widgets(AUDIO_STATE, values)
    if token is not None:
        try:
            shared = Pipeline.read_url(token)
        except InputError as error:
            state[LINK_ERROR] = error
        else:
            load_into_widgets(shared.value)
            notes = (*notes, *shared.notes)
    state[LINK_NOTES] = notes


def show_link_messages() -> None:
    """What the link got wrong: a refused pipeline as an error, each cleaned value as a notice (both once)."""
    error = st.session_state.pop(LINK_ERROR, None)
    if error is not None:
        show_input_error(error)
    show_notices(st.session_state.pop(LINK_NOTES, ()))


def mirror_settings_in_url(pipeline: Pipeline) -> None:
    """Put the settings in the URL (only what changed, to keep history quiet); the sample only when in use."""
    state: Mapping[str, Any] = st.session_state
    values = {"pipe": pipeline.to_url(), "seed": state[SEED_KEY], "n": state[N_KEY],
              "rate": state.get(RATE, RATES[0]), "stereo": bool(state.get(STEREO))}  # fmt: skip
    if state.get(SOURCE, "sample") == "sample" and state.get(SAMPLE):
        values["sample"] = state[SAMPLE]
    sync_url(AUDIO_STATE, values)
