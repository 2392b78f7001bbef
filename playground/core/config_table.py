"""A config dataclass that IS a state table: each knob is one dataclass field.

Why here, in ``core`` (it began in ``playground.training.fields``): nothing in
it knows about training. It turns any frozen dataclass whose fields are
declared with :func:`knob` into the rows of a :class:`StateTable`, and any
``Registry`` of entries with ``Param``s into link names and widget keys
(:class:`EntryKnobs`); the training studio is its first user, and another
studio whose config is a dataclass can use it as is.

Why on the dataclass (and not in a separate list): before, one training knob
was written five times (``TrainConfig``, ``to_query``, ``from_query``,
``write_widgets``, ``config_from_widgets``). A field declared with
:func:`knob` carries its ``Param`` (kind, bounds, default, step, label), its
name in links, its widget key and whether it survives a page switch, so the
config's attribute, its default and its row of the ``StateTable`` are one
line, in the style of tensorflow/playground's ``State.PROPS``::

    noise: float = knob("noise", "float", 0.0, low=0.0, high=0.5, step=0.05, label_key="train.noise")

:func:`table_rows` reads those rows back (a field holding another config
dataclass, marked with ``metadata={NESTED: ModelConfig}``, is walked in place), :func:`flatten` and
:func:`unflatten` move between a config and the table's flat values.

The knobs of whichever entry of a registry is chosen (the training studio's
optimizer, loss or schedule) are not listed by hand: :class:`EntryKnobs`
derives their link names (``o.<param>``) and widget keys
(``train.opt.<optimizer>.<param>``) from the entries' ``Param``s.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from playground.core.errors import Notice
from playground.core.params import Cleaned, Param, ParamKind
from playground.core.registry import Entry, Registry
from playground.core.state_table import Field, encode

ROW = "playground.state_row"  # dataclass field metadata: the knob's table row
NESTED = "playground.state_nested"  # dataclass field metadata: a config of more knobs inside
# Decimals kept of a slider's or number box's float: the browser's steps arrive as 0.15000000000000002,
# which a link would have to spell out in full; six decimals keep the 0.15 the student chose.
DIGITS = 6


def knob(url: str | None, kind: ParamKind, default: Any, *, key: str = "", kept: bool = True, **options: Any) -> Any:
    """A dataclass field that is also a row of the state table (``options`` go to ``Param``).

    ``url`` is the field's name in links (None: never in a link); ``key`` its
    widget key (default: the table's prefix and the field's name). The
    ``Param`` is named after the attribute when the table is built.
    """
    return dataclasses.field(default=default, metadata={ROW: (url, key, kept, kind, options)})


def table_rows(config_class: type) -> list[Field]:
    """The ``Field`` of every :func:`knob` of ``config_class``, in declaration order, nested ones in place."""
    rows: list[Field] = []
    for item in dataclasses.fields(config_class):
        if NESTED in item.metadata:
            rows.extend(table_rows(item.metadata[NESTED]))
        elif ROW in item.metadata:
            url, key, kept, kind, options = item.metadata[ROW]
            rows.append(Field(Param(item.name, kind, item.default, **options), url, key, kept))
    return rows


def flatten(config: Any) -> dict[str, Any]:
    """A config's knob values by field name (nested configs' knobs included)."""
    values: dict[str, Any] = {}
    for item in dataclasses.fields(config):
        if NESTED in item.metadata:
            values.update(flatten(getattr(config, item.name)))
        elif ROW in item.metadata:
            values[item.name] = getattr(config, item.name)
    return values


def unflatten(config_class: type, values: Mapping[str, Any], **others: Any) -> Any:
    """``config_class`` built from flat knob values (nested configs rebuilt), plus fields that are not knobs."""
    arguments: dict[str, Any] = dict(others)
    for item in dataclasses.fields(config_class):
        if NESTED in item.metadata:
            arguments[item.name] = unflatten(item.metadata[NESTED], values)
        elif ROW in item.metadata and item.name in values:
            arguments[item.name] = values[item.name]
    return config_class(**arguments)


@dataclass(frozen=True)
class EntryKnobs:
    """The knobs of the entry a choice field picks: its link names, widget keys and values.

    ``choice`` names the table field that picks the entry (``"optimizer"``),
    ``values`` the config attribute holding the chosen entry's knob values
    (``"optimizer_params"``). ``own_keys`` lists knobs drawn by one widget
    shared by every entry (the learning rate has one slider for all
    optimizers): ``(("lr", "train.lr"),)``.
    """

    choice: str
    values: str
    registry: Registry[Entry]
    url: str
    key: str
    own_keys: tuple[tuple[str, str], ...] = ()

    def key_of(self, entry: str, param: str) -> str:
        """The widget key of knob ``param`` of entry ``entry``."""
        return dict(self.own_keys).get(param) or f"{self.key}.{entry}.{param}"

    def widget_keys(self) -> Iterator[tuple[Entry, Param, str]]:
        """Every knob of every entry with its widget key (shared keys once, with the first entry)."""
        shared: set[str] = set()
        for entry in self.registry.values():
            for param in entry.params:
                key = self.key_of(entry.name, param.name)
                if key not in shared:
                    shared.add(key)
                    yield entry, param, key

    def prefix(self) -> str:
        """The start of every per-entry widget key (to keep them across page switches)."""
        return f"{self.key}."

    def clean(self, entry: str, given: Mapping[str, Any]) -> Cleaned[dict[str, Any]]:
        """The given knobs of ``entry``, cleaned (knobs it does not have are ignored: they belong to another)."""
        values: dict[str, Any] = {}
        notes: list[Notice] = []
        for param in self.registry[entry].params:
            if param.name in given:
                cleaned = param.clean(given[param.name])
                values[param.name] = _tidy(cleaned.value)
                notes.extend(cleaned.notes)
        return Cleaned(values, tuple(notes))

    def from_query(self, entry: str, query: Mapping[str, str]) -> dict[str, str]:
        """The raw texts a link gives for ``entry``'s knobs, by knob name."""
        return {p.name: query[self.url + p.name] for p in self.registry[entry].params if self.url + p.name in query}

    def to_query(self, entry: str, values: Mapping[str, Any]) -> dict[str, str]:
        """The link's strings for ``entry``'s knob values, by name order (as links were always written)."""
        params = {param.name: param for param in self.registry[entry].params}
        return {self.url + name: encode(params[name], values[name]) for name in sorted(values) if name in params}

    def from_widgets(self, entry: str, state: Mapping[str, Any]) -> dict[str, Any]:
        """The raw widget values of ``entry``'s knobs that ``state`` holds, by knob name."""
        keys = {param.name: self.key_of(entry, param.name) for param in self.registry[entry].params}
        return {name: state[key] for name, key in keys.items() if key in state}


def _tidy(value: Any) -> Any:
    """A float to 12 significant digits: a number box's 0.9500000000000001 is the 0.95 it shows (and links write)."""
    return float(f"{value:.12g}") if isinstance(value, float) else value
