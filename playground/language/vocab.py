"""A vocabulary: token ↔ id, built from the training texts only, with TF-IDF weights.

Why from the training part only: a token seen only in test must count as unknown, exactly as it
will for a sentence typed tomorrow; the out-of-vocabulary share of the test part says how often
that happens. Ids 0–2 are reserved: padding, unknown, and the Transformer's [CLS] summary slot.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from playground.language.codes import CodedDocs, TermCounts, code, term_counts

PAD, UNK, CLS = 0, 1, 2
SPECIALS = ("<pad>", "<unk>", "<cls>")


@dataclass(frozen=True)
class Vocabulary:
    """Tokens by id (specials first) and each token's inverse document frequency (sklearn's smooth formula)."""

    tokens: tuple[str, ...]
    idf: np.ndarray  # float32, one per id; specials get 1

    @property
    def index(self) -> dict[str, int]:
        return _index(self)

    def __len__(self) -> int:
        return len(self.tokens)

    def ids(self, tokens: Sequence[str]) -> list[int]:
        index = self.index
        return [index.get(token, UNK) for token in tokens]

    def oov_share(self, documents: Sequence[Sequence[str]]) -> float:
        """The share of token occurrences in ``documents`` that the vocabulary does not know."""
        index = self.index
        total = sum(len(doc) for doc in documents)
        unknown = sum(1 for doc in documents for token in doc if token not in index)
        return unknown / total if total else 0.0

    def to_json(self) -> str:
        return json.dumps({"tokens": list(self.tokens), "idf": [round(float(v), 6) for v in self.idf]},
                          ensure_ascii=False)  # fmt: skip


_INDEXES: dict[int, dict[str, int]] = {}


def _index(vocab: Vocabulary) -> dict[str, int]:
    """The token → id map, built once per vocabulary object (a frozen dataclass cannot cache it on itself)."""
    key = id(vocab)
    found = _INDEXES.get(key)
    if found is None or len(found) != len(vocab.tokens):
        found = {token: i for i, token in enumerate(vocab.tokens)}
        if len(_INDEXES) > 64:
            _INDEXES.clear()
        _INDEXES[key] = found
    return found


@dataclass(frozen=True)
class Fitted:
    """A vocabulary fitted on coded documents, with what fitting counted: the bags and sequences reuse it."""

    vocab: Vocabulary
    ids: np.ndarray  # int64: the vocabulary id of every token of the documents (UNK when not kept)
    terms: TermCounts  # (document, id, count) of every kept id in every document

    def oov_share(self, coded: CodedDocs, docs: np.ndarray) -> float:
        """As :meth:`Vocabulary.oov_share` for the documents ``docs``."""
        ids = self.ids[coded.positions(docs)]
        return int(np.count_nonzero(ids == UNK)) / len(ids) if len(ids) else 0.0


def fit(coded: CodedDocs, train: np.ndarray, max_size: int, min_count: int = 1) -> Fitted:
    """The ``max_size`` most frequent tokens of the documents ``train`` seen at least ``min_count`` times.

    Ties go to the token seen first in ``train``'s order (``Counter.most_common``'s order, which an
    earlier version used); document frequency comes from the same (document, id) counts as the bags.
    """
    n_codes = coded.n_codes
    stream = coded.codes[coded.positions(train)]
    counts = np.bincount(stream, minlength=n_codes)
    first = np.full(n_codes, len(stream), dtype=np.int64)
    np.minimum.at(first, stream, np.arange(len(stream), dtype=np.int64))
    candidates = np.flatnonzero(counts >= max(1, min_count))
    ranked = candidates[np.lexsort((first[candidates], -counts[candidates]))]
    limit = max(0, max_size - len(SPECIALS))
    ranked = ranked[: limit + len(SPECIALS)]
    kept = [
        (c, token) for c, token in zip(ranked.tolist(), coded.strings(ranked), strict=True) if token not in SPECIALS
    ]
    tokens = SPECIALS + tuple(token for _, token in kept[:limit])
    kept_codes = np.array([c for c, _ in kept[:limit]], dtype=np.int64)
    lookup = np.full(n_codes, UNK, dtype=np.int64)
    lookup[kept_codes] = np.arange(len(SPECIALS), len(tokens), dtype=np.int64)
    ids = lookup[coded.codes]
    known = ids != UNK
    terms = term_counts(coded.rows()[known], ids[known], len(tokens))
    in_train = np.zeros(len(coded), dtype=bool)
    in_train[train] = True
    df = np.bincount(terms.terms[in_train[terms.docs]], minlength=len(tokens))
    idf = np.ones(len(tokens), dtype=np.float32)
    idf[len(SPECIALS) :] = np.log((1 + len(train)) / (1 + df[len(SPECIALS) :])) + 1.0
    return Fitted(Vocabulary(tokens, idf), ids, terms)


def build(documents: Sequence[Sequence[str]], max_size: int, min_count: int = 1) -> Vocabulary:
    """The ``max_size`` most frequent tokens seen at least ``min_count`` times (ties: first seen first)."""
    return fit(code(documents), np.arange(len(documents), dtype=np.int64), max_size, min_count).vocab


def from_json(text: str) -> Vocabulary:
    data = json.loads(text)
    return Vocabulary(tuple(data["tokens"]), np.asarray(data["idf"], dtype=np.float32))
