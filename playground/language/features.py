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
    """``encode_bag`` for a whole corpus at once: one pass in NumPy instead of a Counter per text.

    Why: the benchmark against scikit-learn times the whole path from raw text; the per-text loop
    spent more time counting than the model spent training.
    """
    index = vocab.index
    lengths = np.fromiter((len(doc) for doc in documents), dtype=np.int64, count=len(documents))
    tokens = chain.from_iterable(documents)  # map(dict.get) runs in C: half the time of a generator expression
    ids = np.fromiter(map(index.get, tokens, repeat(UNK)), dtype=np.int64, count=int(lengths.sum()))
    rows = np.repeat(np.arange(len(documents), dtype=np.int64), lengths)
    known = ids != UNK
    keys, counts = np.unique(rows[known] * len(vocab) + ids[known], return_counts=True)
    doc_of, id_of = np.divmod(keys, len(vocab))
    weights = counts.astype(np.float32) * vocab.idf[id_of]
    norms = np.sqrt(np.bincount(doc_of, weights=weights.astype(np.float64) ** 2, minlength=len(documents)))
    starts = np.searchsorted(doc_of, np.arange(len(documents) + 1))
    out = []
    for doc in range(len(documents)):
        lo, hi = starts[doc], starts[doc + 1]
        if lo == hi:
            out.append(Encoded(np.array([UNK], dtype=np.int64), np.zeros(1, dtype=np.float32)))
            continue
        doc_ids, doc_weights = id_of[lo:hi], weights[lo:hi]
        if hi - lo > max_len:
            keep = np.argsort(-doc_weights, kind="stable")[:max_len]
            doc_ids, doc_weights = doc_ids[keep], doc_weights[keep]
        out.append(Encoded(doc_ids, (doc_weights / norms[doc]).astype(np.float32)))
    return out


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
