"""One language-lab run's settings: the studio's state table (URL, widgets and the job's spec from one list).

Why one frozen dataclass of ``knob`` fields (as the training studio's ``TrainConfig``): the corpus,
tokenizer, model and sizes are declared once with their bounds; links, widget defaults and the
spec a worker builds from all read this table. Defaults carry their reason: a first "Train" must
finish in seconds on a shared 2-core server and still beat 80 % on the Chinese reviews.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from playground.core.config_table import DIGITS, knob, table_rows, unflatten
from playground.core.errors import Notice
from playground.core.params import Cleaned
from playground.core.state_table import StateTable
from playground.language.corpora import CORPORA
from playground.language.models import MODELS
from playground.language.tokenize import TOKENIZERS


@dataclass(frozen=True)
class LanguageConfig:
    """Each line: the field, its default, its link name and its ``Param``."""

    corpus: str = knob("c", "choice", "reviews_zh", choices=tuple(CORPORA), label_key="language.corpus")
    # characters and their pairs: no segmenter needed, and the best bag of words on these reviews
    tokenizer: str = knob("tok", "choice", "char_bigrams", choices=tuple(TOKENIZERS), label_key="language.tokenizer")
    model: str = knob("m", "choice", "ngram", choices=tuple(MODELS), label_key="language.model")
    epochs: int = knob("ep", "int", 2, low=1, high=40, label_key="language.epochs")
    lr: float = knob("lr", "float", 0.05, low=1e-4, high=0.5, log=True, digits=DIGITS, label_key="language.lr")
    batch_size: int = knob("bs", "int", 256, low=8, high=512, step=8, label_key="language.batch_size")
    # the most frequent tokens of the training part; the rest become <unk>
    max_vocab: int = knob("v", "int", 50_000, low=500, high=200_000, step=500, label_key="language.max_vocab",
                          help_key="language.max_vocab_help")  # fmt: skip
    dim: int = knob("d", "int", 32, low=8, high=128, step=8, label_key="language.dim")
    hidden: int = knob("h", "int", 64, low=8, high=256, step=8, label_key="language.hidden")
    heads: int = knob("heads", "int", 2, low=1, high=4, label_key="language.heads")
    layers: int = knob("layers", "int", 2, low=1, high=2, label_key="language.layers")
    # tokens a Transformer reads (the [CLS] slot included); longer reviews are cut
    max_len: int = knob("len", "int", 96, low=16, high=256, step=16, label_key="language.max_len")
    test_ratio: float = knob("test", "float", 0.2, low=0.1, high=0.5, step=0.05, digits=DIGITS,
                             label_key="language.test_ratio")  # fmt: skip
    # the sidebar's seed: no widget here, not kept
    seed: int = knob("seed", "int", 42, low=0, high=2**31 - 1, kept=False)

    def label(self) -> str:
        """A short name for the run in legends and tables."""
        sizes = {
            "ngram": "",
            "embedding_bag": f" d={self.dim}",
            "transformer": f" d={self.dim}×{self.layers}L×{self.heads}H",
        }
        return f"{self.model}{sizes.get(self.model, '')} · {self.tokenizer} · lr={self.lr:g}"

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True, ensure_ascii=False)


TABLE = StateTable("language", table_rows(LanguageConfig))


def build(values: Mapping[str, Any]) -> Cleaned[LanguageConfig]:
    """A config from raw values (widgets or a link): every value cleaned by its ``Param``."""
    cleaned = TABLE.clean(values)
    return Cleaned(unflatten(LanguageConfig, cleaned.value), cleaned.notes)


def from_query(query: Mapping[str, str]) -> Cleaned[LanguageConfig]:
    """A shared link's config, with a notice for each value that had to change."""
    given = TABLE.from_query(query)
    config = build(given.value)
    notes: tuple[Notice, ...] = given.notes + config.notes
    return Cleaned(config.value, notes)
