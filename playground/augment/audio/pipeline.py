"""Compose transforms into a pipeline, draw seeded random versions, record and replay them.

Why record every sampled value: a draw must be explainable ("pitch +2.3
semitones, then noise at 14 dB SNR") and reproducible without the generator,
as audiomentations' frozen parameters are. Each step of each draw gets its own
generator from ``(seed, draw, step)``: changing step 3 never changes what
steps 1 and 2 drew, and draw 7 can be recomputed alone. A step consumes one
number for its ``p`` coin and one per parameter whether or not it applies.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from playground.augment.audio.registry import REGISTRY, get_transform
from playground.augment.audio.spec import TransformSpec
from playground.core.errors import InputError
from playground.core.seeding import numpy_rng

FORMAT = "playground.audio_pipeline/1"
MAX_STEPS = 24  # every transform once, and a little more; a longer chain only costs time
_FLOAT32 = np.dtype(np.float32)  # compared by identity: the cheapest check on every step
MAX_GROWTH = 2.0  # a draw never gets longer than twice its input (a chain of slow-downs is cut there)


@dataclass(frozen=True)
class Step:
    """One transform in a pipeline: its name, probability and parameter settings (ranges or values)."""

    name: str
    p: float = 1.0
    settings: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def make(cls, name: str, p: float | None = None, **settings: Any) -> Step:
        """A checked step: defaults filled in, ranges ordered and clamped, ``p`` in [0, 1]."""
        spec = get_transform(name)
        chance = spec.p if p is None else float(p)
        if not 0.0 <= chance <= 1.0:
            raise InputError("audio.error.bad_p", name=name)
        return cls(name, chance, spec.clean_settings(settings))


@dataclass(frozen=True)
class Pipeline:
    steps: tuple[Step, ...] = ()

    @cached_property
    def plan(self) -> tuple[tuple[int, Step, TransformSpec, AppliedStep | None], ...]:
        """Each step with its spec, and its record when no draw can change it.

        Why: a step whose coin is certain (p of 0 or 1), whose parameters are all
        pinned and that draws no extras gets the same record in every draw. Working
        that out once per pipeline, not once per draw, keeps a cheap transform such
        as gain (a single multiply) from paying more in bookkeeping than in work.
        The shared record is read-only, like every record: replays never write to it.
        """
        entries = []
        for index, step in enumerate(self.steps):
            spec = get_transform(step.name)
            pinned = None
            if (
                step.p in (0.0, 1.0)
                and spec.extra is None
                and all(p.is_fixed(step.settings[p.name]) for p in spec.params)
            ):
                values = {k: (v[0] if isinstance(v, tuple | list) else v) for k, v in step.settings.items()}
                pinned = AppliedStep(step.name, step.p == 1.0, values)  # cleaned settings are plain already
            entries.append((index, step, spec, pinned))
        return tuple(entries)

    @cached_property
    def fixed_record(self) -> tuple[AppliedStep, ...] | None:
        """The one record every draw gets, when no step needs dice; else None."""
        pinned = tuple(entry[3] for entry in self.plan)
        return None if None in pinned else pinned

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "steps": [{"name": s.name, "p": s.p, "settings": plain(s.settings)} for s in self.steps],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Any) -> Pipeline:
        """Check and load a pipeline written by ``to_dict`` (or by hand)."""
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("steps"), list):
            raise InputError("audio.error.bad_pipeline", expected=FORMAT)
        if len(data["steps"]) > MAX_STEPS:
            raise InputError("audio.error.too_many_steps", limit=MAX_STEPS)
        steps = []
        for item in data["steps"]:
            if not isinstance(item, dict) or not isinstance(item.get("settings", {}), dict):
                raise InputError("audio.error.bad_pipeline", expected=FORMAT)
            try:
                chance = float(item.get("p", 1.0))
            except (TypeError, ValueError):
                raise InputError("audio.error.bad_p", name=str(item.get("name"))) from None
            steps.append(Step.make(str(item.get("name")), chance, **item.get("settings", {})))
        return cls(tuple(steps))

    @classmethod
    def from_json(cls, text: str | bytes) -> Pipeline:
        try:
            data = json.loads(text)
        except (ValueError, UnicodeDecodeError):
            raise InputError("audio.error.bad_json") from None
        return cls.from_dict(data)


def plain(value: Any) -> Any:
    """Tuples become lists and NumPy scalars plain numbers, so JSON round-trips to equal values."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


@dataclass(frozen=True)
class AppliedStep:
    """What one step did in one draw: whether its coin came up, and every value it used."""

    name: str
    applied: bool
    values: dict[str, Any]


@dataclass(slots=True)
class DrawResult:
    samples: np.ndarray
    record: list[AppliedStep]
    intermediates: list[np.ndarray] = field(default_factory=list)  # after each step, when asked
    trimmed: bool = False


def sample_record(pipeline: Pipeline, seed: int, draw: int) -> list[AppliedStep]:
    """The random choices of draw ``draw`` under ``seed``: coins, sampled values and extras.

    Steps that need no dice (see ``Pipeline.plan``) get exactly the values the
    generator would have produced, without paying ~20 µs to build one.
    """
    fixed = pipeline.fixed_record
    if fixed is not None:
        return list(fixed)
    return [
        pinned if pinned is not None else _sample_step(step, spec, seed, draw, index)
        for index, step, spec, pinned in pipeline.plan
    ]


def _sample_step(step: Step, spec: TransformSpec, seed: int, draw: int, index: int) -> AppliedStep:
    rng = numpy_rng(seed, "audio.draw", draw, index)
    applied = bool(rng.random() < step.p)
    values = {param.name: param.sample(step.settings[param.name], rng) for param in spec.params}
    if spec.extra is not None:
        values.update(spec.extra(rng, values))
    return AppliedStep(step.name, applied, plain(values))


def replay(
    samples: np.ndarray, rate: int, record: list[AppliedStep], *, keep_intermediates: bool = False
) -> DrawResult:
    """Apply a recorded draw: no randomness left, so the same record gives the same samples.

    Transforms never write into their input, so the caller's array is read, not copied;
    a draw in which nothing ran still returns a copy. Samples must be finite, as
    ``playground.io.audio.decode_audio`` guarantees.
    """
    return _apply(samples, rate, list(record), keep_intermediates)


def run_draw(
    pipeline: Pipeline, samples: np.ndarray, rate: int, seed: int, draw: int, *, keep_intermediates: bool = False
) -> DrawResult:
    """Sample and apply draw ``draw``: what the studio shows in its grid."""
    fixed = pipeline.fixed_record  # checked here too: one call fewer for the cheapest pipelines
    record = list(fixed) if fixed is not None else sample_record(pipeline, seed, draw)
    return _apply(samples, rate, record, keep_intermediates)


def _apply(samples: np.ndarray, rate: int, record: list[AppliedStep], keep_intermediates: bool) -> DrawResult:
    """``replay`` on a record the result may own.

    Why so lean: a one-multiply transform such as gain costs ~15 µs on 10 s of
    audio, so every 100 ns of bookkeeping here is visible next to it.
    """
    source = samples if type(samples) is np.ndarray and samples.dtype is _FLOAT32 else np.asarray(samples, np.float32)
    x = source
    trimmed = False
    intermediates: list[np.ndarray] = []
    for step in record:
        if step.applied:
            spec = REGISTRY[step.name]  # names were checked when the step was made
            x = spec.fn(x, rate, **step.values)
            if x.dtype is not _FLOAT32:  # NumPy 2 promotes float32 with float64 scalars: keep the contract
                x = x.astype(np.float32)
            if spec.changes_length and x.shape[-1] > (limit := int(source.shape[-1] * MAX_GROWTH) or 1):
                x, trimmed = x[..., :limit], True
        if keep_intermediates:
            intermediates.append(x.copy() if x is source else x)
    if x is source or x.base is source:
        x = x.copy()
    return DrawResult(x, record, intermediates, trimmed)


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


def record_to_dict(record: list[AppliedStep]) -> list[dict[str, Any]]:
    return [{"name": s.name, "applied": s.applied, "values": plain(s.values)} for s in record]


def record_from_dict(data: list[dict[str, Any]]) -> list[AppliedStep]:
    return [AppliedStep(str(item["name"]), bool(item["applied"]), dict(item["values"])) for item in data]
