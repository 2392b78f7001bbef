"""The lab's table applied to the session: the link read once, widgets seeded, values read, the URL mirrored."""

from __future__ import annotations

from typing import Any

import streamlit as st

from playground.parallel.settings import TABLE, sizes_of, url_names_of_others, url_values
from playground.ui.i18n import current_language
from playground.ui.parallel.keys import LINK_NOTES, URL_READ
from playground.ui.state.table import keep, read_link_once, read_widgets, seed_defaults, sync_url, write_widgets


def init_state() -> None:
    """Kept values back, the link's values on the first visit, defaults for the rest (before any widget)."""
    keep(TABLE)
    link = read_link_once(TABLE, URL_READ)
    if link is not None:
        values, notes = link
        write_widgets(TABLE, values)
        if notes:
            st.session_state[LINK_NOTES] = notes
    seed_defaults(TABLE)


def current() -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(chosen experiment, its sizes, every table value), cleaned."""
    values = read_widgets(TABLE)
    experiment = str(values["experiment"])
    return experiment, sizes_of(experiment, values), values


def mirror(experiment: str, values: dict[str, Any]) -> None:
    """The chosen experiment and its sizes in the address bar; other experiments' sizes removed."""
    sync_url(TABLE, url_values(experiment, values), drop=url_names_of_others(experiment))


def show_link_notes() -> None:
    notes = st.session_state.pop(LINK_NOTES, ())
    if notes:
        language = current_language()
        st.warning("\n".join(f"- {note.message(language)}" for note in notes), icon=":material/link_off:")
