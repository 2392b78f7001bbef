"""The audio pipeline: seeded draws of a clip, every sampled value recorded, any draw replayed exactly.

Why record every sampled value: a draw must be explainable ("pitch +2.3
semitones, then noise at 14 dB SNR") and reproducible without the generator,
as audiomentations' frozen parameters are. Steps, files, links, cleaning and
the replay loop are the shared core (``playground.augment.core``,
``playground.augment.replay``); what is the audio studio's own lives here:

- its file format, kept as it was (``"format": "playground.audio_pipeline/1"``,
  ``"settings"``), so every file and link since the studio opened loads;
- its random-number order: each step gets its own numbers in every draw
  (``playground.augment.audio.streams``), one for its ``p`` coin and one per
  parameter whether or not it applies, so changing step 3 never changes what
  steps 1 and 2 drew, and draw 7 can be recomputed alone;
- its random recipe, ``dice``: recipe 2 (``streams.CURRENT``) for every
  pipeline made now, written ``"dice": 2`` in files and at the head of
  links; recipe 1 (``streams.LEGACY``: a stream per step *and* draw, ~1 µs
  a draw dearer) for every file and link that carries no number, which is
  everything written before recipe 2, so those replay exactly as shared;
- the float32 contract and the cut at ``MAX_GROWTH`` times the input length;
- the everyday draw (float32 in, no intermediates) compiled once per pipeline
  (``Pipeline.fast``, ``playground.augment.audio.fast_draw``): the same
  records and samples as this module's general path, with less bookkeeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

import numpy as np

from playground.augment import core
from playground.augment.audio.compiled_dice import CompiledStep, compile_step, sample_compiled
from playground.augment.audio.fast_draw import MAX_GROWTH, FastDraw, fast_draw
from playground.augment.audio.registry import AUDIO_TRANSFORMS
from playground.augment.audio.result import DrawResult
from playground.augment.audio.spec import AudioTransform, value_at
from playground.augment.audio.streams import CURRENT, LEGACY, RECIPES, continued, uniforms
from playground.augment.core import MAX_STEPS, PipelineFormat, PreparedStep, Step, plain
from playground.augment.replay import StepRecord
from playground.augment.replay import replay as replay_records
from playground.core.params import Cleaned

__all__ = ["CURRENT", "FORMAT", "LEGACY", "MAX_GROWTH", "MAX_STEPS", "DrawResult", "Pipeline", "Step", "StepRecord",
           "replay", "run_draw", "run_draws", "sample_record"]  # fmt: skip

FORMAT = "playground.audio_pipeline/1"
_FLOAT32 = np.dtype(np.float32)  # compared by identity: the cheapest check on every step
_NDARRAY = np.ndarray


@dataclass(frozen=True)
class Pipeline(core.Pipeline):
    """An audio pipeline: JSON ``{"format": FORMAT, "dice": 2, "steps": [{name, p, settings}]}``.

    Link token: ``{"dice": 2, "steps": rows}`` with rows ``[name, p, {changed}]``;
    a file or token without ``dice`` (a bare list of rows) is recipe 1.
    """

    dice: int = CURRENT  # the random recipe (``streams.RECIPES``); files and links without one are ``LEGACY``

    registry = AUDIO_TRANSFORMS
    format = PipelineFormat(errors="audio.error", header={"format": FORMAT}, check_header=True, params_key="settings",
                            enabled_always=False)  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        if self.dice == LEGACY:  # written as before recipe 2 existed, so it reads back the same everywhere
            return data
        return {"format": data["format"], "dice": self.dice, "steps": data["steps"]}

    @classmethod
    def read(cls, data: Any) -> Cleaned[Pipeline]:
        """``core.Pipeline.read``, and the recipe: absent means recipe 1; one this version does not know is refused."""
        cleaned = super().read(data)
        dice = data.get("dice", LEGACY) if isinstance(data, Mapping) else LEGACY
        if type(dice) is not int or dice not in RECIPES:
            raise cls.error("unknown_dice", dice=str(dice)[:20], known=", ".join(map(str, RECIPES)))
        return Cleaned(replace(cleaned.value, dice=dice), cleaned.notes)

    def link_payload(self, rows: list[list[Any]]) -> Any:
        return rows if self.dice == LEGACY else {"dice": self.dice, "steps": rows}

    @classmethod
    def split_link(cls, payload: Any) -> tuple[Any, dict[str, Any]]:
        if isinstance(payload, dict):
            if set(payload) != {"dice", "steps"}:
                raise TypeError("a link's pipeline holds its recipe and its steps")
            return payload["steps"], {"dice": payload["dice"]}
        return payload, {}

    def with_dice(self, dice: int) -> Pipeline:
        """The same steps under another recipe (every draw changes; used by the studio's switch)."""
        return replace(self, dice=dice)

    @cached_property
    def plan(self) -> tuple[tuple[PreparedStep, StepRecord | None], ...]:
        """Each step that is on, with its record when no draw can change it.

        Why: a step whose coin is certain (p of 0 or 1), whose parameters are all
        pinned and that draws no extras gets the same record in every draw. Working
        that out once per pipeline, not once per draw, keeps a cheap transform such
        as gain (a single multiply) from paying more in bookkeeping than in work.
        The shared record is read-only, like every record: replays never write to it.
        """
        entries = []
        for step in self.prepare():
            spec: AudioTransform = step.spec
            pinned = None
            if (
                step.p in (0.0, 1.0)
                and spec.extra is None
                and all(p.is_fixed(step.params[p.name]) for p in spec.params)
            ):
                values = {k: (v[0] if isinstance(v, tuple | list) else v) for k, v in step.params.items()}
                pinned = StepRecord(step.name, step.p == 1.0, spec.written(values))  # cleaned values: plain
            entries.append((step, pinned))
        return tuple(entries)

    @cached_property
    def draw_plan(self) -> tuple[tuple[AudioTransform, StepRecord | None, CompiledStep | None, PreparedStep], ...]:
        """``plan`` with each step's spec and compiled dice (``compiled_dice``), for ``run_draw``'s loop."""
        return tuple((step.spec, pinned, compile_step(step, self.dice), step) for step, pinned in self.plan)

    @cached_property
    def fast(self) -> FastDraw:
        """``run_draw``'s everyday case (float32 in, no intermediates) worked out once: ``fast_draw``."""
        return fast_draw(self.plan, sample_step, self.dice)

    @cached_property
    def fast_call(self) -> Callable[[np.ndarray, int, int, int], DrawResult]:
        """``fast.__call__``, bound once: calling an object costs ~0.1 µs more than calling a bound method."""
        return self.fast.__call__

    @cached_property
    def fixed_record(self) -> tuple[StepRecord, ...] | None:
        """The one record every draw gets, when no step needs dice; else None."""
        pinned = tuple(entry[1] for entry in self.plan)
        return None if None in pinned else pinned  # type: ignore[return-value]


def sample_record(pipeline: Pipeline, seed: int, draw: int) -> list[StepRecord]:
    """The random choices of draw ``draw`` under ``seed``: coins, sampled values and extras.

    Steps that need no dice (see ``Pipeline.plan``) get exactly the values the
    generator would have produced, without paying ~20 µs to build one.
    """
    fixed = pipeline.fixed_record
    if fixed is not None:
        return list(fixed)
    return _sampled(pipeline, int(seed), int(draw))


def _sampled(pipeline: Pipeline, seed: int, draw: int) -> list[StepRecord]:
    dice = pipeline.dice
    return [
        pinned
        if pinned is not None
        else sample_compiled(compiled, seed, draw)
        if compiled is not None
        else sample_step(step, seed, draw, dice)
        for _, pinned, compiled, step in pipeline.draw_plan
    ]


def sample_step(step: PreparedStep, seed: int, draw: int, dice: int) -> StepRecord:
    """One step's coin and values under recipe ``dice``: one number for the coin, one per parameter, then the extras.

    The numbers come from ``streams`` (computed in bulk for consecutive
    draws) rather than from a generator built for this one step: the same
    values, ~20 µs cheaper.
    """
    spec: AudioTransform = step.spec
    drawn = spec.drawn
    u = uniforms(int(seed), int(draw), step.position, 1 + len(drawn), dice)
    params = step.params
    values = {param.name: value_at(param, params[param.name], u[i]) for i, param in enumerate(drawn, start=1)}
    if spec.absent:  # parameters added later: recorded only when they differ from what their absence meant
        values.update(spec.written({name: params[name] for name in spec.absent}))
    if spec.extra is not None:
        values.update(spec.extra(continued(int(seed), int(draw), step.position, 1 + len(drawn), dice), values))
        values = plain(values)
    return StepRecord(step.name, u[0] < step.p, values)


def replay(samples: np.ndarray, rate: int, record: list[StepRecord], *, keep_intermediates: bool = False) -> DrawResult:
    """Apply a recorded draw: no randomness left, so the same record gives the same samples.

    Transforms never write into their input, so the caller's array is read, not copied;
    a draw in which nothing ran still returns a copy. Samples must be finite, as
    ``playground.io.audio.decode_audio`` guarantees.
    """
    return _apply(samples, rate, list(record), keep_intermediates)


def run_draw(
    pipeline: Pipeline, samples: np.ndarray, rate: int, seed: int, draw: int, *, keep_intermediates: bool = False
) -> DrawResult:
    """Sample and apply draw ``draw``: what the studio shows in its grid.

    Float32 samples without intermediates take ``Pipeline.fast`` (the same
    records and samples, less bookkeeping); anything else the general path.
    """
    if not keep_intermediates and type(samples) is _NDARRAY and samples.dtype is _FLOAT32:
        return pipeline.fast_call(samples, rate, seed, draw)
    return _apply(samples, rate, sample_record(pipeline, seed, draw), keep_intermediates)


class _Kernel:
    """Call one audio transform, keep float32 and cut a draw grown past ``MAX_GROWTH`` times its input."""

    __slots__ = ("limit", "rate", "trimmed")

    def __init__(self, rate: int, limit: int) -> None:
        self.rate, self.limit, self.trimmed = rate, limit, False

    def __call__(self, spec: AudioTransform, values: dict[str, Any], x: np.ndarray) -> np.ndarray:
        x = spec.fn(x, self.rate, **values)
        if x.dtype is not _FLOAT32:  # NumPy 2 promotes float32 with float64 scalars: keep the contract
            x = x.astype(np.float32)
        if spec.changes_length and x.shape[-1] > self.limit:
            x, self.trimmed = x[..., : self.limit], True
        return x


def _apply_lean(source: np.ndarray, rate: int, record: list[StepRecord]) -> DrawResult:
    """A replay without intermediates, written out: the same calls as ``replay_records`` with ``_Kernel``.

    Why a second loop: a gain on 10 s of audio is one ~25 µs multiply, and the
    shared loop's generic calls cost ~4 µs more per draw (a training loop that
    replays stored records pays them). ``test_lean_and_shared_loops_agree``
    keeps the two equal (and ``Pipeline.fast``, the drawing twin of this loop).
    """
    x = source
    trimmed = False
    limit = int(source.shape[-1] * MAX_GROWTH) or 1
    registry = AUDIO_TRANSFORMS
    for step in record:
        if step.fired:
            spec = registry[step.name]
            x = spec.fn(x, rate, **step.params)
            if x.dtype is not _FLOAT32:
                x = x.astype(np.float32)
            if spec.changes_length and x.shape[-1] > limit:
                x, trimmed = x[..., :limit], True
    if x is source or x.base is source:
        x = x.copy()
    return DrawResult(x, record, [], trimmed)


def _apply(samples: np.ndarray, rate: int, record: list[StepRecord], keep_intermediates: bool) -> DrawResult:
    """``replay`` on a record the result may own (a one-multiply gain costs ~15 µs: keep this lean)."""
    source = samples if type(samples) is np.ndarray and samples.dtype is _FLOAT32 else np.asarray(samples, np.float32)
    if not keep_intermediates:
        return _apply_lean(source, rate, record)
    kernel = _Kernel(rate, int(source.shape[-1] * MAX_GROWTH) or 1)
    x, frames = replay_records(record, source, AUDIO_TRANSFORMS, kernel, keep_intermediates=keep_intermediates)
    intermediates = [] if frames is None else [frame.copy() if frame is source else frame for frame in frames[1:]]
    if x is source or x.base is source:
        x = x.copy()
    return DrawResult(x, record, intermediates, kernel.trimmed)


def run_draws(
    pipeline: Pipeline, samples: np.ndarray, rate: int, seed: int, n: int, *, budget_s: float | None = None
) -> list[DrawResult]:
    """Draws 0..n-1, stopping early (after at least one) once ``budget_s`` seconds are spent.

    Why a budget: 23 transforms on 30 s at 44.1 kHz take ~3 s per draw on one
    core; twelve of them would freeze a shared server for half a minute. The
    caller shows how many draws fitted, and each draw is still exactly
    reproducible on its own.
    """
    start = time.perf_counter()
    results: list[DrawResult] = []
    for draw in range(n):
        results.append(run_draw(pipeline, samples, rate, seed, draw))
        if budget_s is not None and time.perf_counter() - start > budget_s:
            break
    return results


def record_to_dict(record: list[StepRecord]) -> list[dict[str, Any]]:
    """A draw's record in the audio studio's spelling (``applied``, ``values``), as its files have always had it."""
    return [{"name": s.name, "applied": s.fired, "values": plain(s.params)} for s in record]


def record_from_dict(data: list[dict[str, Any]]) -> list[StepRecord]:
    return [StepRecord(str(item["name"]), bool(item["applied"]), dict(item["values"])) for item in data]
