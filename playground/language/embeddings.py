"""The learned token vectors in two dimensions (PCA) and a token's nearest neighbours (cosine).

Why PCA and not t-SNE: it is a rotation, so the picture is the same on every rerun and for every
student with the same seed, and distances along the first axis mean something (the axis that
varies most is usually "positive ↔ negative" after training on sentiment).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.language.vocab import SPECIALS, Vocabulary


@dataclass(frozen=True)
class Projection:
    """The most frequent tokens' vectors on the first two principal axes."""

    tokens: tuple[str, ...]
    xy: np.ndarray  # (n, 2)
    explained: tuple[float, float]  # share of variance on each axis


def project(vectors: np.ndarray, vocab: Vocabulary, n_tokens: int = 150) -> Projection:
    """PCA of the first ``n_tokens`` real tokens (the vocabulary is ordered by frequency)."""
    start = len(SPECIALS)
    stop = min(len(vocab), start + n_tokens)
    rows = np.asarray(vectors[start:stop], dtype=np.float64)
    if len(rows) < 2 or rows.shape[1] < 2:
        return Projection(tuple(vocab.tokens[start:stop]), np.zeros((len(rows), 2)), (0.0, 0.0))
    centred = rows - rows.mean(0)
    _, singular, axes = np.linalg.svd(centred, full_matrices=False)
    variance = singular**2
    share = variance / variance.sum() if variance.sum() > 0 else np.zeros_like(variance)
    return Projection(tuple(vocab.tokens[start:stop]), centred @ axes[:2].T, (float(share[0]), float(share[1])))


def neighbours(vectors: np.ndarray, vocab: Vocabulary, token: str, k: int = 8) -> list[tuple[str, float]]:
    """The ``k`` tokens whose vectors point most nearly the same way as ``token``'s (empty if unknown)."""
    index = vocab.index.get(token)
    if index is None or index < len(SPECIALS):
        return []
    matrix = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(matrix, axis=1)
    norms[norms == 0] = 1.0
    similarity = (matrix @ matrix[index]) / (norms * norms[index])
    similarity[: len(SPECIALS)] = -np.inf
    similarity[index] = -np.inf
    best = np.argsort(-similarity, kind="stable")[:k]
    return [(vocab.tokens[i], float(similarity[i])) for i in best if np.isfinite(similarity[i])]
