"""The image pipeline: N seeded draws of a photo, what fired and what was sampled, labels that follow, replay.

Why this module is short: steps, files, links, cleaning and the draw loop are
the shared core (``playground.augment.core``, ``playground.augment.replay``).
What is the image studio's own lives here: its file format (kept as it was,
so every pipeline.json and link since the first opens), its random-number
order (``playground.augment.image.sampling``), the size guard and the labels
that move with each geometric step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.augment import core
from playground.augment.core import MAX_STEPS, PipelineFormat, PreparedStep, Step
from playground.augment.image.labels import Labels, move_labels
from playground.augment.image.registry import IMAGE_TRANSFORMS
from playground.augment.image.sampling import chooser
from playground.augment.image.spec import ImageTransform
from playground.augment.replay import StepRecord, draw
from playground.augment.replay import replay as replay_records
from playground.core.errors import InputError

__all__ = ["MAX_DRAWS", "MAX_SIDE", "MAX_STEPS", "Draw", "Pipeline", "Step", "StepRecord", "draw_grid", "replay",
           "run_draw"]  # fmt: skip

FORMAT_VERSION = 1
MAX_DRAWS = 36
MAX_SIDE = 3072  # chained pads and resizes must not grow an image past what a server can hold


class Pipeline(core.Pipeline):
    """An image pipeline: JSON ``{"version": 1, "steps": [{name, p, enabled, params}]}``, link rows with an on flag."""

    registry = IMAGE_TRANSFORMS
    format = PipelineFormat(
        errors="image.err", header={"version": FORMAT_VERSION}, check_header=False, params_key="params",
        enabled_always=True,
    )  # fmt: skip


@dataclass
class Draw:
    """One augmented copy: the image, what each enabled step did, the moved labels, intermediates if asked."""

    index: int
    image: np.ndarray
    records: list[StepRecord]
    labels: Labels | None = None
    intermediates: list[np.ndarray] | None = None

    def fired(self) -> list[StepRecord]:
        return [record for record in self.records if record.fired]


class _Kernel:
    """Apply one image transform: refuse an image grown past ``MAX_SIDE``, move the labels with the pixels."""

    __slots__ = ("labels",)

    def __init__(self, labels: Labels | None) -> None:
        self.labels = labels

    def __call__(self, spec: ImageTransform, sampled: dict[str, Any], image: np.ndarray) -> np.ndarray:
        out = spec.apply(image, sampled)
        if max(out.shape[:2]) > MAX_SIDE:
            raise InputError("image.err.too_large", side=max(out.shape[:2]), limit=MAX_SIDE)
        if self.labels is not None:
            self.labels = move_labels(self.labels, spec, sampled, image.shape, out.shape)
        return out


def _size(image: np.ndarray) -> tuple[int, int]:
    return (image.shape[0], image.shape[1])


def run_draw(
    pipeline: Pipeline | tuple[PreparedStep, ...],
    image: np.ndarray,
    seed: int,
    index: int,
    *,
    labels: Labels | None = None,
    keep_intermediates: bool = False,
) -> Draw:
    """Draw number ``index`` of ``seed``: each enabled step rolls its ``p``, samples from the current size, applies.

    Pass ``pipeline.prepare()`` when drawing many times from one pipeline.
    """
    steps = pipeline.prepare() if isinstance(pipeline, Pipeline) else pipeline
    kernel = _Kernel(labels)
    out, records, frames = draw(steps, image, chooser(seed, index), kernel, measure=_size,
                                keep_intermediates=keep_intermediates)  # fmt: skip
    return Draw(index, out, records, kernel.labels, frames)


def replay(
    image: np.ndarray,
    records: Sequence[StepRecord],
    *,
    labels: Labels | None = None,
    keep_intermediates: bool = False,
    index: int = 0,
) -> Draw:
    """Apply recorded steps deterministically; the same records always give the same pixels."""
    kernel = _Kernel(labels)
    out, frames = replay_records(records, image, IMAGE_TRANSFORMS, kernel, keep_intermediates=keep_intermediates)
    return Draw(index, out, list(records), kernel.labels, frames)


def draw_grid(pipeline: Pipeline, image: np.ndarray, seed: int, n: int, labels: Labels | None = None) -> list[Draw]:
    """Draws 0..n-1 (n clipped to 1..MAX_DRAWS) of one seed, as the page's grid shows them."""
    n = int(min(max(n, 1), MAX_DRAWS))
    steps = pipeline.prepare()
    return [run_draw(steps, image, seed, index, labels=labels) for index in range(n)]
