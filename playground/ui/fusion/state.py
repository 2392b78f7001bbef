"""The fusion page's widgets ↔ one :class:`FusionConfig`, and the config ↔ the URL, all from ``TABLE``."""

from __future__ import annotations

import streamlit as st

from playground.core.config_table import flatten
from playground.core.errors import Notice
from playground.fusion.config import TABLE, FusionConfig, build, read_query
from playground.fusion.members import KINDS
from playground.ui.fusion.keys import CONFIG, KIND, LINK_NOTES, RULE, SEED_FROM_URL, URL_DONE
from playground.ui.state import table as table_state

NO_WIDGET = ("seed",)


def write_widgets(config: FusionConfig) -> None:
    values = {k: v for k, v in flatten(config).items() if k not in NO_WIDGET}
    table_state.write_widgets(TABLE, values)
    st.session_state[CONFIG] = config


def init_state(global_seed: int) -> None:
    """First run: the link's setup if it has one; after a visit elsewhere: the kept values; else defaults."""
    s = st.session_state
    table_state.keep(TABLE)
    link = table_state.read_link_once(TABLE, URL_DONE)
    if link is not None and link[0]:
        cleaned = read_query({k: st.query_params[k] for k in st.query_params})
        if cleaned.value.seed != global_seed and "seed" in st.query_params:
            s[SEED_FROM_URL] = (cleaned.value.seed, global_seed)
        s[LINK_NOTES] = cleaned.notes
        write_widgets(cleaned.value)
        return
    if TABLE.key("dataset") not in s:
        write_widgets(s.get(CONFIG) or FusionConfig(seed=global_seed))


def effective_seed(global_seed: int) -> int:
    """The link's seed until the user changes the sidebar seed."""
    pinned = st.session_state.get(SEED_FROM_URL)
    if pinned and pinned[1] == global_seed:
        return int(pinned[0])
    return global_seed


def config_from_widgets(seed: int) -> FusionConfig:
    values = table_state.read_widgets(TABLE)
    values["seed"] = seed
    config = build(values).value
    st.session_state[CONFIG] = config
    return config


def apply(values: dict[str, object]) -> None:
    """Load a setup (a challenge's) into the widgets: a callback, so it runs before they draw."""
    current = st.session_state.get(CONFIG) or FusionConfig()
    merged = {**flatten(current), **values}
    write_widgets(build(merged).value)


def on_rule() -> None:
    """The rule just picked wins: boosting votes need boosting rounds, stacking needs parallel members."""
    s = st.session_state
    if s.get(RULE) == "boosting":
        s[KIND] = "boosting"
    elif s.get(RULE) == "stacking" and not KINDS[s.get(KIND, "seed")].parallel:
        s[KIND] = "seed"


def on_kind() -> None:
    """The kind just picked wins: a rule it cannot serve falls back to the soft vote."""
    s = st.session_state
    kind = s.get(KIND, "seed")
    if (s.get(RULE) == "boosting" and kind != "boosting") or (s.get(RULE) == "stacking" and not KINDS[kind].parallel):
        s[RULE] = "soft"


def link_notes() -> tuple[Notice, ...]:
    return tuple(st.session_state.get(LINK_NOTES, ()))


def dismiss_link_notes() -> None:
    st.session_state.pop(LINK_NOTES, None)


def sync_url(config: FusionConfig) -> None:
    table_state.sync_url(TABLE, flatten(config))
