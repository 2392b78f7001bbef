"""The vision lab's settings, declared once: each knob a ``Param`` in one state table (link names, widget keys).

Why these defaults: 300 training images is where the issue's claim is
sharpest (augmentation matters most when data is scarce) and trains both runs
in seconds on one core; Adam at 3e-3 with batches of 32 gets the seed's CNN
to its plateau in ~15 epochs on either data set.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.core.params import Param
from playground.core.state_table import Field, StateTable
from playground.vision.augment import DEFAULT_PIPELINE
from playground.vision.data import DATASETS
from playground.vision.models import MODELS

SOURCES = ("lab", "studio")  # the lab's own short pipeline, or the image studio's current one

DATASET = Param("dataset", "choice", "printed", choices=tuple(DATASETS), label_key="vision.dataset",
                help_key="vision.dataset_help")  # fmt: skip
TRAIN_SIZE = Param("train_size", "int", 300, 50, 2400, 50, label_key="vision.train_size",
                   help_key="vision.train_size_help")  # fmt: skip
MODEL = Param("model", "choice", "seed_cnn", choices=tuple(MODELS), label_key="vision.model",
              help_key="vision.model_help")  # fmt: skip
EPOCHS = Param("epochs", "int", 15, 1, 40, 1, label_key="vision.epochs", help_key="vision.epochs_help")
BATCH = Param("batch_size", "int", 32, 8, 256, 8, label_key="vision.batch_size", help_key="vision.batch_help")
LR = Param("lr", "float", 3e-3, 1e-4, 0.1, 1e-4, label_key="vision.lr", help_key="vision.lr_help", log=True)
AUGMENT = Param("augment", "bool", True, label_key="vision.augment", help_key="vision.augment_help")
AUG_P = Param("aug_p", "float", 0.8, 0.0, 1.0, 0.05, label_key="vision.aug_p", help_key="vision.aug_p_help")
SOURCE = Param("source", "choice", "lab", choices=SOURCES, label_key="vision.source", help_key="vision.source_help")
PIPE = Param("pipe", "text", DEFAULT_PIPELINE.to_url(), label_key="vision.pipe")

VISION = StateTable(
    "vision",
    (
        Field(DATASET, "data"),
        Field(TRAIN_SIZE, "n"),
        Field(MODEL, "model"),
        Field(EPOCHS, "epochs"),
        Field(BATCH, "batch"),
        Field(LR, "lr"),
        Field(AUGMENT, "aug"),
        Field(AUG_P, "p"),
        Field(SOURCE, "src"),
        Field(PIPE, "pipe"),
    ),
)


@dataclass(frozen=True)
class VisionSettings:
    """The table's values as one object (what a run is made from, besides the seed and the pipeline)."""

    dataset: str = DATASET.default
    train_size: int = TRAIN_SIZE.default
    model: str = MODEL.default
    epochs: int = EPOCHS.default
    batch_size: int = BATCH.default
    lr: float = LR.default
    augment: bool = AUGMENT.default
    aug_p: float = AUG_P.default
    source: str = SOURCE.default
    pipe: str = PIPE.default

    @classmethod
    def from_values(cls, values: dict) -> VisionSettings:
        """From the table's (already cleaned) values by field name."""
        return cls(**{name: values[name] for name in VISION.fields if name in values})
