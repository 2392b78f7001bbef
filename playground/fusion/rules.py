"""Fusion rules: how K members' class probabilities [K, N, C] become one prediction [N, C].

- hard vote: the share of members voting for each class (ties broken by the mean probability);
- soft vote: the mean probability;
- weighted: a soft vote weighted by each member's *validation* accuracy;
- stacking: a multinomial logistic regression on the members' probabilities, fitted on
  *out-of-fold* predictions (each training row scored by fold models that never trained on it),
  so the meta-learner learns how far to trust members on data they have not memorised;
- boosting (AdaBoost-SAMME, Zhu et al. 2009): members trained one after another on re-weighted
  data, each voting with weight ``log((1 - err) / err) + log(C - 1)``.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from playground.core.registry import Entry, Registry

Needs = Literal["", "folds", "boosting"]


@dataclass(frozen=True)
class FusionRule(Entry):
    """``needs``: what training must have produced for this rule (fold models, boosting weights)."""

    needs: Needs = ""
    text_prefix = "fusion.rule"


RULES: Registry[FusionRule] = Registry(
    "fusion rule",
    (
        FusionRule("hard"),
        FusionRule("soft"),
        FusionRule("weighted"),
        FusionRule("stacking", "folds"),
        FusionRule("boosting", "boosting"),
    ),
)


def hard_vote(probs: np.ndarray) -> np.ndarray:
    """Vote shares (a tiny share of the soft vote breaks ties; a unanimous vote is one-hot)."""
    c = probs.shape[-1]
    shares = np.eye(c)[probs.argmax(-1)].mean(0)
    return 0.999 * shares + 0.001 * probs.mean(0)


def soft_vote(probs: np.ndarray) -> np.ndarray:
    return probs.mean(0)


def weighted_vote(probs: np.ndarray, weights: np.ndarray) -> np.ndarray:
    w = np.clip(np.asarray(weights, dtype=float), 0.0, None)
    w = w / w.sum() if w.sum() > 0 else np.full(len(probs), 1.0 / len(probs))
    return np.tensordot(w, probs, axes=1)


def _features(probs: np.ndarray) -> np.ndarray:
    """[K, N, C] → [N, K·C] log-probabilities (a logistic regression on logs can undo a member's temperature)."""
    return np.log(np.clip(probs, 1e-6, 1.0)).transpose(1, 0, 2).reshape(probs.shape[1], -1)


def fit_stacker(oof_probs: np.ndarray, y: np.ndarray, n_classes: int) -> Any:
    """The meta-learner fitted on out-of-fold member probabilities (None when ``y`` has one class only)."""
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 (only when stacking)

    if len(np.unique(y)) < 2:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # convergence warnings on separable toy data say nothing new here
        return LogisticRegression(C=1.0, max_iter=300).fit(_features(oof_probs), y)


def stack(meta: Any, probs: np.ndarray, n_classes: int) -> np.ndarray:
    """The meta-learner's probabilities for members' probabilities [K, N, C] (classes it never saw get 0)."""
    out = np.zeros((probs.shape[1], n_classes))
    out[:, meta.classes_] = meta.predict_proba(_features(probs))
    return out


def samme_alpha(weights: np.ndarray, predicted: np.ndarray, y: np.ndarray, n_classes: int) -> float:
    """A boosting round's vote: ``log((1 - err) / err) + log(C - 1)`` for its weighted error (≥ 0)."""
    err = float(np.clip((weights * (predicted != y)).sum() / weights.sum(), 1e-10, 1 - 1e-10))
    return max(0.0, float(np.log((1 - err) / err) + np.log(max(n_classes - 1, 1))))


def samme_reweight(weights: np.ndarray, predicted: np.ndarray, y: np.ndarray, alpha: float) -> np.ndarray:
    """Rows the round got wrong weigh ``exp(alpha)`` times more in the next round (normalised to sum 1)."""
    new = weights * np.exp(alpha * (predicted != y))
    return new / new.sum()


def samme_vote(probs: np.ndarray, alphas: np.ndarray) -> np.ndarray:
    """Σ alpha_k · one-hot(prediction_k), turned into probabilities by a softmax of decision / (C − 1)."""
    c = probs.shape[-1]
    decision = np.tensordot(np.asarray(alphas, dtype=float), np.eye(c)[probs.argmax(-1)], axes=1)
    z = decision / max(c - 1, 1)
    z = np.exp(z - z.max(-1, keepdims=True))
    return z / z.sum(-1, keepdims=True)


def fuse(
    rule: str, probs: np.ndarray, *, val_accuracy: np.ndarray | None = None, meta: Any = None,
    alphas: np.ndarray | None = None,
) -> np.ndarray | None:  # fmt: skip
    """Rule ``rule`` applied to member probabilities [K, N, C]; None when training did not provide what it needs."""
    if rule == "hard":
        return hard_vote(probs)
    if rule == "soft":
        return soft_vote(probs)
    if rule == "weighted":
        return weighted_vote(probs, val_accuracy if val_accuracy is not None else np.ones(len(probs)))
    if rule == "stacking":
        return None if meta is None else stack(meta, probs, probs.shape[-1])
    if rule == "boosting":
        return None if alphas is None or len(alphas) != len(probs) else samme_vote(probs, alphas)
    raise KeyError(rule)
