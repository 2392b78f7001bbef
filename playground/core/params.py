"""One parameter type for every knob in the playground, with one rule for bad values.

Why one type: a transform's range, an optimizer's learning rate, a
compression method's sparsity and a model's width are all "a number (or a
choice) the user may set, within bounds, with a default". Declaring them the
same way lets one widget function draw any of them, one URL codec write and
read any of them, and one test battery check all of them.

The one rule (``Param.clean``): a value from a widget, a link or a file is
clamped into range, or replaced by the default when it is not a value of the
right kind at all, and the change is *reported* (a ``Notice``), never raised
and never silent. The caller decides whether to show the notice.

Kinds:
- ``float``, ``int``, ``bool``, ``choice`` (one of ``choices``), ``text``;
- ``range`` / ``int_range``: a ``(low, high)`` setting a random draw samples
  from (equal ends pin the value); a single number is read as a pinned range;
- ``multi``: an ordered subset of ``choices`` (features, racers);
- ``list``: a list of ``item`` values (hidden-layer widths).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from playground.core.errors import Notice

ParamKind = Literal["float", "int", "bool", "choice", "text", "range", "int_range", "multi", "list"]
T = TypeVar("T")
MAX_TEXT = 2000  # a typed vector or a name; longer input from a link is cut
MAX_ITEMS = 64  # a list from a link longer than this is a mistake or an attack


@dataclass(frozen=True)
class Cleaned(Generic[T]):
    """A value made valid, and what was changed to make it so (empty when it was valid already)."""

    value: T
    notes: tuple[Notice, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.notes)


@dataclass(frozen=True)
class Param:
    """One user-facing setting: kind, bounds, default, widget step, choices and its text keys.

    ``digits`` rounds floats so a JSON round trip reproduces a draw bit for bit;
    ``odd`` keeps kernel sizes odd, as OpenCV requires; ``log`` marks values
    that span decades (learning rates), which widgets step on a log scale.
    ``label_key`` names the i18n label; ``help_key`` an optional explanation.
    """

    name: str
    kind: ParamKind
    default: Any
    low: float | None = None
    high: float | None = None
    step: float | None = None
    choices: tuple[str, ...] = ()
    label_key: str = ""
    help_key: str = ""
    log: bool = False
    odd: bool = False
    unit: str = ""
    digits: int | None = None
    item: Param | None = field(default=None, compare=False)  # the kind of each value of a ``list``
    max_items: int = MAX_ITEMS

    # --- the one rule -----------------------------------------------------------------------

    def clean(self, value: Any) -> Cleaned[Any]:
        """``value`` made valid for this parameter, with a notice for anything that had to change."""
        try:
            cleaned = self._coerce(value)
        except (TypeError, ValueError, OverflowError):
            return Cleaned(self.default, (self._note("param.note.invalid", value, self.default),))
        if self._differs(value, cleaned):
            return Cleaned(cleaned, (self._note("param.note.clamped", value, cleaned),))
        return Cleaned(cleaned)

    def clamp(self, value: Any) -> Any:
        """``clean(value).value``: for callers that need only the valid value."""
        return self.clean(value).value

    def describe(self) -> str:
        """What this parameter accepts, for messages (numbers and names read the same in every language)."""
        if self.kind in ("choice", "multi"):
            return " | ".join(self.choices)
        if self.kind == "bool":
            return "true | false"
        if self.kind == "text":
            return f"≤ {MAX_TEXT} characters"
        if self.kind == "list" and self.item is not None:
            return f"≤ {self.max_items} × {self.item.describe()}"
        low = "-∞" if self.low is None else _bound_text(self.low)
        high = "∞" if self.high is None else _bound_text(self.high)
        return f"[{low}, {high}] {self.unit}".strip()

    def is_fixed(self, setting: Any) -> bool:
        """True when every random draw gets the same value (a pinned range, a choice, a switch)."""
        return self.kind not in ("range", "int_range") or setting[0] == setting[1]

    # --- internals --------------------------------------------------------------------------

    def _coerce(self, value: Any) -> Any:  # noqa: PLR0911 (one return per kind reads best)
        kind = self.kind
        if kind == "bool":
            if isinstance(value, str):
                if value.strip().lower() in ("1", "true", "yes", "on"):
                    return True
                if value.strip().lower() in ("0", "false", "no", "off", ""):
                    return False
                raise ValueError(value)
            return bool(value)
        if kind == "choice":
            text = str(value)
            if text not in self.choices:
                raise ValueError(text)
            return text
        if kind == "text":
            return str(value)[:MAX_TEXT]
        if kind == "multi":
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(dict.fromkeys(str(v) for v in items[: self.max_items] if str(v) in self.choices))
        if kind == "list":
            items = [v for v in value.split(",") if v.strip()] if isinstance(value, str) else list(value)
            item = self.item or Param("item", "float", 0.0)
            return tuple(item.clamp(v) for v in items[: self.max_items])
        if kind in ("range", "int_range"):
            if isinstance(value, str):
                value = value.split(",")
            pair = [value, value] if isinstance(value, int | float) else list(value)
            if len(pair) != 2:
                raise ValueError(value)
            low, high = (self._bound(float(v)) for v in pair)
            return (self._number(min(low, high)), self._number(max(low, high)))
        return self._number(self._bound(float(value)))

    def _bound(self, number: float) -> float:
        if not math.isfinite(number):
            raise ValueError("not finite")
        low = -math.inf if self.low is None else self.low
        high = math.inf if self.high is None else self.high
        return float(min(max(number, low), high))

    def _number(self, number: float) -> int | float:
        if self.kind in ("int", "int_range"):
            whole = round(number)
            if self.odd and whole % 2 == 0:
                whole = whole + 1 if self.high is None or whole + 1 <= self.high else whole - 1
            return int(whole)
        return round(number, self.digits) if self.digits is not None else number

    def _differs(self, given: Any, cleaned: Any) -> bool:  # noqa: PLR0911 (one return per kind)
        """Whether cleaning changed the value the user meant (a string "3" for 3 is no change)."""
        if self.kind in ("choice", "text"):
            return str(given) != cleaned
        if self.kind == "bool":
            return False
        try:
            if self.kind in ("multi", "list"):
                given_items = [v for v in given.split(",") if v.strip()] if isinstance(given, str) else list(given)
                if len(given_items) != len(cleaned):
                    return True
                if self.kind == "multi":
                    return [str(v) for v in given_items] != list(cleaned)
                item = self.item or Param("item", "float", 0.0)
                return any(item._differs(g, c) for g, c in zip(given_items, cleaned, strict=True))
            if self.kind in ("range", "int_range"):
                pair = given.split(",") if isinstance(given, str) else given
                pair = [pair, pair] if isinstance(pair, int | float) else list(pair)
                return sorted(float(v) for v in pair) != [float(c) for c in cleaned]
            return not math.isclose(float(given), float(cleaned), rel_tol=1e-9, abs_tol=1e-12)
        except (TypeError, ValueError):
            return True

    def _note(self, key: str, given: Any, used: Any) -> Notice:
        return Notice(
            key, {"name": self.name, "given": _short(given), "used": _short(used), "accepted": self.describe()}
        )


def _bound_text(value: float) -> str:
    """A bound as a reader types it: 2147483647, not 2.14748e+09; 0.001, not 0.0010000."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _short(value: Any) -> str:
    """A value as a message shows it: plain, and never long enough to flood the page."""
    if isinstance(value, tuple | list):
        text = ", ".join(_short(v) for v in value)
    elif isinstance(value, float):
        text = f"{value:g}"
    else:
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def defaults(params: tuple[Param, ...]) -> dict[str, Any]:
    """The default value of every parameter, by name."""
    return {param.name: param.default for param in params}


def clean_values(
    params: tuple[Param, ...], values: Mapping[str, Any] | None, *, owner: str = ""
) -> Cleaned[dict[str, Any]]:
    """Every parameter present and valid: defaults for the missing, ``clean`` for the given.

    A name that is not a parameter is dropped and reported, so a typo in a
    hand-edited file or link is visible instead of silently ignored.
    """
    values = dict(values or {})
    out: dict[str, Any] = {}
    notes: list[Notice] = []
    for param in params:
        if param.name in values:
            cleaned = param.clean(values.pop(param.name))
            out[param.name] = cleaned.value
            notes.extend(cleaned.notes)
        else:
            out[param.name] = param.default
    notes.extend(Notice("param.note.unknown", {"name": str(name)[:60], "owner": owner}) for name in values)
    return Cleaned(out, tuple(notes))
