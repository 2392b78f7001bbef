"""The audio studio's settings, declared once: what a link carries, which widget holds each, what is kept.

Why a table (after tensorflow/playground's ``State.PROPS``): each setting used
to be read from the link by its own setter, written back by a mirror
function and listed again among the values kept across a page switch. Now
each is one ``Field``, and the studio's UI (``playground.ui.audio.state``)
derives the rest from ``AUDIO_STATE``. Link names and widget keys are the
ones shared since the studio opened: ``?pipe=&seed=&n=&sample=&rate=&stereo=``.
The random recipe (``dice``) is kept here but travels inside the pipeline's
token and file, as the draws it defines belong to the pipeline. The
builder's per-step widgets (``audio.w.<transform>.<param>``) are kept by
their prefix, ``WIDGET_PREFIX``.
"""

from __future__ import annotations

from playground.augment.audio.registry import AUDIO_TRANSFORMS
from playground.augment.audio.streams import CURRENT, RECIPES
from playground.core.params import Param
from playground.core.seeding import DEFAULT_SEED, MAX_SEED
from playground.core.state_table import Field, StateTable
from playground.data.samples import samples_of

RATES = (16_000, 22_050, 44_100)  # the rate widget's options (numbers); the link spells them as digits
SOURCES = ("sample", "upload", "mic")
DEFAULT_DRAWS, MAX_DRAWS = 6, 12
WIDGET_PREFIX = "audio.w."
_SOUNDS = tuple(sample.name for sample in samples_of("audio"))

AUDIO_STATE = StateTable(
    "audio",
    (
        Field(Param("pipe", "text", "", label_key="audio.transforms"), url="pipe", key="audio.pipe_link",
              kept=False),  # the steps live in the builder's widgets; this key only names the link's token
        Field(Param("seed", "int", DEFAULT_SEED, 0, MAX_SEED, 1, label_key="audio.seed"), url="seed", key="audio.seed"),
        Field(Param("n", "int", DEFAULT_DRAWS, 1, MAX_DRAWS, 1, label_key="audio.n_draws"), url="n",
              key="audio.n_draws"),
        Field(Param("rate", "choice", str(RATES[0]), choices=tuple(map(str, RATES)), label_key="audio.rate"),
              url="rate", key="audio.rate"),
        Field(Param("stereo", "bool", False, label_key="audio.stereo"), url="stereo", key="audio.stereo"),
        Field(Param("sample", "choice", _SOUNDS[0], choices=_SOUNDS, label_key="audio.sample"), url="sample",
              key="audio.sample"),
        Field(Param("source", "choice", "sample", choices=SOURCES, label_key="audio.source"), key="audio.source"),
        Field(Param("transforms", "multi", (), choices=tuple(AUDIO_TRANSFORMS), label_key="audio.transforms"),
              key="audio.transforms"),
        Field(Param("diff", "bool", False, label_key="audio.diff"), key="audio.diff"),
        Field(Param("dice", "int", CURRENT, min(RECIPES), max(RECIPES), 1, label_key="audio.dice"),
              key="audio.dice"),  # the pipeline's random recipe: it travels inside ``pipe`` (a file, a link)
    ),
)  # fmt: skip
