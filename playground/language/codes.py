"""Token strings → integer codes, once per corpus: the one pass in Python that counting needs.

Why codes: the vocabulary (token counts, document frequencies) and the TF-IDF bags are all counting,
and NumPy counts integers in milliseconds, while every pass over ~2.5 million token strings costs a
Python dict lookup per token, most of them cache misses in a table of ~190,000 strings. So each
*unit* (a character, a word) is looked up once, here; the pairs of adjacent units come from their
codes with one ``np.unique``, and ranking, document frequency, bags, sequences and the OOV share
all work on arrays. Only the tokens a vocabulary keeps are ever turned back into strings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain

import numpy as np


class _Codebook(dict[str, int]):
    """unit → code, a new unit getting the next code: codes follow first appearance."""

    def __missing__(self, unit: str) -> int:  # called once per distinct unit; hits stay in C
        code = self[unit] = len(self)
        return code


@dataclass(frozen=True)
class CodedDocs:
    """Documents as one flat array of codes, and what each code stands for.

    Code ``c < len(units)`` is the unit ``units[c]``; code ``len(units) + k`` is the pair
    ``units[a] + joiner + units[b]`` with ``(a, b) = pairs[k]``.
    """

    codes: np.ndarray  # int64, every token of every document, in order
    offsets: np.ndarray  # int64, one more than documents: document d is codes[offsets[d] : offsets[d + 1]]
    units: tuple[str, ...]
    pairs: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int64))  # (n_pairs, 2) unit codes
    joiner: str = ""

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @property
    def n_codes(self) -> int:
        return len(self.units) + len(self.pairs)

    def strings(self, codes: np.ndarray) -> list[str]:
        """The token each code stands for (asked for the vocabulary's tokens, not the corpus's millions)."""
        n, units, joiner = len(self.units), self.units, self.joiner
        if not len(self.pairs):
            return [units[c] for c in codes.tolist()]
        pair = self.pairs[np.clip(codes - n, 0, None)].T.tolist()
        return [
            units[c] if c < n else units[a] + joiner + units[b] for c, a, b in zip(codes.tolist(), *pair, strict=True)
        ]

    def rows(self) -> np.ndarray:
        """The document of each token (int64, as long as ``codes``)."""
        return np.repeat(np.arange(len(self), dtype=np.int64), np.diff(self.offsets))

    def positions(self, docs: np.ndarray) -> np.ndarray:
        """Where the tokens of ``docs`` are in ``codes``, document after document in the order given."""
        starts, lengths = self.offsets[docs], np.diff(self.offsets)[docs]
        before = np.cumsum(lengths) - lengths  # where each document begins in the result
        return np.repeat(starts - before, lengths) + np.arange(int(lengths.sum()), dtype=np.int64)


class Coder:
    """Codes documents of units chunk by chunk (a job yields between chunks), then hands back :class:`CodedDocs`."""

    def __init__(self, base: CodedDocs | None = None) -> None:
        self._book = _Codebook()
        self._parts: list[np.ndarray] = []
        self._lengths: list[np.ndarray] = [np.zeros(1, dtype=np.int64)]
        if base is not None:  # continue a cached corpus without changing it (the student's added sentences)
            if len(base.pairs):
                raise ValueError("continue the units, then call with_pairs")
            self._book.update(zip(base.units, range(len(base.units)), strict=True))
            self._parts.append(base.codes)
            self._lengths.append(np.diff(base.offsets))

    def add(self, documents: Sequence[Sequence[str]]) -> None:
        lengths = np.fromiter(map(len, documents), dtype=np.int64, count=len(documents))
        units: Iterable[str] = chain.from_iterable(documents)
        self._parts.append(np.fromiter(map(self._book.__getitem__, units), dtype=np.int64, count=int(lengths.sum())))
        self._lengths.append(lengths)

    def done(self) -> CodedDocs:
        codes = np.concatenate(self._parts) if self._parts else np.zeros(0, dtype=np.int64)
        return CodedDocs(codes, np.cumsum(np.concatenate(self._lengths)), tuple(self._book))


def code(documents: Sequence[Sequence[str]]) -> CodedDocs:
    """Token lists as codes in one call (each token its own unit)."""
    coder = Coder()
    coder.add(documents)
    return coder.done()


def with_pairs(docs: CodedDocs, joiner: str | None) -> CodedDocs:
    """Each unit followed by its pair with the next one, as ``tokenize.with_bigrams`` lays them out."""
    if joiner is None:
        return docs
    if any(joiner in unit for unit in docs.units) if joiner else any(len(unit) != 1 for unit in docs.units):
        raise ValueError("a pair's string could equal another token's: units must not contain the joiner")
    units, lengths = docs.codes, np.diff(docs.offsets)
    has_next = np.ones(len(units), dtype=bool)
    has_next[docs.offsets[1:][lengths > 0] - 1] = False  # a document's last unit starts no pair
    starts = np.flatnonzero(has_next)
    keys = (units[starts] << 32) | units[starts + 1]  # codes < 2**31: a pair is one int64
    found, pair_codes = np.unique(keys, return_inverse=True)
    sizes = np.maximum(2 * lengths - 1, 0)
    offsets = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(sizes)])
    # unit i of document d, its j-th, goes to offsets[d] + 2 j = 2 i + (offsets[d] - 2 docs.offsets[d])
    where = 2 * np.arange(len(units), dtype=np.int64) + np.repeat(offsets[:-1] - 2 * docs.offsets[:-1], lengths)
    codes = np.empty(int(offsets[-1]), dtype=np.int64)
    codes[where] = units
    codes[where[starts] + 1] = len(docs.units) + pair_codes
    pairs = np.stack([found >> 32, found & 0xFFFFFFFF], axis=1)
    return CodedDocs(codes, offsets, docs.units, pairs, joiner)


@dataclass(frozen=True)
class TermCounts:
    """How often each term occurs in each document, one entry per (document, term) present.

    Sorted by document, then term: document d's entries are one contiguous run. A term's document
    frequency is the number of its entries, so the vocabulary and the bags share this one sort.
    """

    docs: np.ndarray  # int64, ascending
    terms: np.ndarray  # int64
    counts: np.ndarray  # int64, ≥ 1

    def starts(self, n_docs: int) -> np.ndarray:
        """``n_docs + 1`` bounds: document d's entries are [starts[d], starts[d + 1])."""
        return np.searchsorted(self.docs, np.arange(n_docs + 1, dtype=np.int64))


def term_counts(docs: np.ndarray, terms: np.ndarray, n_terms: int) -> TermCounts:
    """Count (document, term) pairs with one ``np.unique`` on ``document · n_terms + term``."""
    keys, counts = np.unique(docs * n_terms + terms, return_counts=True)
    doc_of, term_of = np.divmod(keys, n_terms)
    return TermCounts(doc_of, term_of, counts)
