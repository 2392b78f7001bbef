"""A shared link to the optimization lab, read and written: ``?section=race&surface=rosenbrock&racers=sgd,adam…``.

Why: "open this link: Adam against SGD on Rosenbrock from (-1.5, 2)" is how a
class gets to the same picture. The shown section's settings go in the link
and the other sections' are left out, so a link says one thing. Reading a
link gives each section it names all of its settings: the section's
defaults (for the link's surface, function or kind), then the link's values,
each cleaned by its ``Param`` (numbers clamped into range, unknown names
skipped), with a notice for every value that had to change.

A section's link is mostly its table's (``playground.optim.settings``). Two
values are compound, as links have always written them, and ``Pairs`` reads
and writes them:
- ``hp=adam.lr:0.05;sgd.momentum:0.5``: the racers' knobs that differ from the surface's suggestions;
- ``lp=delta:2``: the loss knobs that differ from their defaults.

Nothing here imports Streamlit: ``read_link`` and ``race_inputs`` turn a link
into the race it runs (``tests/unit/test_recorded_links.py`` relies on it).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from playground.core.errors import Notice
from playground.core.params import Cleaned, Param
from playground.core.state_table import MAX_QUERY_VALUE, StateTable, encode
from playground.nn.optimizers import OPTIMIZERS
from playground.optim.race import Entry
from playground.optim.settings import (
    HYPER_NAMES,
    LOSS_KNOBS,
    PAGE,
    RACE_STEP,
    RACE_STEPS_SHOWN,
    SECTIONS,
    SELECTOR,
    hyper_name,
    table,
)

READ_ORDER = ("forward", "race", "descent", "losses")  # the order a link's notices are listed in


@dataclass(frozen=True)
class Pairs:
    """One compound link value: ``name:value`` items joined by ``;``, for the fields that differ from their default."""

    url: str
    names: tuple[str, ...]  # the table fields it may carry

    def encode(self, chosen: StateTable, values: Mapping[str, Any], names: tuple[str, ...] | None = None) -> str:
        """The items for ``names`` (default: all) whose value is not the field's default, in that order."""
        items = []
        for name in self.names if names is None else names:
            param = chosen[name].param
            if name in values and float(values[name]) != float(param.default):
                items.append(f"{name}:{encode(param, values[name])}")
        return ";".join(items)

    def decode(self, chosen: StateTable, text: str) -> Cleaned[dict[str, Any]]:
        """The link's items as field values, each cleaned; an unknown name is skipped and reported."""
        if len(text) > MAX_QUERY_VALUE:
            return Cleaned({}, (Notice("param.note.too_long", {"name": self.url, "limit": MAX_QUERY_VALUE}),))
        values: dict[str, Any] = {}
        notes: list[Notice] = []
        for item in filter(None, text.split(";")):
            name, _, value = item.partition(":")
            if name not in self.names:
                notes.append(Notice("param.note.unknown", {"name": name[:60], "owner": self.url}))
                continue
            cleaned = _pair_value(chosen[name].param, value)
            values[name] = cleaned.value
            notes.extend(cleaned.notes)
        return Cleaned(values, tuple(notes))


def _pair_value(param: Param, text: str) -> Cleaned[Any]:
    """An item's number, cleaned; a whole-number knob drops the fraction (``history_size:5.7`` has always meant 5)."""
    try:
        number = float(text)
    except ValueError:
        return param.clean(text)  # not a number: the default, reported
    if param.kind != "int" or not math.isfinite(number) or number == int(number):
        return param.clean(number)
    cleaned = param.clean(math.trunc(number))
    used = {"name": param.name, "given": text[:60], "used": str(cleaned.value), "accepted": param.describe()}
    return Cleaned(cleaned.value, cleaned.notes or (Notice("param.note.clamped", used),))


COMPOUND: dict[str, Pairs] = {
    "race": Pairs("hp", HYPER_NAMES),
    "losses": Pairs("lp", tuple(param.name for param in LOSS_KNOBS)),
}


def url_names(section: str) -> tuple[str, ...]:
    """Every link parameter that belongs to ``section``."""
    compound = (COMPOUND[section].url,) if section in COMPOUND else ()
    return (*table(section).url_names(), *compound)


def all_url_names() -> tuple[str, ...]:
    """Every link parameter of the lab (``section`` and each section's), for dropping what the page no longer shows."""
    return (*PAGE.url_names(), *(name for section in SECTIONS for name in url_names(section)))


def chosen_table(section: str, values: Mapping[str, Any]) -> StateTable:
    """The table for the surface, function or kind that ``values`` name."""
    return table(section, values.get(SELECTOR[section])) if section in SELECTOR else table(section)


def read_section(section: str, query: Mapping[str, str]) -> Cleaned[dict[str, Any]] | None:
    """All of ``section``'s settings as the link sets them (defaults where it is silent); None if it names none."""
    if not any(name in query for name in url_names(section)):
        return None
    choice = None
    if section in SELECTOR:
        selector = table(section)[SELECTOR[section]]
        choice = selector.param.clean(query.get(selector.url or "", selector.param.default)).value
    chosen = table(section, choice)
    cleaned = chosen.from_query(query)
    values = chosen.defaults() | cleaned.value
    notes = list(cleaned.notes)
    if section in COMPOUND and (text := query.get(COMPOUND[section].url)):
        pairs = COMPOUND[section].decode(chosen, str(text))
        values |= pairs.value
        notes.extend(pairs.notes)
    return Cleaned(_settle(section, values), tuple(notes))


def _settle(section: str, values: dict[str, Any]) -> dict[str, Any]:
    """What the sliders would make of a link's numbers: the race's steps in tens, starts to two decimals."""
    if section == "race":
        values["steps"] = int(min(max(round(values["steps"] / RACE_STEP) * RACE_STEP, RACE_STEP), RACE_STEPS_SHOWN))
        values["x0"], values["y0"] = round(values["x0"], 2), round(values["y0"], 2)
    if section == "descent":
        values["w0"] = round(values["w0"], 2)
    return values


@dataclass(frozen=True)
class Link:
    """What a link opens: the section shown, the settings of every section it names, and what had to change."""

    section: str
    sections: dict[str, dict[str, Any]]
    notes: tuple[Notice, ...] = ()


def read_link(query: Mapping[str, str]) -> Link:
    """The lab's state for a link's query (values as strings, as a browser sends them)."""
    page = PAGE.from_query(query)
    notes = list(page.notes)
    sections = {}
    for section in READ_ORDER:
        read = read_section(section, query)
        if read is not None:
            sections[section] = read.value
            notes.extend(read.notes)
    return Link(page.value.get("section", PAGE["section"].param.default), sections, tuple(notes))


def section_query(section: str, values: Mapping[str, Any]) -> dict[str, str]:
    """The link for the shown section: ``section`` first, then its settings (a compound one only when not empty)."""
    chosen = chosen_table(section, values)
    query = {"section": section} | chosen.to_query(values)
    if section == "race":
        names = tuple(hyper_name(o, n) for o in values["racers"] for n in sorted(p.name for p in OPTIMIZERS[o].params))
        compound = COMPOUND["race"].encode(chosen, values, names)
    elif section in COMPOUND:
        compound = COMPOUND[section].encode(chosen, values)
    else:
        compound = ""
    if compound:
        query[COMPOUND[section].url] = compound
    return query


@dataclass(frozen=True)
class RaceInputs:
    """What the race runs for a set of settings: ``run_race(surface_id, start, steps, list(entries))``."""

    surface_id: str
    start: tuple[float, float]
    steps: int
    entries: tuple[Entry, ...]


def race_inputs(values: Mapping[str, Any]) -> RaceInputs:
    """The race's settings (from a link or the widgets) as the engine's inputs, each racer with all its knobs."""
    entries = tuple(
        Entry(o, tuple(sorted((p.name, float(values[hyper_name(o, p.name)])) for p in OPTIMIZERS[o].params)))
        for o in values["racers"]
    )
    return RaceInputs(values["surface"], (float(values["x0"]), float(values["y0"])), int(values["steps"]), entries)
