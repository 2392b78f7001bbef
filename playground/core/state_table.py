"""A studio's settings declared once: one table drives the URL, the widgets and the config.

Why (after tensorflow/playground's ``State.PROPS``): before this table, one
training knob was written five times (the config, ``to_query``,
``from_query``, ``write_widgets``, ``config_from_widgets``), in three files,
each with its own rule for a bad value. Now each field says once what it is
(a ``Param``), what the link calls it, which widget key holds it and whether
it survives a page switch; everything else is derived:

- ``from_query``: a link's strings to clean values, with a notice for each
  value that had to be clamped, replaced or skipped;
- ``to_query``: values to the link's strings (every field, so a link does not
  depend on tomorrow's defaults);
- ``defaults``, ``widget_keys``, ``kept_keys``: what the UI machinery in
  ``playground.ui.state.table`` writes into and reads from session state.

Nothing here imports Streamlit: a notebook can turn a shared link into a
configuration with ``TABLE.from_query(parse_qs(...))``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from playground.core.errors import Notice
from playground.core.params import Cleaned, Param

MAX_QUERY_VALUE = 4096  # characters of one link value; a longer one is refused, not parsed


@dataclass(frozen=True)
class Field:
    """One setting of a studio: its ``Param``, its name in links (None: never in a link) and its widget key.

    ``kept``: the value survives a visit to another page (Streamlit drops a
    page widget's value when the page is not drawn). ``key`` defaults to the
    table's prefix plus the field's name.
    """

    param: Param
    url: str | None = None
    key: str = ""
    kept: bool = True

    @property
    def name(self) -> str:
        return self.param.name


class StateTable:
    """The fields of one studio, in order, with the derived URL codec and key lists."""

    def __init__(self, prefix: str, fields: Iterable[Field]) -> None:
        self.prefix = prefix
        self.fields: dict[str, Field] = {}
        for field in fields:
            if field.name in self.fields:
                raise ValueError(f"{prefix}: field {field.name!r} is declared twice")
            key = field.key or f"{prefix}.{field.name}"
            self.fields[field.name] = Field(field.param, field.url, key, field.kept)
        urls = [f.url for f in self.fields.values() if f.url]
        if len(urls) != len(set(urls)):
            raise ValueError(f"{prefix}: two fields share a URL name")

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields.values())

    def __getitem__(self, name: str) -> Field:
        return self.fields[name]

    def key(self, name: str) -> str:
        """The session-state (widget) key of field ``name``."""
        return self.fields[name].key

    def defaults(self) -> dict[str, Any]:
        return {name: field.param.default for name, field in self.fields.items()}

    def widget_keys(self) -> dict[str, str]:
        return {name: field.key for name, field in self.fields.items()}

    def kept_keys(self) -> tuple[str, ...]:
        return tuple(field.key for field in self.fields.values() if field.kept)

    def url_names(self) -> tuple[str, ...]:
        return tuple(field.url for field in self.fields.values() if field.url)

    def clean(self, values: Mapping[str, Any]) -> Cleaned[dict[str, Any]]:
        """Every field present and valid: defaults for the missing, ``Param.clean`` for the given."""
        out: dict[str, Any] = {}
        notes: list[Notice] = []
        for name, field in self.fields.items():
            if name in values:
                cleaned = field.param.clean(values[name])
                out[name], notes = cleaned.value, notes + list(cleaned.notes)
            else:
                out[name] = field.param.default
        return Cleaned(out, tuple(notes))

    def from_query(self, query: Mapping[str, str]) -> Cleaned[dict[str, Any]]:
        """The values a link gives (only the fields it names), cleaned, with a notice per bad value."""
        out: dict[str, Any] = {}
        notes: list[Notice] = []
        for name, field in self.fields.items():
            if not field.url or field.url not in query:
                continue
            text = str(query[field.url])
            if len(text) > MAX_QUERY_VALUE:
                notes.append(Notice("param.note.too_long", {"name": field.url, "limit": MAX_QUERY_VALUE}))
                continue
            cleaned = field.param.clean(text)
            out[name] = cleaned.value
            notes.extend(cleaned.notes)
        return Cleaned(out, tuple(notes))

    def to_query(self, values: Mapping[str, Any]) -> dict[str, str]:
        """The link's strings for ``values`` (fields without a URL name, or without a value, are left out)."""
        return {
            field.url: encode(field.param, values[name])
            for name, field in self.fields.items()
            if field.url and name in values
        }


def encode(param: Param, value: Any) -> str:
    """One value as a link writes it: short, exact enough to read back to the same value."""
    kind = param.kind
    if kind == "bool":
        return "1" if value else "0"
    if kind in ("range", "int_range", "multi", "list"):
        item = param.item if kind == "list" and param.item is not None else param
        return ",".join(encode(item, v) if kind == "list" else _number_text(v) for v in value)
    if kind in ("float", "int"):
        return _number_text(value)
    return str(value)


def _number_text(value: Any) -> str:
    """``repr`` for floats that ``:g`` would round (a seed-sensitive rate must read back exactly)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, int) or (math.isfinite(value) and value == int(value) and abs(value) < 1e15):
        return str(int(value))
    short = f"{value:g}"
    return short if float(short) == value else repr(float(value))
