"""``t()``: translate a catalogue key into the language chosen in the sidebar."""

from __future__ import annotations

import streamlit as st

from playground.i18n import DEFAULT_LANGUAGE, normalize_language, translate
from playground.ui import keys


def current_language() -> str:
    """The language picked in the sidebar, else the URL's ``?lang=``, else English."""
    chosen = st.session_state.get(keys.LANGUAGE)
    if chosen:
        return normalize_language(chosen)
    return normalize_language(st.query_params.get("lang", DEFAULT_LANGUAGE))


def t(key: str, **params: object) -> str:
    """The text for ``key`` in the current language, formatted with ``params``."""
    return translate(key, current_language(), **params)
