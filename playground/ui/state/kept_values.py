"""Widget values that outlive a visit to another page.

Why: Streamlit deletes a widget's value at the end of any run that did not
draw the widget, so opening another page made a studio forget its settings
(the seed, the chosen section, the methods picked). A page names the keys to
keep with ``keep_widget_values`` before drawing its widgets; the router calls
``copy_kept_values`` at the start of every run, while the last page's values
are still there, into a key no widget owns. When the page is opened again,
the values a page switch removed come back from that copy. Only named keys
are kept, because buttons, uploaders and chart selections cannot be set
through session state (Streamlit raises), and a result-dependent choice may
no longer exist.
"""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

_COPY, _NAMED = "global.kept_widget_values", "global.kept_widget_names"


def _is_named(key: object, named: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    keys, prefixes = named
    return isinstance(key, str) and (key in keys or key.startswith(prefixes))


def keep_widget_values(keys: Iterable[str] = (), prefixes: Iterable[str] = ()) -> None:
    """Put back this page's named values that a page switch removed; remember the names for ``copy_kept_values``."""
    state = st.session_state
    page_names = (frozenset(keys), tuple(prefixes))
    all_keys, all_prefixes = state.get(_NAMED, (frozenset(), ()))
    state[_NAMED] = (all_keys | page_names[0], tuple(dict.fromkeys(all_prefixes + page_names[1])))
    for key, value in state.get(_COPY, {}).items():
        if key not in state and _is_named(key, page_names):
            state[key] = value


def copy_kept_values() -> None:
    """Copy the named values now in session state (call first thing in every run, before the page)."""
    state = st.session_state
    named = state.get(_NAMED)
    if named is None:
        return
    copy: dict[str, object] = state.setdefault(_COPY, {})
    for key in state:
        if _is_named(key, named):
            copy[key] = state[key]
