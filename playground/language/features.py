"""Token lists → the tensors the models read: a weighted bag of ids, or an ordered sequence.

Why two shapes: a bag-of-words model sees each distinct token once with its TF-IDF weight (order is
gone, which is exactly what the negation probes expose); a Transformer sees the tokens in order after
a [CLS] slot whose final vector is the sentence's summary. Both are padded per batch to a
``(batch, length)`` grid of ids with id 0 as padding, so every model shares one forward signature.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat

import numpy as np
import torch

from playground.language.codes import TermCounts, term_counts
from playground.language.vocab import CLS, PAD, UNK, Vocabulary


@dataclass(frozen=True)
class Encoded:
    """One text as a model reads it: ids, their weights (bags) and, per id, the token positions it covers."""

    ids: np.ndarray  # int64
    weights: np.ndarray  # float32 (1 for sequences)


def encode_bag(tokens: Sequence[str], vocab: Vocabulary, max_len: int) -> Encoded:
    """Distinct known tokens with L2-normalized TF-IDF weights (as scikit-learn's TfidfVectorizer)."""
    index = vocab.index
    counts = Counter(index[t] for t in tokens if t in index)
    if not counts:
        return Encoded(np.array([UNK], dtype=np.int64), np.zeros(1, dtype=np.float32))
    ids = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    weights = np.fromiter(counts.values(), dtype=np.float32, count=len(counts)) * vocab.idf[ids]
    weights = (weights / np.linalg.norm(weights)).astype(np.float32)  # over all tokens, as scikit-learn does
    if len(ids) > max_len:  # keep the heaviest: a 3,000-character review must not dominate a batch's padding
        keep = np.argsort(-weights, kind="stable")[:max_len]
        ids, weights = ids[keep], weights[keep]
    return Encoded(ids, weights)


def encode_bags(documents: Sequence[Sequence[str]], vocab: Vocabulary, max_len: int) -> list[Encoded]:
    """``encode_bag`` for many texts at once (a notebook, the tests); the trainer calls :func:`bags` directly."""
    index = vocab.index
    lengths = np.fromiter((len(doc) for doc in documents), dtype=np.int64, count=len(documents))
    tokens = chain.from_iterable(documents)  # map(dict.get) runs in C: half the time of a generator expression
    ids = np.fromiter(map(index.get, tokens, repeat(UNK)), dtype=np.int64, count=int(lengths.sum()))
    rows = np.repeat(np.arange(len(documents), dtype=np.int64), lengths)
    known = ids != UNK
    return bags(term_counts(rows[known], ids[known], len(vocab)), vocab.idf, len(documents), max_len)


def bags(terms: TermCounts, idf: np.ndarray, n_docs: int, max_len: int) -> list[Encoded]:
    """Every document's bag from its (id, count) entries: the weighting in NumPy over the whole corpus at once.

    Why: the benchmark against scikit-learn times the whole path from raw text; a Counter and a
    normalisation per text spent more time than the model spent training. Only a document with
    more than ``max_len`` distinct ids needs a sort of its own.
    """
    weights = terms.counts.astype(np.float32) * idf[terms.terms]
    norms = np.sqrt(np.bincount(terms.docs, weights=weights.astype(np.float64) ** 2, minlength=n_docs))
    scaled = (weights / norms[terms.docs]).astype(np.float32)  # over all ids, as scikit-learn does
    starts = terms.starts(n_docs)
    bounds = list(zip(starts[:-1].tolist(), starts[1:].tolist(), strict=True))
    out = [Encoded(terms.terms[lo:hi], scaled[lo:hi]) for lo, hi in bounds]
    for doc in np.flatnonzero(np.diff(starts) == 0):  # nothing known: one <unk> that weighs nothing
        out[doc] = Encoded(np.array([UNK], dtype=np.int64), np.zeros(1, dtype=np.float32))
    for doc in np.flatnonzero(np.diff(starts) > max_len):  # keep the heaviest, as encode_bag does
        lo, hi = bounds[doc]
        keep = lo + np.argsort(-weights[lo:hi], kind="stable")[:max_len]
        out[doc] = Encoded(terms.terms[keep], scaled[keep])
    return out


def sequences(ids: np.ndarray, offsets: np.ndarray, max_len: int) -> list[Encoded]:
    """``encode_sequence`` for coded documents: [CLS], then each document's first ``max_len - 1`` ids."""
    cls = np.array([CLS], dtype=np.int64)
    ends = np.minimum(offsets[1:], offsets[:-1] + max(0, max_len - 1)).tolist()
    encoded = (np.concatenate([cls, ids[lo:hi]]) for lo, hi in zip(offsets[:-1].tolist(), ends, strict=True))
    return [Encoded(row, np.ones(len(row), dtype=np.float32)) for row in encoded]


def encode_sequence(tokens: Sequence[str], vocab: Vocabulary, max_len: int) -> Encoded:
    """[CLS] then the tokens in order (unknown ones as <unk>), cut to ``max_len`` ids."""
    ids = np.array([CLS, *vocab.ids(tokens[: max_len - 1])], dtype=np.int64)
    return Encoded(ids, np.ones(len(ids), dtype=np.float32))


def encode(tokens: Sequence[str], vocab: Vocabulary, kind: str, max_len: int) -> Encoded:
    return encode_sequence(tokens, vocab, max_len) if kind == "sequence" else encode_bag(tokens, vocab, max_len)


@dataclass(frozen=True)
class Batch:
    """Padded ids and weights on a device, and the labels."""

    ids: torch.Tensor  # (B, T) int64, PAD = 0
    weights: torch.Tensor  # (B, T) float32
    labels: torch.Tensor  # (B,) int64

    @property
    def mask(self) -> torch.Tensor:
        return self.ids != PAD


def collate(items: Sequence[Encoded], labels: np.ndarray, device: str | torch.device = "cpu") -> Batch:
    """Pad a list of encoded texts to the longest one."""
    length = max(len(item.ids) for item in items)
    ids = np.zeros((len(items), length), dtype=np.int64)
    weights = np.zeros((len(items), length), dtype=np.float32)
    for row, item in enumerate(items):
        ids[row, : len(item.ids)] = item.ids
        weights[row, : len(item.ids)] = item.weights
    return Batch(torch.from_numpy(ids).to(device), torch.from_numpy(weights).to(device),
                 torch.as_tensor(labels, dtype=torch.int64).to(device))  # fmt: skip
