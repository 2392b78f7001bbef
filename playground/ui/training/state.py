"""The training page's widgets ↔ one :class:`TrainConfig`, and the config ↔ the URL, all from ``TABLE``.

Why widgets are filled from a config (and not given ``value=``): a preset, a
shared link and a return to the page after visiting another one all restore
the same way, by writing the config into the widget keys before they render.
Which key holds which field, which keys survive a page switch and how a link
reads are not written here: they come from the table
(``playground.training.config.TABLE``) and the registries' knobs (``KNOBS``).
What is here is only what widgets need on top: the hidden layers spread over
one key per layer, the learning-rate and penalty select sliders (a listed
value each), and the "own data" choice that no link can carry.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import streamlit as st

from playground.core.config_table import flatten
from playground.core.errors import Notice
from playground.nn.losses import LOSSES
from playground.training.config import KNOBS, TABLE, TrainConfig, build, read_query, to_query
from playground.training.model import MAX_LAYERS
from playground.ui.state.kept_values import keep_widget_values
from playground.ui.training.keys import (
    CONFIG,
    DATASET,
    LINK_NOTES,
    LR,
    N_LAYERS,
    OWN_SELECTED,
    OWN_TASK,
    OWN_TASK_DATASET,
    REG_RATE,
    SEED_FROM_URL,
    URL_DONE,
    item_key,
)
from playground.ui.widgets import widget_value

__all__ = ["MAX_LAYERS"]  # re-exported for the controls

OWN = "own"  # the dataset choice for uploaded / clicked data (a value of the dataset key, not a key)
NO_WIDGET = ("seed",)  # the sidebar's (or the link's) seed: passed in, never a widget here
LR_STEPS = [1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0]
REG_RATES = [0.0, 1e-5, 1e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1.0]
LISTS = tuple(field for field in TABLE if field.param.kind == "list")


def snap(value: float, steps: list[float]) -> float:
    """The grid value nearest to ``value`` on a log scale (select sliders need a listed value)."""
    if value <= 0:
        return steps[0]
    return min(steps, key=lambda s: abs(math.log(max(s, 1e-12)) - math.log(value)))


def _on_grid(key: str, value: Any) -> Any:
    """What a select slider may hold: the learning rate and the penalty rate snap to their grids."""
    if key == LR:
        return snap(float(value), LR_STEPS)
    if key == REG_RATE:
        return snap(float(value), REG_RATES[1:]) if value > 0 else 0.0
    return value


def write_widgets(config: TrainConfig, own_data: bool = False) -> None:
    """Put every value of ``config`` into the widget keys (call before the widgets render)."""
    s = st.session_state
    values = flatten(config)
    for field in TABLE:
        if field.name in NO_WIDGET:
            continue
        if field.param.kind == "list":  # one key per hidden layer
            for index, item in enumerate(values[field.name]):
                s[item_key(field.key, index)] = item
        else:
            s[field.key] = _on_grid(field.key, widget_value(field.param, values[field.name]))
    s[N_LAYERS] = len(config.model.widths)
    if own_data:
        s[DATASET] = OWN
    for group in KNOBS:
        chosen, given = getattr(config, group.choice), getattr(config, group.values)
        for entry, param, key in group.widget_keys():
            s[key] = given.get(param.name, param.default) if entry.name == chosen else param.default
        for name, key in group.own_keys:
            s[key] = _on_grid(key, given.get(name, group.registry[chosen].param(name).default))
    s[CONFIG] = config


def kept() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys (and key prefixes) whose values survive a visit to another page, from the table."""
    keys = (*TABLE.kept_keys(), N_LAYERS, *(key for group in KNOBS for _, key in group.own_keys))
    prefixes = (*(f"{field.key}." for field in LISTS), *(group.prefix() for group in KNOBS))
    return keys, prefixes


def init_state(global_seed: int) -> None:
    """On the page's first run: the URL's config if it has one; after leaving and coming back: the kept values."""
    s = st.session_state
    keys, prefixes = kept()
    keep_widget_values(keys, prefixes)
    if not s.get(URL_DONE):
        s[URL_DONE] = True
        query = {key: st.query_params.get(key) for key in st.query_params}
        if TABLE["dataset"].url in query:  # a training link always names its data set
            link = read_query(query)
            if link.value.seed != global_seed:
                s[SEED_FROM_URL] = (link.value.seed, global_seed)
            s[LINK_NOTES] = link.notes
            write_widgets(link.value)
            return
    if DATASET not in s:  # first visit (or nothing kept): the last config, else the opening screen
        write_widgets(s.get(CONFIG) or TrainConfig(seed=global_seed), own_data=s.get(OWN_SELECTED, False))


def link_notes() -> tuple[Notice, ...]:
    return tuple(st.session_state.get(LINK_NOTES, ()))


def dismiss_link_notes() -> None:
    st.session_state.pop(LINK_NOTES, None)


def effective_seed(global_seed: int) -> int:
    """The link's seed until the user changes the sidebar seed."""
    pinned = st.session_state.get(SEED_FROM_URL)
    if pinned and pinned[1] == global_seed:
        return int(pinned[0])
    return global_seed


def config_from_widgets(seed: int) -> TrainConfig:
    """Read every widget into one validated config (the table's ``Param``s clamp and default)."""
    s = st.session_state
    values: dict[str, Any] = {f.name: s[f.key] for f in TABLE if f.param.kind != "list" and f.key in s}
    layers = int(s.get(N_LAYERS, len(TrainConfig().model.widths)))
    for field in LISTS:
        item = field.param.item
        values[field.name] = [s.get(item_key(field.key, i), item.default if item else None) for i in range(layers)]
    values["seed"] = seed
    chosen = values.get("dataset")
    if chosen == OWN:  # own data: a generated set of the same task stands in (links carry no upload)
        values["dataset"] = s.get(OWN_TASK_DATASET, "circle")
    config = build(values, lambda group, entry: group.from_widgets(entry, s)).value
    if chosen == OWN:  # own data decides the task; keep the chosen loss if it fits
        config = _loss_for_own_data(config, s.get(OWN_TASK, "classification"), values.get("loss"))
    s[CONFIG] = config
    return config


def _loss_for_own_data(config: TrainConfig, task: str, chosen: object) -> TrainConfig:
    if LOSSES[config.loss].kind == task:
        return config
    fits = chosen in LOSSES and LOSSES[chosen].kind == task  # type: ignore[index]
    fallback = "mse" if task == "regression" else "cross_entropy"
    return replace(config, loss=chosen if fits else fallback, loss_params={})  # type: ignore[arg-type]


def sync_url(config: TrainConfig) -> None:
    """Mirror the config into the address bar (own data cannot travel in a link: the generated set is shared).

    Knobs of a loss, optimizer or schedule no longer chosen are removed, so the link shows only what it sets.
    """
    wanted = to_query(config)
    stale = [name for name in st.query_params if name.startswith(tuple(g.url for g in KNOBS)) and name not in wanted]
    for name in stale:
        del st.query_params[name]
    current = {key: st.query_params.get(key) for key in wanted}
    if current != wanted:
        st.query_params.update(wanted)
