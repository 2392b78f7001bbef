"""A ready-made pipeline as a registry entry: the one preset type of both augmentation studios.

Why entries: the preset pickers, their texts (``<prefix>.<name>`` and
``<prefix>.<name>.summary``) and the registry battery work on presets as on
every other catalogue. A preset stores only what differs from the
transforms' defaults, so a changed default reaches every preset that does not
pin it, and each ``build()`` is a fresh, checked pipeline (editing it never
changes the table).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from playground.augment.core import Pipeline
from playground.core.registry import Entry

PresetStep = tuple[str, float, dict[str, Any]]  # (transform, p, values that differ from its defaults)


@dataclass(frozen=True)
class Preset(Entry):
    """A named list of steps over one domain's ``pipeline`` class (set by the domain's subclass)."""

    steps: tuple[PresetStep, ...] = ()

    pipeline: ClassVar[type[Pipeline]]

    def build(self) -> Any:
        """A fresh pipeline of the domain's class: ``p`` as given, the other values cleaned and defaulted."""
        return self.pipeline(tuple(self.pipeline.step(name, p, **changed) for name, p, changed in self.steps))
