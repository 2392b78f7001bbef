"""A vocabulary: token ↔ id, built from the training texts only, with TF-IDF weights.

Why from the training part only: a token seen only in test must count as unknown, exactly as it
will for a sentence typed tomorrow; the out-of-vocabulary share of the test part says how often
that happens. Ids 0–2 are reserved: padding, unknown, and the Transformer's [CLS] summary slot.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

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


def build(documents: Sequence[Sequence[str]], max_size: int, min_count: int = 1) -> Vocabulary:
    """The ``max_size`` most frequent tokens seen at least ``min_count`` times (ties: first seen first)."""
    counts: Counter[str] = Counter(chain.from_iterable(documents))
    frequency: Counter[str] = Counter(chain.from_iterable(map(set, documents)))
    ranked = [token for token, count in counts.most_common() if count >= min_count and token not in SPECIALS]
    tokens = SPECIALS + tuple(ranked[: max(0, max_size - len(SPECIALS))])
    n = len(documents)
    idf = np.ones(len(tokens), dtype=np.float32)
    df = np.array([frequency[token] for token in tokens[len(SPECIALS) :]], dtype=np.float64)
    idf[len(SPECIALS) :] = np.log((1 + n) / (1 + df)) + 1.0
    return Vocabulary(tokens, idf)


def from_json(text: str) -> Vocabulary:
    data = json.loads(text)
    return Vocabulary(tuple(data["tokens"]), np.asarray(data["idf"], dtype=np.float32))
