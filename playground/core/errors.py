"""Typed input errors and notices that carry their text in both languages.

Why not plain strings: the engine does not know the page's language, and
tests assert on a stable ``key`` rather than on wording. A page turns one of
these into text with ``.message(language)`` (see ``playground.ui.widgets``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from playground.i18n import translate


@dataclass(frozen=True)
class Notice:
    """Something the user should know that did not stop the work (e.g. trimmed)."""

    key: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, language: str) -> str:
        return translate(self.key, language, **self.params)


class InputError(ValueError):
    """An input we refuse, with a message saying what was wrong and what is accepted.

    ``key`` names an i18n catalogue entry; ``params`` fill its placeholders.
    """

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(translate(key, "en", **params))

    def message(self, language: str) -> str:
        return translate(self.key, language, **self.params)
