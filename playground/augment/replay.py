"""Draws and replays: the one loop that runs a pipeline's steps, and the one record of what each step did.

Why shared: whatever the data (pixels, samples), a draw is "for each step
that is on: decide whether it fires and with which values, apply it, record
it", and a replay is the same with the decisions read from the records. The
domains supply only what differs: ``choose`` (their order of random numbers,
which old links depend on, bit for bit) and ``kernel`` (how a transform is
called). Keeping the loop here means the records, the intermediates and
their order are the same in both studios.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple, TypeVar

from playground.augment.core import PreparedStep

D = TypeVar("D")  # what a domain transforms: an image array, an audio array


class StepRecord(NamedTuple):
    """What one step did in one draw: did it fire, with which sampled values, and (images) the size after it.

    Why a ``NamedTuple`` and not a frozen dataclass: a record is made for every
    step of every draw, and a frozen dataclass's ``__init__`` (one
    ``object.__setattr__`` per field) cost ~1.5 µs, more than audiomentations'
    whole bookkeeping for a gain; a named tuple is as read-only and ~4× cheaper.
    """

    name: str
    fired: bool
    params: dict[str, Any]
    shape: tuple[int, ...] | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "fired": self.fired, "params": self.params}
        return out if self.shape is None else {**out, "shape": list(self.shape)}


Choose = Callable[[PreparedStep, Any], tuple[bool, dict[str, Any]]]
Kernel = Callable[[Any, Mapping[str, Any], Any], Any]  # (spec, sampled values, data) -> data


def draw(
    steps: Iterable[PreparedStep],
    data: D,
    choose: Choose,
    kernel: Kernel,
    *,
    measure: Callable[[Any], tuple[int, ...]] | None = None,
    keep_intermediates: bool = False,
) -> tuple[D, list[StepRecord], list[D] | None]:
    """Run ``steps`` on ``data``: ``choose`` (the domain's random-number order) decides, ``kernel`` applies.

    Choosing and applying interleave, because a choice may need the size an
    earlier step produced (a crop after a resize). Returns the output, one
    record per step (with ``measure(output)`` as its shape) and, if asked,
    the data before the first step and after every step.
    """
    out = data
    records: list[StepRecord] = []
    frames = [data] if keep_intermediates else None
    for step in steps:
        fired, params = choose(step, out)
        if fired:
            out = kernel(step.spec, params, out)
        records.append(StepRecord(step.name, fired, params, None if measure is None else measure(out)))
        if frames is not None:
            frames.append(out)
    return out, records, frames


def replay(
    records: Sequence[StepRecord], data: D, registry: Mapping[str, Any], kernel: Kernel, *,
    keep_intermediates: bool = False,
) -> tuple[D, list[D] | None]:  # fmt: skip
    """Apply recorded steps without any randomness: the same records always give the same output."""
    out = data
    frames = [data] if keep_intermediates else None
    for record in records:
        if record.fired:
            out = kernel(registry[record.name], record.params, out)
        if frames is not None:
            frames.append(out)
    return out, frames
