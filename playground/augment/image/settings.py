"""The image studio's settings, declared once: what a link carries, which widget holds each, what is kept.

Why a table (after tensorflow/playground's ``State.PROPS``): the seed and the
grid size were read from the link in one function, written back in another,
seeded as widget defaults in a third, and the page kept its own list of
values that survive a visit to another page. Now each is one ``Field``; the
studio's UI (``playground.ui.image.state``) derives all of that from
``IMAGE_STATE``. Link names and widget keys are the ones shared since the
studio opened: ``?pipe=&seed=&n=``. The pipeline itself travels as a token
(``Pipeline.to_url``), which the table carries as text and the pipeline reads.
"""

from __future__ import annotations

from playground.augment.image.pipeline import MAX_DRAWS
from playground.augment.image.registry import IMAGE_TRANSFORMS
from playground.core.params import Param
from playground.core.seeding import DEFAULT_SEED, MAX_SEED
from playground.core.state_table import Field, StateTable
from playground.data.samples import samples_of

SOURCES = ("sample", "upload", "camera")
DEFAULT_DRAWS = 12  # three rows of four: enough to see the spread of a pipeline
DEFAULT_PRESET = "light"

IMAGE_STATE = StateTable(
    "image",
    (
        Field(Param("pipe", "text", "", label_key="image.pipeline_header"), url="pipe", key="image.pipe_link",
              kept=False),  # the steps live in ``image.steps``; this key only names the link's token
        Field(Param("seed", "int", DEFAULT_SEED, 0, MAX_SEED, 1, label_key="image.seed"), url="seed", key="image.seed"),
        Field(Param("n", "int", DEFAULT_DRAWS, 1, MAX_DRAWS, 1, label_key="image.n_draws"), url="n",
              key="image.n_draws"),
        Field(Param("quick", "bool", False, label_key="image.quick"), key="image.quick"),
        Field(Param("quick_name", "choice", "rotate", choices=tuple(IMAGE_TRANSFORMS), label_key="image.quick_pick"),
              key="image.quick_name"),
        Field(Param("source", "choice", "sample", choices=SOURCES, label_key="image.source"), key="image.source"),
        Field(Param("sample", "choice", samples_of("image")[0].name,
                    choices=tuple(s.name for s in samples_of("image")), label_key="image.sample"), key="image.sample"),
        Field(Param("labels", "bool", True, label_key="image.labels_on"), key="image.labels_on"),
    ),
)  # fmt: skip
