"""``t()``: translate a catalogue key into the language chosen in the sidebar; ``labels_for`` for option lists."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import streamlit as st
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

from playground.i18n import DEFAULT_LANGUAGE, normalize_language, translate
from playground.ui.app import keys

_MEMO = "_playground_language"  # on the script run context: (this run's cursors, its language)


def _read_language() -> str:
    chosen = st.session_state.get(keys.LANGUAGE)
    if chosen:
        return normalize_language(chosen)
    return normalize_language(st.query_params.get("lang", DEFAULT_LANGUAGE))


def current_language() -> str:
    """The language picked in the sidebar, else the URL's ``?lang=``, else English.

    Read once per script run: a page calls ``t()`` a few hundred times, and
    each read of session state and the URL took ~30 µs under the session's
    lock, ~10 ms of every rerun of the image studio. The language cannot
    change inside a run (the sidebar's selector changes it between runs; the
    sidebar only fills it in from this same value), and every run, fragment
    runs included, starts with a fresh ``cursors`` dict on its context, which
    tells one run from the next.
    """
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None:
        return _read_language()
    memo = getattr(ctx, _MEMO, None)
    if memo is not None and memo[0] is ctx.cursors:
        return memo[1]
    language = _read_language()
    with contextlib.suppress(AttributeError):  # a context that takes no new attributes: read every time
        setattr(ctx, _MEMO, (ctx.cursors, language))
    return language


def t(key: str, **params: object) -> str:
    """The text for ``key`` in the current language, formatted with ``params``."""
    return translate(key, current_language(), **params)


def labels_for(prefix: str, options: list[str] | tuple[str, ...]) -> Callable[[str], str]:
    """A ``format_func`` translated now, in this run's language.

    Why not ``lambda o: t(...)``: Streamlit keeps the function and may call it
    outside the script run (AppTest does), where the language is unknown.
    """
    return {option: t(f"{prefix}.{option}") for option in options}.__getitem__
