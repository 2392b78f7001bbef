"""The optimization lab's tables in the session: seeding widgets, resetting on a new choice, the address bar.

What each section's settings are, their link names and their widget keys is
declared in ``playground.optim.settings``; how a link reads and writes them in
``playground.optim.link``. This module applies both to ``st.session_state``:
a session's first visit reads the link once (before any widget draws), each
section seeds its widgets from its table, and after the shown section ran
its settings are mirrored into the URL and the other sections' dropped.
"""

from __future__ import annotations

import streamlit as st

from playground.core.errors import Notice
from playground.core.state_table import StateTable
from playground.optim.link import all_url_names, chosen_table, read_link, section_query
from playground.optim.settings import FOLLOW_CHOICE, PAGE, SELECTOR, table, tables
from playground.ui.i18n import current_language, t
from playground.ui.optim.keys import LINK_NOTES, LINK_READ, SECTION
from playground.ui.state.table import keep, read_widgets, seed_defaults, write_widgets


def keep_every_section() -> None:
    """Bring back every section's settings that a visit to another page removed (before any widget draws)."""
    for each in tables():
        keep(each)


def current_table(section: str) -> StateTable:
    """The section's table for the surface, function or kind chosen now."""
    if section not in SELECTOR:
        return table(section)
    return table(section, st.session_state.get(table(section).key(SELECTOR[section])))


def seed(section: str) -> None:
    """Widgets that hold nothing yet get the defaults of the chosen surface, function or kind."""
    seed_defaults(current_table(section))


def reset(section: str, names: tuple[str, ...] | None = None) -> None:
    """Put ``names`` (default: what follows the section's choice) back to the current table's defaults."""
    chosen = current_table(section)
    names = FOLLOW_CHOICE[section] if names is None else names
    write_widgets(chosen, {name: chosen[name].param.default for name in names})


def read_link_once() -> None:
    """On a session's first visit, apply the link's section and settings before any section draws its widgets."""
    state = st.session_state
    if not state.get(LINK_READ):
        state[LINK_READ] = True
        link = read_link({name: st.query_params[name] for name in st.query_params})
        state.setdefault(SECTION, link.section)
        for section, values in link.sections.items():
            write_widgets(chosen_table(section, values), values)
        if link.notes:
            state[LINK_NOTES] = link.notes
    seed_defaults(PAGE)


def show_link_notes() -> None:
    """Once: what the link could not use as written, in one message (each value and what was used instead)."""
    notes: tuple[Notice, ...] = st.session_state.pop(LINK_NOTES, ())
    if notes:
        language = current_language()
        lines = "\n".join(f"- {note.message(language)}" for note in notes)
        st.warning(f"{t('opt.link.notes')}\n\n{lines}", icon=":material/link_off:")


def mirror_section(section: str) -> None:
    """Put the shown section's settings in the URL and drop the other sections' (call after the section ran)."""
    wanted = section_query(section, read_widgets(current_table(section)))
    for name in set(all_url_names()) - wanted.keys():
        if name in st.query_params:
            del st.query_params[name]
    for name, value in wanted.items():
        if st.query_params.get(name) != value:
            st.query_params[name] = value
