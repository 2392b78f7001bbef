"""The lab's settings, declared once: each field its ``Param``, link name and widget key (the state table).

Why a config dataclass that is the table (``playground.core.config_table``):
the page's widgets, the URL (``?sw=en,zh&sm=conv1d&sp=0.8``), the job spec
sent to the worker and the exports all read the same fields, with one rule
for a bad value from a link (clamped or replaced, and reported).
``speech.words``, ``speech.augment`` (the augmentation probability) and the
other keys are the table's; they never change.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from playground.core.config_table import DIGITS, knob, table_rows, unflatten
from playground.core.state_table import StateTable
from playground.speech.features import FRONT_ENDS
from playground.speech.models import MODELS
from playground.speech.words import WORD_SETS

PIPELINE_SOURCES = ("lab", "studio")  # the lab's recipe, or the audio studio's current pipeline


@dataclass(frozen=True)
class SpeechConfig:
    """Defaults: both languages, the curriculum's Conv1D on log-mel, 12 epochs, augmentation at p = 0.8."""

    words: tuple[str, ...] = knob("sw", "multi", ("en", "zh"), choices=tuple(WORD_SETS), label_key="speech.words_pick",
                                  help_key="speech.words_help")  # fmt: skip
    front_end: str = knob("sf", "choice", "logmel", choices=tuple(FRONT_ENDS), label_key="speech.front_end")
    model: str = knob("sm", "choice", "conv1d", choices=tuple(MODELS), label_key="speech.model_pick")
    epochs: int = knob("se", "int", 12, low=1, high=60, label_key="speech.epochs")
    batch_size: int = knob("sb", "int", 32, low=8, high=128, step=8, label_key="speech.batch_size")
    lr: float = knob("slr", "float", 0.003, low=1e-4, high=0.03, log=True, label_key="speech.lr")
    # each training clip of each epoch is augmented with this chance (the key speech.augment is stable)
    probability: float = knob("sp", "float", 0.8, low=0.0, high=1.0, step=0.05, digits=DIGITS, key="speech.augment",
                              label_key="speech.probability", help_key="speech.probability_help")  # fmt: skip
    pipeline: str = knob("spipe", "choice", "lab", choices=PIPELINE_SOURCES, label_key="speech.pipeline_source",
                         help_key="speech.pipeline_source_help")  # fmt: skip
    seed: int = knob("seed", "int", 42, low=0, high=2**31 - 1, kept=False)

    @property
    def languages(self) -> tuple[str, ...]:
        return self.words or ("en",)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True, ensure_ascii=False)


SPEECH = StateTable("speech", table_rows(SpeechConfig))


def config_of(values: dict) -> SpeechConfig:
    """A config from flat (possibly bad) values: every field cleaned by its ``Param``."""
    cleaned = SPEECH.clean(values).value
    return unflatten(SpeechConfig, cleaned)
