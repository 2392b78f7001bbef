"""Scores of a trained digit classifier: confusion matrix, the misclassified examples, top-k of a prediction.

Why plain NumPy on labels: the job computes these in the worker and sends the
small results to the page; the page computes the same for an own image. One
definition serves both.
"""

from __future__ import annotations

import numpy as np

N_CLASSES = 10


def confusion(truth: np.ndarray, predicted: np.ndarray, n_classes: int = N_CLASSES) -> np.ndarray:
    """``[true, predicted]`` counts."""
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (np.asarray(truth, int), np.asarray(predicted, int)), 1)
    return matrix


def misclassified(truth: np.ndarray, predicted: np.ndarray, limit: int) -> list[tuple[int, int]]:
    """(test index, predicted digit) of the first ``limit`` wrong predictions, in test-set order."""
    wrong = np.flatnonzero(np.asarray(truth) != np.asarray(predicted))[:limit]
    return [(int(i), int(predicted[i])) for i in wrong]


def top_k(probabilities: np.ndarray, k: int = 3) -> list[tuple[int, float]]:
    """The ``k`` most probable digits with their probabilities, most probable first."""
    order = np.argsort(-np.asarray(probabilities))[:k]
    return [(int(i), float(probabilities[i])) for i in order]
