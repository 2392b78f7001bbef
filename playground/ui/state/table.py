"""A studio's ``StateTable`` applied to Streamlit: widget keys, kept values and the address bar.

Why here and not in each studio: reading a link once per session, putting
values into widget keys before the widgets draw, reading them back into one
config and mirroring that config into the URL is the same four steps in every
studio. The table (``playground.core.state_table``) says *what*; this module
does it, the same way for all.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import streamlit as st

from playground.core.errors import Notice
from playground.core.state_table import StateTable
from playground.ui.state.kept_values import keep_widget_values
from playground.ui.widgets import widget_value


def keep(table: StateTable, prefixes: tuple[str, ...] = ()) -> None:
    """Bring back the table's kept values that a page switch removed (call before drawing widgets)."""
    keep_widget_values(table.kept_keys(), prefixes=prefixes)


def write_widgets(table: StateTable, values: Mapping[str, Any]) -> None:
    """Put ``values`` (cleaned by the table) into their widget keys; fields not given are left alone."""
    for name, value in values.items():
        if name in table.fields:
            field = table[name]
            st.session_state[field.key] = widget_value(field.param, field.param.clamp(value))


def seed_defaults(table: StateTable) -> None:
    """Each widget key that holds nothing yet gets its field's default."""
    for field in table:
        if field.key not in st.session_state:
            st.session_state[field.key] = widget_value(field.param, field.param.default)


def read_widgets(table: StateTable) -> dict[str, Any]:
    """Every field's value from its widget key (default where absent), cleaned by its ``Param``."""
    state = st.session_state
    return table.clean({field.name: state[field.key] for field in table if field.key in state}).value


def read_link_once(table: StateTable, done_key: str) -> tuple[dict[str, Any], tuple[Notice, ...]] | None:
    """On a session's first run of the page: what the link says (values, notices); later runs: None."""
    if st.session_state.get(done_key):
        return None
    st.session_state[done_key] = True
    query = {name: st.query_params[name] for name in st.query_params}
    if not any(url in query for url in table.url_names()):
        return {}, ()
    cleaned = table.from_query(query)
    return cleaned.value, cleaned.notes


def sync_url(table: StateTable, values: Mapping[str, Any], drop: tuple[str, ...] = ()) -> None:
    """Mirror ``values`` into the address bar, touching only what changed (history stays quiet).

    ``drop`` names link parameters to remove (another section's settings).
    """
    for name in drop:
        if name in st.query_params:
            del st.query_params[name]
    for name, text in table.to_query(values).items():
        if st.query_params.get(name) != text:
            st.query_params[name] = text
