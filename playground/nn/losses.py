"""Registry of loss functions, computed with ``torch.nn.functional``.

Each loss is declared once with its kind (what predictions and targets look
like), its formula and its hyperparameters. ``terms`` gives the per-element
contributions (what the optimization lab lists one by one); ``value`` reduces
them exactly as PyTorch's default reduction does (what training minimises).

Kinds and the tensors they take:
- ``regression``: predictions and targets of the same shape, real numbers.
- ``classification``: logits ``[N, C]`` and integer labels ``[N]``. Every
  classification loss takes the same inputs, so the training studio can swap
  cross-entropy for MSE-on-one-hot and show why the first trains better.
- ``binary``: one score or probability per example and labels in {0, 1}.
- ``distribution``: two probability vectors over the same classes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import torch
import torch.nn.functional as F  # noqa: N812 (PyTorch's own convention)

from playground.core.params import Param, ParamKind
from playground.core.registry import Entry, Registry

Kind = Literal["regression", "classification", "binary", "distribution"]
Terms = Callable[..., torch.Tensor]


@dataclass(frozen=True)
class LossSpec(Entry):
    """One loss: per-element ``terms(prediction, target, **params)`` and its reduction."""

    kind: Kind
    formula: str  # LaTeX for st.latex; mathematics needs no translation
    terms: Terms
    params: tuple[Param, ...] = ()
    reduction: Literal["mean", "batchmean"] = "mean"
    # Optional one-kernel version of the reduced loss (same value as ``value``): a training
    # step of a toy network is ~0.4 ms, and "none" + mean costs an extra kernel every step.
    reduced: Terms | None = None

    text_prefix = "loss"

    def bind(self, **params: float) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
        """``value`` with its hyperparameters fixed once: what a training loop calls every step."""
        merged = {**self.defaults(), **params}
        if self.reduced is not None:
            fast = self.reduced
            return lambda prediction, target: fast(prediction, target, **merged)
        return lambda prediction, target: self.value(prediction, target, **merged)

    def value(self, prediction: torch.Tensor, target: torch.Tensor, **params: float) -> torch.Tensor:
        """The scalar loss, reduced like PyTorch's default (mean; KL: sum per row, mean over rows)."""
        terms = self.terms(prediction, target, **{**self.defaults(), **params})
        if self.reduction == "batchmean":
            return terms.sum() / (terms.shape[0] if terms.dim() > 1 else 1)
        return terms.mean()


def _one_hot(labels: torch.Tensor, logits: torch.Tensor) -> torch.Tensor:
    return F.one_hot(labels.long(), logits.shape[-1]).to(logits.dtype)


def _log_cosh(prediction: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    # log(cosh(x)) = x + softplus(-2x) - log 2: exact and free of overflow for large |x|.
    error = prediction - target
    return error + F.softplus(-2.0 * error) - math.log(2.0)


def _focal(logits: torch.Tensor, labels: torch.Tensor, gamma: float) -> torch.Tensor:
    cross_entropy = F.cross_entropy(logits, labels.long(), reduction="none")
    probability_of_truth = torch.exp(-cross_entropy)
    return (1.0 - probability_of_truth) ** gamma * cross_entropy


def _binary_hinge(scores: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    signs = labels * 2.0 - 1.0  # {0, 1} -> {-1, +1}
    return F.relu(1.0 - signs * scores)


def _knob(name: str, default: float, low: float, high: float, step: float, kind: ParamKind = "float") -> Param:  # noqa: PLR0917
    """A loss knob whose label key follows the catalogue's rule (``loss.param.<name>``)."""
    return Param(name, kind, default, low=low, high=high, step=step, label_key=f"loss.param.{name}")


_DELTA = _knob("delta", 1.0, 0.01, 10.0, 0.01)
_BETA = _knob("beta", 1.0, 0.01, 10.0, 0.01)

LOSSES: Registry[LossSpec] = Registry(
    "loss",
    (
        LossSpec(
            "mse",
            "regression",
            r"\frac{1}{n}\sum_i (\hat y_i - y_i)^2",
            lambda p, t: F.mse_loss(p, t, reduction="none"),
            reduced=lambda p, t: F.mse_loss(p, t),
        ),
        LossSpec(
            "mae", "regression", r"\frac{1}{n}\sum_i |\hat y_i - y_i|", lambda p, t: F.l1_loss(p, t, reduction="none")
        ),
        LossSpec(
            "huber",
            "regression",
            r"\frac{1}{n}\sum_i \begin{cases}\tfrac12 e_i^2 & |e_i|\le\delta\\ "
            r"\delta(|e_i|-\tfrac12\delta) & \text{otherwise}\end{cases}",
            lambda p, t, delta: F.huber_loss(p, t, reduction="none", delta=delta),
            (_DELTA,),
        ),
        LossSpec(
            "smooth_l1",
            "regression",
            r"\frac{1}{n}\sum_i \begin{cases}\tfrac{0.5\,e_i^2}{\beta} & |e_i|<\beta\\ "
            r"|e_i|-\tfrac12\beta & \text{otherwise}\end{cases}",
            lambda p, t, beta: F.smooth_l1_loss(p, t, reduction="none", beta=beta),
            (_BETA,),
        ),
        LossSpec("log_cosh", "regression", r"\frac{1}{n}\sum_i \log\cosh(\hat y_i - y_i)", _log_cosh),
        LossSpec(
            "cross_entropy",
            "classification",
            r"-\frac{1}{n}\sum_i \log \frac{e^{z_{i,y_i}}}{\sum_c e^{z_{i,c}}}",
            lambda z, y, label_smoothing: F.cross_entropy(
                z, y.long(), reduction="none", label_smoothing=label_smoothing
            ),
            (
                Param(
                    "label_smoothing",
                    "float",
                    0.0,
                    low=0.0,
                    high=0.5,
                    step=0.01,
                    label_key="loss.param.label_smoothing",
                ),
            ),
            reduced=lambda z, y, label_smoothing: F.cross_entropy(z, y.long(), label_smoothing=label_smoothing),
        ),
        LossSpec(
            "bce_with_logits_onehot",
            "classification",
            r"-\frac{1}{nC}\sum_{i,c} \big[y_{ic}\log\sigma(z_{ic}) + (1-y_{ic})\log(1-\sigma(z_{ic}))\big]",
            lambda z, y: F.binary_cross_entropy_with_logits(z, _one_hot(y, z), reduction="none").mean(dim=-1),
        ),
        LossSpec(
            "multi_margin",
            "classification",
            r"\frac{1}{n}\sum_i \frac{1}{C}\sum_{c\ne y_i} \max(0,\ m - z_{i,y_i} + z_{i,c})",
            lambda z, y, margin: F.multi_margin_loss(z, y.long(), margin=margin, reduction="none"),
            (_knob("margin", 1.0, 0.1, 5.0, 0.1),),
        ),
        LossSpec(
            "mse_onehot",
            "classification",
            r"\frac{1}{nC}\sum_{i,c} (\mathrm{softmax}(z_i)_c - y_{ic})^2",
            lambda z, y: F.mse_loss(torch.softmax(z, dim=-1), _one_hot(y, z), reduction="none").mean(dim=-1),
        ),
        LossSpec(
            "focal",
            "classification",
            r"-\frac{1}{n}\sum_i (1-p_{i,y_i})^{\gamma}\log p_{i,y_i}",
            _focal,
            (_knob("gamma", 2.0, 0.0, 5.0, 0.1),),
        ),
        LossSpec(
            "bce",
            "binary",
            r"-\frac{1}{n}\sum_i \big[y_i\log p_i + (1-y_i)\log(1-p_i)\big]",
            lambda p, y: F.binary_cross_entropy(p, y.to(p.dtype), reduction="none"),
        ),
        LossSpec(
            "bce_with_logits",
            "binary",
            r"-\frac{1}{n}\sum_i \big[y_i\log\sigma(z_i) + (1-y_i)\log(1-\sigma(z_i))\big]",
            lambda z, y: F.binary_cross_entropy_with_logits(z, y.to(z.dtype), reduction="none"),
        ),
        LossSpec("hinge", "binary", r"\frac{1}{n}\sum_i \max(0,\ 1 - s_i f_i),\quad s_i = 2y_i - 1", _binary_hinge),
        LossSpec(
            "kl_div",
            "distribution",
            r"\sum_c p_c \log\frac{p_c}{q_c}",
            lambda q, p: F.kl_div(torch.log(q), p, reduction="none"),
            reduction="batchmean",
        ),
    ),
)


def losses_of(kind: Kind) -> list[LossSpec]:
    """The losses that take this kind of prediction and target, in registry order."""
    return [spec for spec in LOSSES.values() if spec.kind == kind]
