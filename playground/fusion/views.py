"""The numbers behind the page's views, from member and fused probabilities (pure NumPy).

Why separate from the job: the same measurements serve the live report, the
tests (which feed hand-made probabilities) and a notebook.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from playground.fusion.metrics import disagreement, error_correlation, reliability, summary
from playground.fusion.rules import hard_vote, soft_vote


def accuracy_vs_k(probs: np.ndarray, y: np.ndarray) -> dict[str, list[float]]:
    """Hard and soft vote accuracy of the first k members, k = 1 … K, and each member's own accuracy."""
    labels = probs.argmax(-1)
    return {
        "hard": [float((hard_vote(probs[:k]).argmax(-1) == y).mean()) for k in range(1, len(probs) + 1)],
        "soft": [float((soft_vote(probs[:k]).argmax(-1) == y).mean()) for k in range(1, len(probs) + 1)],
        "members": [float((row == y).mean()) for row in labels],
    }


def _quantised(probs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Predicted class and confidence ×255 as bytes: a decision-region picture in 2 bytes per point."""
    return probs.argmax(-1).astype(np.uint8), np.round(probs.max(-1) * 255).astype(np.uint8)


def measure(
    test: np.ndarray,
    y: np.ndarray,
    val_accuracy: np.ndarray,
    *,
    fused: dict[str, np.ndarray | None],
    grid: np.ndarray,
    fused_grid: dict[str, np.ndarray | None],
) -> dict[str, Any]:
    """The report's measured fields (see :class:`~playground.fusion.report.EnsembleReport`)."""
    members = [{**summary(q, y), "val_accuracy": float(a)} for q, a in zip(test, val_accuracy, strict=True)]
    pooled = reliability(test.reshape(-1, test.shape[-1]), np.tile(y, len(test)))
    labels, conf = _quantised(grid)
    return {
        "member_metrics": members,
        "fused": {rule: (None if probs is None else summary(probs, y)) for rule, probs in fused.items()},
        "reliability": {"members": pooled, **{r: reliability(q, y) for r, q in fused.items() if q is not None}},
        "disagreement": disagreement(test.argmax(-1)),
        "error_correlation": error_correlation(test.argmax(-1), y),
        "accuracy_vs_k": accuracy_vs_k(test, y),
        "grid_labels": labels,
        "grid_conf": conf,
        "fused_grid": {rule: _quantised(q) for rule, q in fused_grid.items() if q is not None},
    }
