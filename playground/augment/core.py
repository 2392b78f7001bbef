"""Parameter specs and transform specs: one declaration drives widgets, URL state, exports and docs.

Why a spec per transform (after the albumentations demo app, whose JSON file of
parameter ranges drives its widgets): adding a transform means adding one
entry, and the page, the shareable URL, the exported code and the tests all
follow. Nothing here knows about images, so the audio studio shares it.

A transform is split in two pure functions:
- ``sample(rng, params, shape) -> dict``: draws the random values (an angle, a
  crop box, a noise seed) from the user's ranges. The result is small, JSON
  friendly and shown to students ("the parameters actually sampled").
- ``apply(data, sampled) -> data``: deterministic given ``sampled``, so any
  recorded draw can be replayed exactly, step by step.
Geometric transforms add ``points(xy, sampled, shape) -> xy`` so labels
(boxes, keypoints) move with the pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

ParamKind = Literal["float", "int", "range", "int_range", "choice", "bool"]
Sampler = Callable[[np.random.Generator, Mapping[str, Any], tuple[int, ...]], dict[str, Any]]
Applier = Callable[[np.ndarray, Mapping[str, Any]], np.ndarray]
PointMapper = Callable[[np.ndarray, Mapping[str, Any], tuple[int, ...]], np.ndarray]


@dataclass(frozen=True)
class ParamSpec:
    """One user-facing parameter: its kind, bounds, default and slider step.

    ``range`` / ``int_range`` values are ``(low, high)`` pairs: the transform
    samples uniformly between them on every draw (equal ends = a fixed value).
    ``odd`` keeps integer kernel sizes odd, as OpenCV requires.
    """

    name: str
    kind: ParamKind
    default: Any
    low: float | None = None
    high: float | None = None
    step: float | None = None
    options: tuple[str, ...] = ()
    odd: bool = False

    def clean(self, value: Any) -> Any:
        """Coerce a value from a widget, a URL or a JSON file into this spec's bounds (never raise)."""
        try:
            if self.kind == "bool":
                return bool(value)
            if self.kind == "choice":
                return value if value in self.options else self.default
            if self.kind in ("range", "int_range"):
                low, high = (float(v) for v in value)
                low, high = self._bound(min(low, high)), self._bound(max(low, high))
                return (self._number(low), self._number(high))
            return self._number(self._bound(float(value)))
        except (TypeError, ValueError):
            return self.default

    def _bound(self, value: float) -> float:
        if not np.isfinite(value):
            raise ValueError("not finite")
        low = -np.inf if self.low is None else self.low
        high = np.inf if self.high is None else self.high
        return float(min(max(value, low), high))

    def _number(self, value: float) -> int | float:
        if self.kind in ("int", "int_range"):
            number = round(value)
            if self.odd and number % 2 == 0:
                number = number + 1 if self.high is None or number + 1 <= self.high else number - 1
            return int(number)
        return round(value, 6)


@dataclass(frozen=True)
class TransformSpec:
    """A registry entry: identity, parameters, default probability and the two pure functions.

    ``equivalents`` maps an anchor library ("albumentations", "audiomentations")
    to a function that writes that library's constructor call for given params
    (without ``p``); a missing entry means "no equivalent", and exports say so.
    """

    name: str
    group: str
    params: tuple[ParamSpec, ...]
    sample: Sampler
    apply: Applier
    p: float = 0.5
    points: PointMapper | None = None
    equivalents: Mapping[str, Callable[[Mapping[str, Any]], str]] = field(default_factory=dict)
    domain: str = "image"

    @property
    def title_key(self) -> str:
        return f"{self.domain}.t.{self.name}"

    @property
    def explain_key(self) -> str:
        return f"{self.domain}.t.{self.name}.why"

    @property
    def geometric(self) -> bool:
        return self.points is not None

    def defaults(self) -> dict[str, Any]:
        return {param.name: param.default for param in self.params}

    def clean(self, params: Mapping[str, Any] | None) -> dict[str, Any]:
        """Every parameter present and within bounds; unknown names are dropped."""
        params = params or {}
        return {
            spec.name: spec.clean(params[spec.name]) if spec.name in params else spec.default for spec in self.params
        }


class Registry:
    """Transforms by name, in declaration order (the order of the pickers)."""

    def __init__(self, specs: Iterable[TransformSpec]) -> None:
        self._specs: dict[str, TransformSpec] = {}
        for spec in specs:
            if spec.name in self._specs:
                raise ValueError(f"transform {spec.name!r} is declared twice")
            self._specs[spec.name] = spec

    def __getitem__(self, name: str) -> TransformSpec:
        return self._specs[name]

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def __iter__(self):
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    def names(self) -> list[str]:
        return list(self._specs)

    def groups(self) -> list[str]:
        return list(dict.fromkeys(spec.group for spec in self._specs.values()))

    def in_group(self, group: str) -> list[TransformSpec]:
        return [spec for spec in self._specs.values() if spec.group == group]


def below(rng: np.random.Generator, n: int) -> int:
    """A uniform integer in ``[0, n)`` from one float draw.

    ``Generator.integers`` costs ~3 µs per scalar call and ``uniform`` ~2.5 µs,
    ``random()`` ~0.4 µs: when a flip takes 0.2 ms, sampling must not cost a
    tenth of it. (The bias of flooring a 53-bit float is far below 1e-9.)
    """
    return min(int(rng.random() * n), n - 1) if n > 1 else 0


def uniform(rng: np.random.Generator, bounds: tuple[float, float], digits: int = 4) -> float:
    """A uniform draw in ``[low, high]`` rounded so a JSON round trip replays it bit for bit."""
    low, high = bounds
    return round(float(low if low == high else low + (high - low) * rng.random()), digits)


def integer(rng: np.random.Generator, bounds: tuple[int, int], odd: bool = False) -> int:
    """A uniform integer in ``[low, high]`` inclusive; ``odd`` draws among the odd ones only."""
    low, high = int(bounds[0]), int(bounds[1])
    if odd:
        choices = list(range(low | 1, high + 1, 2)) or [low | 1]
        return choices[below(rng, len(choices))]
    return low + below(rng, high - low + 1)


def noise_seed(rng: np.random.Generator) -> int:
    """A 31-bit seed recorded instead of a whole noise field, so the field can be regenerated."""
    return below(rng, 2**31 - 1)


P = ParamSpec  # short alias for the declaration tables
