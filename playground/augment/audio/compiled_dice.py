"""A step's dice worked out once per pipeline: the coin and each parameter's rule, read in one flat loop.

Why: ``sample_step`` asks each parameter's kind, range and scale on every
draw (``spec.value_at``), ~2.6 µs for a gain, while audiomentations' whole
bookkeeping for a gain is ~1.7 µs and the multiply itself ~20 µs on 10 s of
audio. Here the questions are answered once: each parameter becomes a rule
``(name, mode, a, b)`` whose arithmetic is exactly ``value_at``'s, the same
float operations in the same order on the same numbers (``a + u * b`` with
``b = high - low`` computed once is what ``low + u * (high - low)`` computes),
so every value is bit-identical and old links replay unchanged
(``tests/unit/augment/audio/test_compiled_dice.py`` compares the two paths).
Steps with extras (a noise seed from the continued stream) stay with
``sample_step``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np

from playground.augment.audio.spec import AudioTransform
from playground.augment.audio.streams import uniforms
from playground.augment.core import PreparedStep
from playground.augment.replay import StepRecord

CONSTANT, LINEAR, LOG, INTEGER = range(4)
Rule = tuple[str, int, Any, Any]  # (parameter, mode, a, b)
Choice = tuple[bool, tuple[Any, ...]]  # one draw's coin and values, in ``value_names`` order


@dataclass(frozen=True, slots=True)
class CompiledStep:
    """What one step's draw needs: its name, coin, stream position, how many numbers, one rule per value, the recipe."""

    name: str
    p: float
    position: int
    count: int
    rules: tuple[Rule, ...]
    constant: dict[str, Any]  # parameters added later, as written when they differ from their absence
    dice: int  # the pipeline's random recipe (``streams.LEGACY`` or ``streams.CURRENT``)


def _rule(name: str, kind: str, log: bool, setting: Any) -> Rule:
    if kind in ("range", "int_range") and setting[0] == setting[1]:
        return (name, CONSTANT, setting[0], None)  # a pinned value: exactly it
    if kind == "range":
        low, high = setting
        if log and low > 0:
            return (name, LOG, math.log(low), math.log(high) - math.log(low))
        return (name, LINEAR, low, high - low)
    if kind == "int_range":
        low, high = setting
        return (name, INTEGER, low, high - low)
    return (name, CONSTANT, setting, None)


def compile_step(step: PreparedStep, dice: int) -> CompiledStep | None:
    """The step's rules under recipe ``dice``, or None when it draws extras (``sample_step`` serves it)."""
    spec: AudioTransform = step.spec
    if spec.extra is not None:
        return None
    params = step.params
    rules = tuple(_rule(param.name, param.kind, param.log, params[param.name]) for param in spec.drawn)
    constant = spec.written({name: params[name] for name in spec.absent}) if spec.absent else {}
    return CompiledStep(step.name, step.p, step.position, 1 + len(rules), rules, constant, dice)


def sample_compiled(step: CompiledStep, seed: int, draw: int) -> StepRecord:
    """``sample_step``'s record for this draw, from the compiled rules."""
    u = uniforms(seed, draw, step.position, step.count, step.dice)
    values: dict[str, Any] = {}
    index = 1
    for name, mode, a, b in step.rules:
        v = u[index]
        index += 1
        if mode == LINEAR:
            values[name] = float(a + v * b)
        elif mode == CONSTANT:
            values[name] = a
        elif mode == LOG:
            values[name] = float(math.exp(a + v * b))
        else:
            values[name] = int(a + min(int(v * (b + 1)), b))
    if step.constant:
        values.update(step.constant)
    return StepRecord(step.name, u[0] < step.p, values)


def value_names(step: CompiledStep) -> tuple[str, ...]:
    """The keys of ``sample_compiled``'s values, in their order: the rules', then the constant ones."""
    return (*(rule[0] for rule in step.rules), *step.constant)


def block_choices(step: CompiledStep, table: np.ndarray) -> list[Choice]:
    """``sample_compiled``'s coin and values for every row of a block's table (``streams.block_table``).

    Why per block: one pass of array arithmetic serves ``BLOCK`` draws, so a
    draw of a cheap transform only reads its row (``fast_draw``). The same
    operations on the same doubles as ``sample_compiled``: a linear value is
    ``a + u * b`` in float64 arrays (an IEEE multiply, then an add, each
    rounded exactly as Python's floats are), an integer one the same
    truncation in int64; a log value takes ``sample_compiled``'s very
    expression per draw (NumPy's ``exp`` is not ``math.exp`` to the last bit).
    ``test_fast_draw.py`` compares the two on every row of a block.
    """
    coins = (table[:, 0] < step.p).tolist()
    columns: list[Any] = []
    for i, (_, mode, a, b) in enumerate(step.rules, start=1):
        u = table[:, i]
        if mode == LINEAR:
            columns.append((a + u * b).tolist() if type(a) is float and type(b) is float else
                           [float(a + v * b) for v in u.tolist()])  # fmt: skip
        elif mode == CONSTANT:
            columns.append(repeat(a))
        elif mode == LOG:
            columns.append([float(math.exp(a + v * b)) for v in u.tolist()])
        elif type(a) is int and type(b) is int:  # int() truncates; so does astype for these non-negative doubles
            columns.append((a + np.minimum((u * (b + 1)).astype(np.int64), b)).tolist())
        else:
            columns.append([int(a + min(int(v * (b + 1)), b)) for v in u.tolist()])
    columns.extend(repeat(value) for value in step.constant.values())
    if not columns:
        return [(coin, ()) for coin in coins]
    return list(zip(coins, zip(*columns)))  # noqa: B905 (the constant columns repeat without end)
