"""The audio transform: the shared spec plus its kernel, the extra randomness a draw records, and value sampling.

Why ranges: a range parameter is a *setting* ``[low, high]`` that each draw
samples one value from (as audiomentations' ``min_x``/``max_x`` pairs do); a
choice or a switch is a fixed value that the draw just records. The
parameters themselves are ``playground.core.params.Param`` (``log`` marks
frequencies and rates, sampled log-uniformly: an octave up weighs as much as
an octave down). Audio values are not rounded: old links replay bit for bit.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from playground.augment.core import TransformSpec
from playground.core.params import Param

Transform = Callable[..., np.ndarray]  # fn(samples, rate, **values) -> samples
ExtraSampler = Callable[[np.random.Generator, dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True, kw_only=True)
class AudioTransform(TransformSpec):
    """An audio transform: ``fn(samples, rate, **values)``; ``equivalent(values, p)`` writes audiomentations code.

    ``extra`` draws random values a replay needs besides the parameters (a
    noise seed, mask positions), so a recorded draw needs no generator.

    Parameters added after links were shared (pitch shift's ``method``) are
    declared in ``absent`` (the shared core's rule for files and links); here
    they also draw no random number and are left out of a draw's record while
    at that value, so every record and random stream from before stays as it was.
    """

    fn: Transform
    p: float = 1.0
    changes_length: bool = False
    extra: ExtraSampler | None = None
    drawn: tuple[Param, ...] = field(init=False, compare=False, repr=False)  # the parameters that draw a number

    def __post_init__(self) -> None:
        unknown = set(self.absent) - {param.name for param in self.params}
        if unknown:
            raise ValueError(f"{self.name}: absent names no parameter: {sorted(unknown)}")
        object.__setattr__(self, "drawn", tuple(param for param in self.params if param.name not in self.absent))

    text_prefix = "audio.t"
    summary_suffix = "help"
    p_label_key = "audio.p"


def sample_value(param: Param, setting: Any, rng: np.random.Generator) -> Any:
    """One value of one parameter for one draw; always consumes exactly one number so others do not shift."""
    return value_at(param, setting, float(rng.random()))


def value_at(param: Param, setting: Any, u: float) -> Any:
    """The value ``sample_value`` gives for the uniform number ``u`` in [0, 1) (the stream's next double)."""
    if param.kind in ("range", "int_range") and setting[0] == setting[1]:
        return setting[0]  # a pinned value: exactly it (exp(log(x)) could be off by one ulp)
    if param.kind == "range":
        low, high = setting
        if param.log and low > 0:
            return float(math.exp(math.log(low) + u * (math.log(high) - math.log(low))))
        return float(low + u * (high - low))
    if param.kind == "int_range":
        low, high = setting
        return int(low + min(int(u * (high - low + 1)), high - low))
    return setting


def seed_extra(rng: np.random.Generator, values: dict[str, Any]) -> dict[str, Any]:
    """Record a seed for transforms that draw noise: the replay regenerates the very same noise."""
    return {"seed": int(rng.integers(0, 2**31 - 1))}
