"""One registry type and one entry base for every catalogue of the playground.

Why one: transforms, losses, optimizers, schedulers, compression methods,
data sets and presets are all "named things a user picks from a list, each
with a title, a summary and some parameters". With one ``Entry`` contract
the pickers, the URL state, the docs and one test battery
(``tests/unit/test_registry_battery.py``) work on every catalogue alike; a
new catalogue is checked the day it is declared.

``Registry`` is a read-only ``Mapping`` from name to entry in declaration
order (the order of the pickers), so ``REGISTRY[name]``, ``name in REGISTRY``
and ``REGISTRY.values()`` read as they would on a dict.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

from playground.core.errors import InputError
from playground.core.params import Cleaned, Param, clean_values, defaults

EntryStatus = Literal["stable", "experimental", "deprecated"]


@dataclass(frozen=True)
class Entry:
    """The contract every catalogue entry meets: a name, text keys, parameters and a status.

    Subclasses add their own fields (and may declare ``params`` and ``status``
    as fields); the class attributes below are the defaults for entries that
    have none. ``text_prefix`` builds the i18n keys: ``<prefix>.<name>`` for the
    title and ``<prefix>.<name>.summary`` for the one-line summary; a catalogue
    whose keys predate this rule overrides the two properties.
    """

    name: str

    # Plain class attributes, not annotated: an annotation here would fix their place among the
    # fields, and a subclass's own non-default fields could then not follow them.
    params = ()  # tuple[Param, ...]
    status = "stable"  # EntryStatus
    text_prefix = ""

    @property
    def title_key(self) -> str:
        return f"{self.text_prefix}.{self.name}"

    @property
    def summary_key(self) -> str:
        return f"{self.text_prefix}.{self.name}.summary"

    def param(self, name: str) -> Param:
        """The parameter called ``name`` (``KeyError`` if there is none)."""
        for param in self.params:
            if param.name == name:
                return param
        raise KeyError(name)

    def defaults(self) -> dict[str, Any]:
        return defaults(self.params)

    def clean(self, values: Mapping[str, Any] | None) -> Cleaned[dict[str, Any]]:
        """Every parameter present and valid (``Param.clean``), unknown names dropped and reported."""
        return clean_values(self.params, values, owner=self.name)


E = TypeVar("E", bound=Entry)


class Registry(Mapping[str, E], Generic[E]):
    """Entries by name, in declaration order; ``kind`` names the catalogue in messages and tests."""

    def __init__(self, kind: str, entries: Iterable[E]) -> None:
        self.kind = kind
        self._entries: dict[str, E] = {}
        for entry in entries:
            if entry.name in self._entries:
                raise ValueError(f"{kind} entry {entry.name!r} is declared twice")
            self._entries[entry.name] = entry

    def __getitem__(self, name: str) -> E:
        return self._entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"Registry({self.kind!r}, {list(self._entries)})"

    def names(self) -> list[str]:
        return list(self._entries)

    def require(self, name: object) -> E:
        """The entry called ``name``, or an ``InputError`` that lists the known names."""
        if isinstance(name, str) and name in self._entries:
            return self._entries[name]
        raise InputError("registry.unknown", kind=self.kind, name=str(name)[:60], known=", ".join(self._entries))

    def groups(self) -> list[str]:
        """The distinct ``group`` values, in order (for catalogues whose entries have one)."""
        return list(dict.fromkeys(getattr(entry, "group", "") for entry in self._entries.values()))

    def in_group(self, group: str) -> list[E]:
        return [entry for entry in self._entries.values() if getattr(entry, "group", "") == group]
