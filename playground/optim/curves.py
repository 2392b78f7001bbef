"""Loss curves and their gradients (by ``torch.autograd``), and why robust losses ignore outliers.

Two views a student can reason with:
- ``loss_curves``: each loss against the error ``ŷ − y`` (regression) or the
  margin ``s·z`` (binary labels ``s = ±1``), with ``dL/dx`` from autograd;
  MSE's gradient grows without bound, L1's and Huber's are capped.
- ``constant_fit``: the single number ``c`` that minimises each loss over a
  small data set, with and without an outlier. MSE's answer is the mean
  (dragged by the outlier), MAE's the median (it barely moves).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from playground.nn.losses import LOSSES

CURVE_LOSSES: dict[str, tuple[str, ...]] = {
    "regression": ("mse", "mae", "huber", "smooth_l1", "log_cosh"),
    "binary": ("bce_with_logits", "hinge"),
}
# Five measurements of the same quantity, and one sensor glitch.
BASE_DATA: tuple[float, ...] = (1.0, 1.5, 2.0, 2.5, 3.0)
OUTLIER = 12.0


@dataclass(frozen=True)
class Curve:
    """One loss along ``x`` (error or margin) with its autograd derivative."""

    loss_id: str
    x: list[float]
    loss: list[float]
    gradient: list[float]


def loss_curves(
    kind: str, loss_ids: list[str], extent: float = 3.0, points: int = 241, params: dict[str, float] | None = None
) -> list[Curve]:
    """Each loss and ``dL/dx`` over ``[-extent, extent]``, one autograd pass per loss."""
    curves = []
    for loss_id in loss_ids:
        spec = LOSSES[loss_id]
        values = {**spec.defaults(), **{k: v for k, v in (params or {}).items() if k in spec.defaults()}}
        x = torch.linspace(-extent, extent, points, dtype=torch.float64, requires_grad=True)
        if kind == "regression":  # prediction x against target 0: the error is x
            terms = spec.terms(x, torch.zeros_like(x), **values)
        else:  # binary: label 1 (s = +1), so the score z equals the margin s·z
            terms = spec.terms(x, torch.ones_like(x), **values)
        (gradient,) = torch.autograd.grad(terms.sum(), x)
        curves.append(Curve(loss_id, x.detach().tolist(), terms.detach().tolist(), gradient.tolist()))
    return curves


@dataclass(frozen=True)
class ConstantFit:
    """The best constant prediction under one loss, and how hard each point pulls on it."""

    loss_id: str
    best: float
    grid: list[float]
    mean_loss: list[float]
    pulls: list[float]  # -dL/dc of each data point at ``best``: who drags the answer where


def constant_fit(
    loss_ids: list[str], with_outlier: bool, params: dict[str, float] | None = None, points: int = 1201
) -> tuple[list[float], list[ConstantFit]]:
    """Data, and per loss the constant ``c`` minimising the mean loss (grid search, then autograd pulls)."""
    data_list = [*BASE_DATA, OUTLIER] if with_outlier else list(BASE_DATA)
    data = torch.tensor(data_list, dtype=torch.float64)
    grid = torch.linspace(0.0, OUTLIER + 1.0, points, dtype=torch.float64)
    fits = []
    for loss_id in loss_ids:
        spec = LOSSES[loss_id]
        values = {**spec.defaults(), **{k: v for k, v in (params or {}).items() if k in spec.defaults()}}
        predictions = grid.unsqueeze(1).expand(-1, len(data_list))
        mean_loss = spec.terms(predictions, data.expand_as(predictions), **values).mean(dim=1)
        best = grid[int(torch.argmin(mean_loss))].item()
        at_best = torch.full_like(data, best, requires_grad=True)
        (gradient,) = torch.autograd.grad(spec.terms(at_best, data, **values).sum(), at_best)
        fits.append(ConstantFit(loss_id, best, grid.tolist(), mean_loss.tolist(), (-gradient).tolist()))
    return data_list, fits
