"""Tokenizers: how a text becomes the units a model counts or attends to.

Why several: the choice *is* a lesson. Chinese has no spaces, so "words" need a segmenter (jieba,
with its bundled dictionary), while single characters need none and already carry most of the
meaning; adjacent pairs (bigrams) add order locally ("不好" is not "好"). English words come from a
plain rule (lowercase, letters and apostrophes, "n't" read as "not").
"""

from __future__ import annotations

import logging
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from playground.core.registry import Entry, Registry

_ENGLISH = re.compile(r"[a-z]+|[0-9]+|[^\sa-z0-9]")


def english_words(text: str) -> list[str]:
    """The plain rule: lowercase; words, numbers and single punctuation marks; "isn't" → "is", "not"."""
    lowered = text.lower().replace("n't", " not").replace("’", "'")
    return [token for token in _ENGLISH.findall(lowered) if token != "'"]


@lru_cache(maxsize=1)
def _jieba() -> object:
    """jieba, imported on first use (its dictionary loads in ~1 s) and quiet about it."""
    import jieba  # noqa: PLC0415 (heavy, and only the word tokenizer needs it)

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def chinese_words(text: str) -> list[str]:
    """jieba's segmentation, spaces dropped."""
    return [word for word in _jieba().lcut(text) if word.strip()]  # type: ignore[attr-defined]


def characters(text: str, language: str) -> list[str]:
    """Every non-space character (English: the letters of the lowercased text)."""
    source = text.lower() if language == "en" else text
    return list("".join(source.split()))  # str.split() cuts at exactly the characters str.isspace() names


def words(text: str, language: str) -> list[str]:
    return chinese_words(text) if language == "zh" else english_words(text)


def with_bigrams(units: Sequence[str], joiner: str) -> list[str]:
    """Each unit followed by its pair with the next one: order is kept, so a sequence model can use it too."""
    if len(units) < 2:
        return list(units)
    out: list[str] = [""] * (2 * len(units) - 1)
    out[0::2] = units
    if joiner:
        out[1::2] = [first + joiner + second for first, second in pairwise(units)]
    else:  # characters: a C-level loop (the corpus has ~2.5 million of these pairs)
        out[1::2] = map(operator.add, units[:-1], units[1:])
    return out


@dataclass(frozen=True)
class TokenizerEntry(Entry):
    """One way to cut a text: its units and, with a ``joiner``, each unit followed by its pair with the next.

    Why the pairs are declared, not computed inside one function: the trainer codes the units and
    builds the pairs from their integer codes (:func:`playground.language.codes.with_pairs`), so it
    never makes the ~1.2 million pair strings of the reviews. A unit never contains its joiner (words
    have no spaces, characters are single code points), so a pair's string is never a unit's.
    """

    units: Callable[[str, str], list[str]] = characters
    joiner: str | None = None  # None: the units alone
    text_prefix = "language.tok"

    def split(self, text: str, language: str) -> list[str]:
        """The tokens of ``text`` in reading order."""
        units = self.units(text, language)
        return units if self.joiner is None else with_bigrams(units, self.joiner)


TOKENIZERS: Registry[TokenizerEntry] = Registry(
    "tokenizer",
    (
        TokenizerEntry("chars", characters),
        TokenizerEntry("char_bigrams", characters, ""),
        TokenizerEntry("words", words),
        TokenizerEntry("word_bigrams", words, " "),
    ),
)


def tokenize(text: str, tokenizer: str, language: str) -> list[str]:
    """The tokens of one text."""
    return TOKENIZERS[tokenizer].split(text, language)


def tokenize_all(texts: Sequence[str], tokenizer: str, language: str) -> list[list[str]]:
    split = TOKENIZERS[tokenizer].split
    return [split(text, language) for text in texts]


@lru_cache(maxsize=8)
def tokenize_corpus(corpus: str, tokenizer: str) -> tuple[tuple[str, ...], ...]:
    """A whole bundled corpus tokenized once per process (jieba over 17,000 reviews takes seconds)."""
    from playground.language.corpora import CORPORA  # noqa: PLC0415 (corpora imports nothing from here)

    loaded = CORPORA[corpus].load()
    return tuple(tuple(tokens) for tokens in tokenize_all(loaded.texts, tokenizer, loaded.language))
