"""The Pareto front: variants no other variant beats on both size and quality.

Why: "which method is best" has no single answer; the front is the honest summary
(smaller *and* at least as accurate), and the page marks it on the size/accuracy plot.
"""

from __future__ import annotations

from collections.abc import Sequence


def pareto_front(sizes: Sequence[float], qualities: Sequence[float]) -> list[bool]:
    """For each point, True when no other point is no larger, no worse, and better in one.

    ``qualities`` are higher-is-better (accuracy; pass ``-loss`` for regression).
    """
    if len(sizes) != len(qualities):
        raise ValueError("sizes and qualities must have the same length")
    points = list(zip(sizes, qualities, strict=True))
    front = []
    for size, quality in points:
        dominated = any(
            other_size <= size and other_quality >= quality and (other_size < size or other_quality > quality)
            for other_size, other_quality in points
        )
        front.append(not dominated)
    return front
