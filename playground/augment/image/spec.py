"""The image transform: the shared spec plus how it samples, how it moves pixels and how it moves points.

Why a point mapper next to the kernel: a flipped cat whose box stayed put
teaches the model nonsense. Geometric transforms declare ``points(xy,
sampled, shape) -> xy`` built from the very matrix or map that moved the
pixels, so labels and pixels cannot disagree (``playground.augment.image.labels``).

Every float parameter rounds to 6 digits (``digits=6``): a value read back
from JSON or a link is then the very value that was drawn with.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from playground.augment.core import TransformSpec
from playground.core.params import Param, ParamKind
from playground.i18n import all_strings

Sampler = Callable[[np.random.Generator, Mapping[str, Any], tuple[int, ...]], dict[str, Any]]
Applier = Callable[[np.ndarray, Mapping[str, Any]], np.ndarray]
PointMapper = Callable[[np.ndarray, Mapping[str, Any], tuple[int, ...]], np.ndarray]


@dataclass(frozen=True, kw_only=True)
class ImageTransform(TransformSpec):
    """An image transform: ``sample(rng, values, shape) -> sampled`` and ``apply(image, sampled) -> image``.

    ``equivalent(values, p)`` writes the albumentations 2.x call (a missing
    one means "no equivalent", and exports say so).
    """

    sample: Sampler
    apply: Applier
    points: PointMapper | None = None

    text_prefix = "image.t"
    summary_suffix = "why"
    p_label_key = "image.p"

    def __post_init__(self) -> None:
        """Give each parameter its label: ``image.param.<transform>.<name>`` where the catalogue has one."""
        strings = all_strings()
        labelled = tuple(
            param if param.label_key else replace(param, label_key=_label_key(self.name, param.name, strings))
            for param in self.params
        )
        object.__setattr__(self, "params", labelled)

    @property
    def geometric(self) -> bool:
        return self.points is not None


def _label_key(transform: str, name: str, strings: Mapping[str, Any]) -> str:
    specific = f"image.param.{transform}.{name}"
    return specific if specific in strings else f"image.param.{name}"


def P(  # noqa: N802, PLR0917 (a short positional declaration per parameter reads best in the tables)
    name: str,
    kind: ParamKind,
    default: Any,
    low: float | None = None,
    high: float | None = None,
    step: float | None = None,
    *,
    choices: tuple[str, ...] = (),
    odd: bool = False,
) -> Param:
    """One image parameter: a ``Param`` whose floats round to 6 digits, as every draw since the first did."""
    return Param(name, kind, default, low, high, step, choices=choices, odd=odd, digits=6)
