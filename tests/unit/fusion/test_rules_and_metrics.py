"""Fusion rules and metrics against hand-made probabilities and closed forms."""

from __future__ import annotations

import math

import numpy as np
import pytest

from playground.fusion.metrics import condorcet, disagreement, ece, error_correlation, nll
from playground.fusion.rules import fuse, hard_vote, samme_alpha, samme_reweight, samme_vote, soft_vote


def _probs(seed: int, k: int = 4, n: int = 30, c: int = 3) -> np.ndarray:
    logits = np.random.default_rng(seed).normal(size=(k, n, c)) * 2
    e = np.exp(logits)
    return e / e.sum(-1, keepdims=True)


def test_hard_vote_of_identical_members_equals_one_member() -> None:
    one = _probs(0, k=1)
    same = np.repeat(one, 5, axis=0)
    assert (hard_vote(same).argmax(-1) == one[0].argmax(-1)).all()
    assert soft_vote(same) == pytest.approx(one[0])


def test_hard_vote_takes_the_majority_and_breaks_ties_by_the_mean_probability() -> None:
    # three members, one point: votes 2 × class 0 against 1 × class 1 (however sure the third is)
    p = np.array([[[0.6, 0.4]], [[0.55, 0.45]], [[0.0, 1.0]]])
    assert hard_vote(p).argmax(-1)[0] == 0 and soft_vote(p).argmax(-1)[0] == 1
    tie = np.array([[[0.9, 0.1]], [[0.45, 0.55]]])  # one vote each: the surer member's class wins
    assert hard_vote(tie).argmax(-1)[0] == 0


def test_soft_vote_nll_is_never_above_the_mean_member_nll() -> None:
    """−log is convex: the log-loss of the mean probability is at most the mean log-loss (Jensen)."""
    probs, y = _probs(1), np.random.default_rng(2).integers(0, 3, 30)
    assert nll(soft_vote(probs), y) <= np.mean([nll(p, y) for p in probs]) + 1e-12


def test_weighted_vote_with_equal_weights_is_the_soft_vote() -> None:
    probs = _probs(3)
    np.testing.assert_allclose(fuse("weighted", probs, val_accuracy=np.full(4, 0.7)), soft_vote(probs))
    assert fuse("stacking", probs) is None and fuse("boosting", probs) is None


def test_samme_weights_follow_the_formula() -> None:
    y = np.array([0, 0, 1, 1])
    predicted = np.array([0, 0, 1, 0])  # one of four wrong, uniform weights: err = 1/4
    w = np.full(4, 0.25)
    alpha = samme_alpha(w, predicted, y, n_classes=3)
    assert alpha == pytest.approx(math.log(3) + math.log(2))
    new = samme_reweight(w, predicted, y, alpha)
    assert new.sum() == pytest.approx(1.0) and new[3] / new[0] == pytest.approx(math.exp(alpha))
    votes = samme_vote(np.array([[[0.9, 0.1]], [[0.2, 0.8]]]), np.array([2.0, 0.5]))
    assert votes.argmax(-1)[0] == 0


def test_condorcet_is_the_binomial_majority() -> None:
    p = 0.6
    assert condorcet(p, 1) == pytest.approx(p)
    assert condorcet(p, 3) == pytest.approx(p**3 + 3 * p**2 * (1 - p))  # 0.648, the anchor's "65 %"
    eleven = sum(math.comb(11, r) * p**r * (1 - p) ** (11 - r) for r in range(6, 12))
    assert condorcet(p, 11) == pytest.approx(eleven) and round(eleven, 2) == 0.75
    assert condorcet(p, 2) == pytest.approx(p**2 + p * (1 - p))  # a tie is a coin toss
    assert condorcet(0.5, 7) == pytest.approx(0.5)


def test_calibration_and_diversity_measures() -> None:
    # 100 points at confidence 0.8, 80 of them right: perfectly calibrated
    probs = np.tile([0.8, 0.2], (100, 1))
    y = np.array([0] * 80 + [1] * 20)
    assert ece(probs, y) == pytest.approx(0.0)
    assert ece(probs, np.zeros(100, int)) == pytest.approx(0.2)  # all right at 0.8: 0.2 under-confident
    labels = np.array([[0, 1, 1, 0], [0, 1, 1, 0], [1, 0, 0, 1]])
    d = disagreement(labels)
    assert d[0, 1] == 0 and d[0, 2] == 1 and (d == d.T).all()
    r = error_correlation(labels, np.array([0, 1, 1, 1]))
    assert r[0, 1] == pytest.approx(1.0) and np.allclose(np.diag(r), 1)
