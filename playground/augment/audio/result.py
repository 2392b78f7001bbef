"""What one audio draw gives back: its samples, its record, the intermediates asked for, and whether it was cut.

Why the record can wait: a draw's record (one ``StepRecord`` per step, each
with its sampled values) is what makes the draw explainable and replayable,
but a training loop or a timing loop never reads it. Building the named
tuples costs ~0.3 µs a step, more than a tenth of audiomentations' whole
bookkeeping for a gain (one ~25 µs multiply on 10 s of audio). So the fast
draw (``playground.augment.audio.fast_draw``) hands over the raw choices it
made anyway (each step's coin and values) with the function that turns them
into records, and ``record`` calls it the first time it is read: the same
records from the same values, only later (``test_fast_draw.py`` compares
them with ``sample_record``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from playground.augment.replay import StepRecord

Pending = tuple[Callable[[Any], list[StepRecord]], Any]  # (build, raw): ``build(raw)`` is the record


class DrawResult:
    """A draw's samples, its record (``list[StepRecord]``), intermediates (after each step, when asked) and ``trimmed``.

    Built as ``DrawResult(samples, record, intermediates, trimmed)``, as it
    always was; the fast draw builds its results with ``pending_result``.
    """

    __slots__ = ("_record", "intermediates", "samples", "trimmed")

    def __init__(
        self,
        samples: np.ndarray,
        record: list[StepRecord],
        intermediates: list[np.ndarray] | None = None,
        trimmed: bool = False,
    ) -> None:
        self.samples = samples
        self._record: list[StepRecord] | Pending = record if type(record) is list else list(record)
        self.intermediates = [] if intermediates is None else intermediates
        self.trimmed = trimmed

    @property
    def record(self) -> list[StepRecord]:
        """One record per step that is on: did it fire, with which values (built on first reading)."""
        record = self._record
        if type(record) is tuple:  # (build, raw) from ``pending_result``: records are lists
            build, raw = record
            record = self._record = build(raw)
        return record  # type: ignore[return-value]

    @record.setter
    def record(self, record: list[StepRecord]) -> None:
        self._record = record

    def __reduce__(self) -> tuple[type[DrawResult], tuple[Any, ...]]:
        """Pickled and copied with its records built (the builder is a pipeline's, which stays behind)."""
        return (DrawResult, (self.samples, self.record, self.intermediates, self.trimmed))

    def __repr__(self) -> str:
        return (f"DrawResult(samples=<{self.samples.dtype} {self.samples.shape}>, record={self.record!r}, "
                f"intermediates=<{len(self.intermediates)}>, trimmed={self.trimmed})")  # fmt: skip


_new = object.__new__


def pending_result(
    samples: np.ndarray, build: Callable[[Any], list[StepRecord]], raw: Any, trimmed: bool
) -> DrawResult:
    """``DrawResult(samples, (build, raw), [], trimmed)`` for the fast draw, minus the ``__init__`` call (~0.07 µs)."""
    result = _new(DrawResult)
    result.samples = samples
    result._record = (build, raw)
    result.intermediates = []
    result.trimmed = trimmed
    return result
