"""Parameter specs for audio transforms: declared once, read by widgets, sampling, JSON and exports.

Why a spec rather than keyword defaults on each function: the studio must
build a slider for every parameter, sample a value for every draw, check a
loaded JSON file and write code for another library, all from one
declaration. A range parameter is a *setting* ``[low, high]`` that a draw
samples one value from (as audiomentations' ``min_x``/``max_x`` pairs do); a
choice or a switch is a fixed value that the draw just records.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from playground.core.errors import InputError

Kind = Literal["range", "int_range", "choice", "bool"]


@dataclass(frozen=True)
class ParamSpec:
    """One parameter: its bounds for the widget, its default setting and how a draw samples it."""

    name: str
    kind: Kind
    default: Any  # (low, high) for ranges, a value for choice/bool
    low: float = 0.0
    high: float = 1.0
    step: float = 0.1
    unit: str = ""
    choices: tuple[str, ...] = ()
    log: bool = False  # sample log-uniformly (frequencies: an octave up weighs as much as an octave down)

    @property
    def label_key(self) -> str:
        return f"audio.param.{self.name}"

    def clean(self, setting: Any) -> Any:
        """A valid setting from anything JSON or a widget might hold; raise InputError otherwise."""
        if self.kind in ("range", "int_range"):
            try:
                values = [float(setting), float(setting)] if np.isscalar(setting) else [float(v) for v in setting]
            except (TypeError, ValueError):
                raise InputError("audio.error.bad_param", name=self.name, accepted=self.describe()) from None
            if len(values) != 2 or not all(math.isfinite(v) for v in values):
                raise InputError("audio.error.bad_param", name=self.name, accepted=self.describe())
            low, high = sorted(min(max(v, self.low), self.high) for v in values)
            if self.kind == "int_range":
                return (round(low), round(high))
            return (low, high)
        if self.kind == "choice":
            if str(setting) not in self.choices:
                raise InputError("audio.error.bad_param", name=self.name, accepted=self.describe())
            return str(setting)
        return bool(setting)

    def is_fixed(self, setting: Any) -> bool:
        """True when every draw gets the same value, so no random number is needed."""
        return self.kind in ("choice", "bool") or setting[0] == setting[1]

    def describe(self) -> str:
        """What this parameter accepts, for error messages (numbers and names, the same in every language)."""
        if self.kind in ("range", "int_range"):
            return f"[{self.low:g}, {self.high:g}] {self.unit}".strip()
        if self.kind == "choice":
            return " | ".join(self.choices)
        return "true | false"

    def sample(self, setting: Any, rng: np.random.Generator) -> Any:
        """One value for one draw; always consumes exactly one number so other parameters do not shift."""
        u = float(rng.random())
        if self.kind in ("range", "int_range") and setting[0] == setting[1]:
            return setting[0]  # a pinned value: exactly it (exp(log(x)) could be off by one ulp)
        if self.kind == "range":
            low, high = setting
            if self.log and low > 0:
                return float(math.exp(math.log(low) + u * (math.log(high) - math.log(low))))
            return float(low + u * (high - low))
        if self.kind == "int_range":
            low, high = setting
            return int(low + min(int(u * (high - low + 1)), high - low))
        return setting


Transform = Callable[..., np.ndarray]
ExtraSampler = Callable[[np.random.Generator, dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class TransformSpec:
    """One augmentation: its function, parameters, default probability and teaching text keys."""

    name: str
    group: str
    fn: Transform  # fn(samples, rate, **values) -> samples
    params: tuple[ParamSpec, ...] = ()
    p: float = 1.0
    changes_length: bool = False
    # Extra random values a draw records (noise seed, mask positions), so a replay needs no generator.
    extra: ExtraSampler | None = None
    # audiomentations code for a step's settings, or None when that library has no equivalent.
    audiomentations: Callable[[dict[str, Any], float], str | None] | None = None
    tags: tuple[str, ...] = field(default=())

    @property
    def title_key(self) -> str:
        return f"audio.t.{self.name}"

    @property
    def help_key(self) -> str:
        return f"audio.t.{self.name}.help"

    def param(self, name: str) -> ParamSpec:
        return next(spec for spec in self.params if spec.name == name)

    def default_settings(self) -> dict[str, Any]:
        return {spec.name: spec.default for spec in self.params}

    def clean_settings(self, settings: dict[str, Any]) -> dict[str, Any]:
        """Defaults for missing parameters, cleaned values for given ones; unknown names are refused."""
        unknown = set(settings) - {spec.name for spec in self.params}
        if unknown:
            raise InputError("audio.error.unknown_param", name=sorted(unknown)[0], transform=self.name)
        return {spec.name: spec.clean(settings.get(spec.name, spec.default)) for spec in self.params}


def seed_extra(rng: np.random.Generator, values: dict[str, Any]) -> dict[str, Any]:
    """Record a seed for transforms that draw noise: the replay regenerates the very same noise."""
    return {"seed": int(rng.integers(0, 2**31 - 1))}
