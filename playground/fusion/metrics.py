"""What the page measures about members and fusions: accuracy, NLL, calibration, diversity, Condorcet.

Why NLL and ECE beside accuracy: averaging probabilities often moves accuracy
by a point and the log-loss by much more (a soft vote is rarely confidently
wrong). Expected calibration error (15 equal-width confidence bins, weighted
by bin size) says how far "70 % sure" is from being right 70 % of the time.
"""

from __future__ import annotations

import math

import numpy as np

EPS = 1e-6
BINS = 15


def accuracy(probs: np.ndarray, y: np.ndarray) -> float:
    return float((probs.argmax(-1) == y).mean()) if len(y) else float("nan")


def nll(probs: np.ndarray, y: np.ndarray) -> float:
    """Mean negative log-likelihood of the true class (probabilities clipped at 1e-6: a vote share of 0)."""
    if not len(y):
        return float("nan")
    return float(-np.log(np.clip(probs[np.arange(len(y)), y], EPS, 1.0)).mean())


def reliability(probs: np.ndarray, y: np.ndarray, bins: int = BINS) -> dict[str, np.ndarray]:
    """Per confidence bin: mean confidence, accuracy and count (empty bins have count 0)."""
    confidence = probs.max(-1)
    correct = (probs.argmax(-1) == y).astype(float)
    which = np.minimum((confidence * bins).astype(int), bins - 1)
    count = np.bincount(which, minlength=bins).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        conf = np.bincount(which, confidence, bins) / count
        acc = np.bincount(which, correct, bins) / count
    return {"confidence": conf, "accuracy": acc, "count": count, "centre": (np.arange(bins) + 0.5) / bins}


def ece(probs: np.ndarray, y: np.ndarray, bins: int = BINS) -> float:
    table = reliability(probs, y, bins)
    used = table["count"] > 0
    gaps = np.abs(table["accuracy"][used] - table["confidence"][used])
    return float((gaps * table["count"][used]).sum() / max(1.0, table["count"].sum()))


def disagreement(labels: np.ndarray) -> np.ndarray:
    """[K, K]: the share of points on which members i and j predict different classes."""
    return (labels[:, None, :] != labels[None, :, :]).mean(-1)


def error_correlation(labels: np.ndarray, y: np.ndarray) -> np.ndarray:
    """[K, K]: Pearson correlation of members' error indicators (1 on the diagonal; 0 where one never errs)."""
    errors = (labels != y[None, :]).astype(float)
    centred = errors - errors.mean(1, keepdims=True)
    norms = np.sqrt((centred**2).sum(1))
    with np.errstate(invalid="ignore", divide="ignore"):
        corr = (centred @ centred.T) / np.outer(norms, norms)
    corr = np.nan_to_num(corr, nan=0.0)
    np.fill_diagonal(corr, 1.0)
    return corr


def condorcet(p: float, n: int) -> float:
    """P(the majority of ``n`` independent voters, each right with probability ``p``, is right).

    Ties (even ``n``) are broken by a fair coin: half of the tie mass counts.
    """
    p = min(max(float(p), 0.0), 1.0)
    total = 0.0
    for right in range(n + 1):
        mass = math.comb(n, right) * p**right * (1 - p) ** (n - right)
        if 2 * right > n:
            total += mass
        elif 2 * right == n:
            total += mass / 2
    return total


def summary(probs: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """Accuracy, NLL and ECE of one predictor's probabilities [N, C]."""
    return {"accuracy": accuracy(probs, y), "nll": nll(probs, y), "ece": ece(probs, y)}
