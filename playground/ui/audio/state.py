"""The audio studio's settings outlive a page switch and travel in a link.

Why: Streamlit drops a page's widget values when the user opens another page
and clears the URL's query string, so a student who glanced at the training
studio came back to the default pipeline and seed. The widget values are kept
by ``keep_values``; after the builder runs, the settings are mirrored into the
URL (``pipe``, ``seed``, ``n``, ``sample``, ``rate``, ``stereo``) so a teacher
can share the exact grid, and a session's first visit reads them from there.
The user's own file or recording is kept by ``kept_inputs``; a link cannot carry it.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from playground.augment.audio.link import from_url, to_url
from playground.augment.audio.pipeline import Pipeline
from playground.core.errors import InputError
from playground.core.seeding import MAX_SEED
from playground.data.samples import samples_of
from playground.ui.audio.builder import TRANSFORMS_KEY, WIDGET_PREFIX, load_into_widgets
from playground.ui.audio.input import RATE, RATES, SAMPLE, SOURCE, STEREO
from playground.ui.audio.views import DEFAULT_DRAWS, DIFF_KEY, MAX_DRAWS, N_KEY, SEED_KEY
from playground.ui.state.kept_values import keep_widget_values
from playground.ui.widgets import show_input_error

LINK_READ, LINK_ERROR = "audio.link_read", "audio.link_error"
KEPT_KEYS = (TRANSFORMS_KEY, SEED_KEY, N_KEY, SAMPLE, RATE, STEREO, SOURCE, DIFF_KEY)  # not the focus: draws vary


def restore_settings(default_seed: int) -> None:
    """Before any widget: the values from this page's last visit, or from the link on a session's first visit."""
    keep_widget_values(KEPT_KEYS, prefixes=(WIDGET_PREFIX,))
    if not st.session_state.get(LINK_READ):
        st.session_state[LINK_READ] = True
        _apply(st.query_params)
    st.session_state.setdefault(SEED_KEY, int(default_seed))
    st.session_state.setdefault(N_KEY, DEFAULT_DRAWS)


def show_link_error() -> None:
    error = st.session_state.pop(LINK_ERROR, None)
    if error is not None:
        show_input_error(error)


def mirror_settings_in_url(pipeline: Pipeline) -> None:
    """Put the settings in the URL (only what changed, to keep history quiet)."""
    state = st.session_state
    wanted = {"pipe": to_url(pipeline), "seed": str(state[SEED_KEY]), "n": str(state[N_KEY])}
    wanted |= {"rate": str(state.get(RATE, RATES[0])), "stereo": str(int(bool(state.get(STEREO))))}
    if state.get(SOURCE, "sample") == "sample" and state.get(SAMPLE):
        wanted["sample"] = str(state[SAMPLE])
    for name, value in wanted.items():
        if st.query_params.get(name) != value:
            st.query_params[name] = value


def _clamp(text: str, low: int, high: int) -> int:
    return min(max(int(text), low), high)


def _set_pipeline(text: str) -> None:
    load_into_widgets(from_url(text))


def _set_rate(text: str) -> None:
    if int(text) in RATES:
        st.session_state[RATE] = int(text)


def _set_sample(text: str) -> None:
    if text in {sample.id for sample in samples_of("audio")}:
        st.session_state[SAMPLE], st.session_state[SOURCE] = text, "sample"


_SETTERS = {
    "pipe": _set_pipeline,
    "seed": lambda text: st.session_state.__setitem__(SEED_KEY, _clamp(text, 0, MAX_SEED)),
    "n": lambda text: st.session_state.__setitem__(N_KEY, _clamp(text, 1, MAX_DRAWS)),
    "rate": _set_rate,
    "stereo": lambda text: st.session_state.__setitem__(STEREO, text == "1"),
    "sample": _set_sample,
}


def _apply(settings: Mapping[str, str]) -> None:
    """Write the settings into the widgets' keys; a bad one is reported and skipped, the others still apply."""
    for name, setter in _SETTERS.items():
        if name not in settings:
            continue
        try:
            setter(settings[name])
        except InputError as error:
            st.session_state[LINK_ERROR] = error
        except ValueError:
            st.session_state[LINK_ERROR] = InputError("audio.error.bad_link")
