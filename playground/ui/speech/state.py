"""The lab's widgets ↔ one :class:`SpeechConfig` ↔ the URL, all from the table ``SPEECH``.

Why the shared machinery (``playground.ui.state.table``): kept values after
a page switch, the link read once per session (bad values cleaned and
reported), defaults into widget keys and the address bar mirrored are the
same four steps as in every studio. The seed is the sidebar's, or a link's
until the sidebar changes, as on the training page.
"""

from __future__ import annotations

import streamlit as st

from playground.speech.settings import SPEECH, SpeechConfig, config_of
from playground.ui.speech.keys import LINK_NOTES, LINK_READ, SEED_FROM_URL
from playground.ui.state.table import keep, read_link_once, read_widgets, seed_defaults, sync_url, write_widgets
from playground.ui.widgets import show_notices

NO_WIDGET = ("seed",)


def init_state(global_seed: int) -> None:
    """Before any widget: kept values, then the link on a session's first visit, then defaults."""
    keep(SPEECH)
    link = read_link_once(SPEECH, LINK_READ)
    if link is not None:
        values, notes = link
        seed = values.pop("seed", None)
        if seed is not None and seed != global_seed:
            st.session_state[SEED_FROM_URL] = (int(seed), global_seed)
        write_widgets(SPEECH, values)
        st.session_state[LINK_NOTES] = notes
    seed_defaults(SPEECH)


def show_link_notes() -> None:
    show_notices(st.session_state.pop(LINK_NOTES, ()))


def effective_seed(global_seed: int) -> int:
    pinned = st.session_state.get(SEED_FROM_URL)
    if pinned and pinned[1] == global_seed:
        return int(pinned[0])
    return global_seed


def current_config(seed: int) -> SpeechConfig:
    """The widgets' values as one validated config (each ``Param`` cleans its own)."""
    values = {k: v for k, v in read_widgets(SPEECH).items() if k not in NO_WIDGET}
    return config_of({**values, "seed": seed})


def mirror_in_url(config: SpeechConfig) -> None:
    values = {field.name: getattr(config, field.name) for field in SPEECH}
    sync_url(SPEECH, values)
