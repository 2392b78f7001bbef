"""A hyperparameter's spec: what a widget needs to offer it and what torch needs to use it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class HyperParam:
    """One tunable number or switch. ``label_key`` names an i18n entry.

    ``log`` marks values that span decades (learning rates): widgets should
    step them on a log scale so 0.001 and 1.0 are both reachable.
    """

    name: str
    label_key: str
    default: float | int | bool
    low: float | None = None
    high: float | None = None
    step: float | None = None
    kind: Literal["float", "int", "bool"] = "float"
    log: bool = False

    def clamp(self, value: float | int | bool) -> float | int | bool:
        """Bring an out-of-range value (from a URL, say) back inside the spec."""
        if self.kind == "bool":
            return bool(value)
        number = float(value)
        if self.low is not None:
            number = max(self.low, number)
        if self.high is not None:
            number = min(self.high, number)
        return round(number) if self.kind == "int" else number


def defaults(params: tuple[HyperParam, ...]) -> dict[str, float | int | bool]:
    """The default value of every hyperparameter, by name."""
    return {param.name: param.default for param in params}
