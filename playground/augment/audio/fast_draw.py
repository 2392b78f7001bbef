"""``run_draw``'s everyday case worked out once per pipeline: each step's choices read from a row, then its kernel.

Why: a gain on 10 s of audio is one ~25 µs multiply, and audiomentations'
bookkeeping around it (``random.uniform``, a few checks) is ~1.5 µs. The
general path (``sample_record``, then ``_apply_lean``) asked on every draw
which kind of step each one is, went through four calls to reach the step's
two random numbers, turned them into values one rule at a time, called the
kernel with a dict of keywords and built a named tuple per step and a
dataclass per draw: ~4 µs, which left gain at ~0.85x audiomentations' speed.

Here each step is sorted once, when the pipeline first draws, into one of:

- ``PINNED``: no dice can change it (``Pipeline.plan``): its record is the
  pinned one;
- ``DICE``: its coin and values for ``BLOCK`` consecutive draws are worked
  out together, as array arithmetic over the streams' block of numbers
  (``compiled_dice.block_choices``, bit-identical to ``sample_compiled``),
  so a draw only reads its row ``(fired, values)``;
- ``EXTRA``: it draws extras (a noise seed): ``sample_step`` serves it;

and the kernel is called with positional values where its signature takes
them in the record's order (a keyword call costs ~0.2 µs more). The draw
hands its raw choices to ``DrawResult``, which builds the records only when
someone reads them. Records equal ``sample_record``'s and samples equal the
general path's (``tests/unit/augment/audio/test_fast_draw.py``), so every
draw still replays bit for bit. Intermediates, or input that is not a
float32 ``ndarray``, take the general path.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np

from playground.augment.audio.compiled_dice import Choice, CompiledStep, block_choices, compile_step, value_names
from playground.augment.audio.result import DrawResult, pending_result
from playground.augment.audio.streams import BLOCK, block_table
from playground.augment.core import PreparedStep
from playground.augment.replay import StepRecord

PINNED, DICE, EXTRA = range(3)
KEYWORDS, PARAMS = -1, -2  # arities that are not counts: call with the names of the values, or a record's dict
MAX_GROWTH = 2.0  # a draw never gets longer than twice its input (a chain of slow-downs is cut there)
BLOCKS_KEPT = 2  # per step (~140 kB each): the current block and one more (an older draw, a second seed in turn)
_FLOAT32 = np.dtype(np.float32)  # compared by identity: the cheapest check on every step
_SHIFT, _LAST = BLOCK.bit_length() - 1, BLOCK - 1
assert BLOCK == 1 << _SHIFT, "BLOCK must be a power of two"
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)

Sampler = Callable[[PreparedStep, int, int, int], StepRecord]  # (step, seed, draw, recipe)
# (kind, kernel, changes length, arity, payload, prepared step); payload: a DICE step's index, or a
# PINNED step's (record, (fired, values))
FastStep = tuple[int, Callable[..., np.ndarray], bool, int, Any, PreparedStep]


class FastDraw:
    """Draw ``draw`` of one pipeline on float32 samples without intermediates: the grid's and a training loop's case."""

    __slots__ = ("build", "choices", "compiled", "dice", "memo", "names", "recipe", "sample_step", "steps")

    def __init__(
        self, plan: tuple[tuple[PreparedStep, StepRecord | None], ...], sample_step: Sampler, recipe: int
    ) -> None:
        steps: list[FastStep] = []
        compiled: list[CompiledStep | None] = []
        names: list[tuple[str, ...]] = []
        for step, pinned in plan:
            fn, changes_length = step.spec.fn, step.spec.changes_length
            rules = None if pinned is not None else compile_step(step, recipe)
            if pinned is not None:
                keys = tuple(pinned.params)
                arity = _arity(fn, keys, PARAMS)
                values = tuple(pinned.params.values()) if arity >= 0 else pinned.params
                steps.append((PINNED, fn, changes_length, arity, (pinned, (pinned.fired, values)), step))
            elif rules is not None:
                keys = value_names(rules)
                steps.append((DICE, fn, changes_length, _arity(fn, keys, KEYWORDS), len(steps), step))
            else:
                keys = ()
                steps.append((EXTRA, fn, changes_length, PARAMS, None, step))
            compiled.append(rules)
            names.append(keys)
        self.steps, self.compiled, self.names = tuple(steps), tuple(compiled), tuple(names)
        self.dice = any(entry[0] != PINNED for entry in steps)  # False: no stream to read at all
        self.sample_step = sample_step  # the pipeline module's (it imports this one)
        self.recipe = recipe  # the pipeline's random recipe ("dice", ``streams.RECIPES``)
        self.choices = lru_cache(maxsize=BLOCKS_KEPT * max(1, len(steps)))(self._block_choices)
        self.memo: tuple[int, int, list[list[Choice]]] = (-1, -1, [])  # (seed, block, rows of every DICE step)
        self.build = self.records  # bound once: the draw hands it to its result

    def __call__(self, source: np.ndarray, rate: int, seed: int, draw: int) -> DrawResult:  # noqa: PLR0912
        if self.dice:
            if type(seed) is not int or type(draw) is not int:
                seed, draw = int(seed), int(draw)
            block, index = draw >> _SHIFT, draw & _LAST  # divmod(draw, BLOCK), ~0.03 µs sooner
            memo = self.memo  # read once: another thread may replace it, never change it
            if memo[0] != seed or memo[1] != block:
                memo = self.memo = (seed, block, [self.choices(seed, i, block) if c is not None else [] for i, c in
                                                  enumerate(self.compiled)])  # fmt: skip
            rows = memo[2]
        x = source
        trimmed = False
        raw: list[Any] = []
        for kind, fn, changes_length, arity, payload, step in self.steps:
            if kind == DICE:
                entry = fired, values = rows[payload][index]
            elif kind == PINNED:
                entry, (fired, values) = payload
            else:
                entry = self.sample_step(step, seed, draw, self.recipe)
                fired, values = entry.fired, entry.params
            raw.append(entry)
            if fired:  # spelled out by arity: in Python 3.11 ``fn(x, rate, *values)`` costs ~0.15 µs more
                if arity == 1:
                    x = fn(x, rate, values[0])
                elif arity == 0:
                    x = fn(x, rate)
                elif arity > 0:
                    x = fn(x, rate, *values)
                else:
                    x = fn(x, rate, **(self.values(payload, values) if arity == KEYWORDS else values))
                if x.dtype is not _FLOAT32:  # NumPy 2 promotes float32 with float64 scalars: keep the contract
                    x = x.astype(np.float32)
                if changes_length:
                    limit = int(source.shape[-1] * MAX_GROWTH) or 1
                    if x.shape[-1] > limit:
                        x, trimmed = x[..., :limit], True
        if x is source or x.base is source:  # transforms never write into their input; the result owns its array
            x = x.copy()
        return pending_result(x, self.build, raw, trimmed)

    def records(self, raw: list[Any]) -> list[StepRecord]:
        """The draw's records from its raw choices: a DICE row ``(fired, values)`` becomes the record it stands for."""
        return [
            StepRecord(step.name, entry[0], self.values(i, entry[1])) if kind == DICE else entry
            for i, ((kind, *_, step), entry) in enumerate(zip(self.steps, raw, strict=True))
        ]

    def values(self, index: int, values: tuple[Any, ...]) -> dict[str, Any]:
        """Step ``index``'s values by name, in ``sample_compiled``'s order (a record's, and a keyword call's)."""
        return dict(zip(self.names[index], values, strict=True))

    def _block_choices(self, seed: int, index: int, block: int) -> list[Choice]:
        compiled = self.compiled[index]
        assert compiled is not None  # only DICE steps ask
        return block_choices(compiled, block_table(seed, compiled.position, block, compiled.count, compiled.dice))


class OneStepDraw(FastDraw):
    """``FastDraw`` for a pipeline of one step that is pinned or has compiled dice: the same draw without the loop.

    Why: one transform at a time is how the studio is first used and how the
    benchmark compares it with audiomentations; the loop's bookkeeping (the
    step's tuple, its kind, a list of raw choices, the length check) is
    ~0.3 µs of a gain's ~1 µs. ``test_fast_draw.py`` runs every transform
    through this class and the rest through ``FastDraw``.
    """

    __slots__ = ("arity", "fn", "pinned")

    def __init__(
        self, plan: tuple[tuple[PreparedStep, StepRecord | None], ...], sample_step: Sampler, recipe: int
    ) -> None:
        super().__init__(plan, sample_step, recipe)
        (kind, self.fn, changes_length, self.arity, payload, _), = self.steps  # fmt: skip
        assert kind != EXTRA and not changes_length, "fast_draw() sends these to FastDraw"
        self.pinned = payload if kind == PINNED else None

    def __call__(self, source: np.ndarray, rate: int, seed: int, draw: int) -> DrawResult:
        pinned = self.pinned
        if pinned is None:
            if type(seed) is not int or type(draw) is not int:
                seed, draw = int(seed), int(draw)
            block, index = draw >> _SHIFT, draw & _LAST
            memo = self.memo
            if memo[0] != seed or memo[1] != block:
                memo = self.memo = (seed, block, [self.choices(seed, 0, block)])
            entry = fired, values = memo[2][0][index]
        else:
            entry, (fired, values) = pinned
        x = source
        if fired:  # as in FastDraw.__call__
            arity = self.arity
            if arity == 1:
                x = self.fn(x, rate, values[0])
            elif arity == 0:
                x = self.fn(x, rate)
            elif arity > 0:
                x = self.fn(x, rate, *values)
            else:
                x = self.fn(x, rate, **(self.values(0, values) if arity == KEYWORDS else values))
            if x.dtype is not _FLOAT32:
                x = x.astype(np.float32)
        if x is source or x.base is source:
            x = x.copy()
        return pending_result(x, self.build, [entry], False)


def fast_draw(plan: tuple[tuple[PreparedStep, StepRecord | None], ...], sample_step: Sampler, recipe: int) -> FastDraw:
    """The fast draw for ``plan`` under ``recipe``: ``OneStepDraw`` where it applies, else ``FastDraw``."""
    if len(plan) == 1:
        step, pinned = plan[0]
        if not step.spec.changes_length and (pinned is not None or compile_step(step, recipe) is not None):
            return OneStepDraw(plan, sample_step, recipe)
    return FastDraw(plan, sample_step, recipe)


def _arity(fn: Callable[..., Any], names: tuple[str, ...], otherwise: int) -> int:
    """How many values ``fn`` takes positionally in ``names``' order (all or none), else ``otherwise``."""
    return len(names) if _takes_in_order(fn, names) else otherwise


def _takes_in_order(fn: Callable[..., Any], names: tuple[str, ...]) -> bool:
    """Whether ``fn(x, rate, *values)`` means ``fn(x, rate, **dict(zip(names, values)))``."""
    try:
        params = list(inspect.signature(fn).parameters.values())[2 : 2 + len(names)]
    except (TypeError, ValueError):  # no signature to read: keywords are always right
        return False
    return len(params) == len(names) and all(
        p.name == n and p.kind in _POSITIONAL for p, n in zip(params, names, strict=True)
    )
