"""``t()``: translate a catalogue key into the language chosen in the sidebar; ``labels_for`` for option lists."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from playground.i18n import DEFAULT_LANGUAGE, normalize_language, translate
from playground.ui.app import keys


def current_language() -> str:
    """The language picked in the sidebar, else the URL's ``?lang=``, else English."""
    chosen = st.session_state.get(keys.LANGUAGE)
    if chosen:
        return normalize_language(chosen)
    return normalize_language(st.query_params.get("lang", DEFAULT_LANGUAGE))


def t(key: str, **params: object) -> str:
    """The text for ``key`` in the current language, formatted with ``params``."""
    return translate(key, current_language(), **params)


def labels_for(prefix: str, options: list[str] | tuple[str, ...]) -> Callable[[str], str]:
    """A ``format_func`` translated now, in this run's language.

    Why not ``lambda o: t(...)``: Streamlit keeps the function and may call it
    outside the script run (AppTest does), where the language is unknown.
    """
    return {option: t(f"{prefix}.{option}") for option in options}.__getitem__
