"""Plain gradient descent on a 1-D function, one update ``w ← w − lr·g`` at a time.

Why 1-D first: every number fits in a table row, and the stability rule is
exact. On a quadratic with curvature ``L`` each step multiplies the distance
to the minimum by ``(1 − lr·L)``: it shrinks smoothly for ``lr < 1/L``, zig-zags
in for ``1/L < lr < 2/L`` and grows for ``lr > 2/L``. Near any smooth
minimum the same holds with ``L = f''(w*)``. Gradients come from autograd.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import torch

from playground.core.params import Param
from playground.core.registry import Entry, Registry

BLOW_UP = 1e6  # |w| beyond this is reported as divergence and the run stops (no overflow, no hang)
MAX_STEPS = 200
PRESETS = ("too_small", "good", "too_large", "diverging")
LR_RANGE = (0.0001, 10.0)  # from hopelessly slow to far past every function's 2/L


@dataclass(frozen=True)
class Function1D(Entry):
    """A 1-D loss to descend: torch function, its minima, the curvature there, a good start and presets.

    Its ``params`` (start ``w0`` and learning rate ``lr``) take their bounds and
    defaults from the function: the start stays in its plotted domain, the rate
    defaults to its "good" preset.
    """

    f: Callable[[torch.Tensor], torch.Tensor]
    formula: str
    minima: tuple[float, ...]
    curvatures: tuple[float, ...]  # f''(w*) at each minimum: the local L of the stability rule
    domain: tuple[float, float]
    start: float
    presets: dict[str, float]

    text_prefix = "opt.fn"

    @property
    def params(self) -> tuple[Param, ...]:  # type: ignore[override]  (derived from the domain, not declared)
        return (
            Param("w0", "float", self.start, *self.domain, step=0.05, label_key="opt.gd.start"),
            Param("lr", "float", self.presets["good"], *LR_RANGE, step=0.01, label_key="opt.gd.lr", log=True),
        )


def _newton(f: Callable[[torch.Tensor], torch.Tensor], guess: float) -> tuple[float, float]:
    """A minimum near ``guess`` and ``f''`` there, by Newton's method on autograd derivatives."""
    w = torch.tensor(guess, dtype=torch.float64)
    for _ in range(50):
        w = w.detach().requires_grad_(True)
        (g,) = torch.autograd.grad(f(w), w, create_graph=True)
        (h,) = torch.autograd.grad(g, w)
        w = w - g / h
    w = w.detach().requires_grad_(True)
    (g,) = torch.autograd.grad(f(w), w, create_graph=True)
    (h,) = torch.autograd.grad(g, w)
    return round(w.item(), 10), h.item()


def _function(name: str, f, formula, guesses, domain, start, presets) -> Function1D:  # noqa: PLR0917
    found = [_newton(f, guess) for guess in guesses]
    return Function1D(name, f, formula, tuple(w for w, _ in found), tuple(h for _, h in found), domain, start, presets)


FUNCTIONS: Registry[Function1D] = Registry(
    "function",
    (
        _function(
            "quadratic", lambda w: w**2, r"f(w) = w^2", (0.0,), (-5.0, 5.0), 4.0,
            {"too_small": 0.02, "good": 0.3, "too_large": 0.9, "diverging": 1.05},
        ),
        _function(
            "quartic", lambda w: w**4 - 3 * w**2 + w, r"f(w) = w^4 - 3w^2 + w", (-1.3, 1.13), (-2.2, 2.2), 2.0,
            {"too_small": 0.002, "good": 0.03, "too_large": 0.13, "diverging": 0.2},
        ),
        _function(
            "plateau", lambda w: 1 - torch.exp(-(w**2) / 4), r"f(w) = 1 - e^{-w^2/4}", (0.0,), (-7.0, 7.0), 4.5,
            {"too_small": 0.5, "good": 3.0, "too_large": 3.9, "diverging": 4.5},
        ),
    ),
)  # fmt: skip

Status = Literal["converged", "oscillating", "diverged", "slow"]


@dataclass(frozen=True)
class Step:
    """One row of the table: where we were, the gradient, the update and where we landed."""

    index: int
    w: float
    loss: float
    gradient: float
    update: float  # lr·g
    w_next: float


@dataclass(frozen=True)
class Trace:
    """A descent run, its verdict and the stability numbers behind it."""

    function_id: str
    lr: float
    start: float
    steps: list[Step]
    status: Status
    nearest_minimum: float
    curvature: float  # L = f''(w*) at the minimum the run ends nearest to
    factor: float  # |1 − lr·L|: the distance multiplier per step near that minimum

    @property
    def path(self) -> list[float]:
        return [self.start, *(step.w_next for step in self.steps)]

    @property
    def critical_lr(self) -> float:
        return 2.0 / self.curvature


def descend(function_id: str, start: float, lr: float, steps: int) -> Trace:
    """Run ``steps`` updates (at most ``MAX_STEPS``); stop early, reported, if ``w`` blows up."""
    spec = FUNCTIONS[function_id]
    w_value = float(start)
    rows: list[Step] = []
    diverged = False
    for index in range(1, max(1, min(int(steps), MAX_STEPS)) + 1):
        w = torch.tensor(w_value, dtype=torch.float64, requires_grad=True)
        loss = spec.f(w)
        (gradient,) = torch.autograd.grad(loss, w)
        update = lr * gradient.item()
        w_next = w_value - update
        rows.append(Step(index, w_value, loss.item(), gradient.item(), update, w_next))
        w_value = w_next
        if not math.isfinite(w_value) or abs(w_value) > BLOW_UP:
            diverged = True
            break
    nearest = min(range(len(spec.minima)), key=lambda i: abs(spec.minima[i] - w_value) if math.isfinite(w_value) else i)
    minimum, curvature = spec.minima[nearest], spec.curvatures[nearest]
    factor = abs(1.0 - lr * curvature)
    status = _verdict(rows, minimum, factor, diverged, start)
    return Trace(function_id, lr, float(start), rows, status, minimum, curvature, factor)


def _verdict(rows: list[Step], minimum: float, factor: float, diverged: bool, start: float) -> Status:
    """Diverged if it blew up or ends farther away and still moving out; else converged, oscillating or slow."""
    distances = [abs(row.w_next - minimum) for row in rows]
    if diverged:
        return "diverged"
    last = distances[-3:]
    growing = all(later > earlier for earlier, later in itertools.pairwise(last)) and len(last) > 1
    if factor > 1.0 and growing and distances[-1] > min(abs(start - minimum), 1e-3):
        return "diverged"
    if distances[-1] < 1e-3 and abs(rows[-1].gradient) < 1e-2:
        return "converged"
    signs = [row.w_next - minimum for row in rows[-6:]]
    flips = sum(1 for a, b in itertools.pairwise(signs) if a * b < 0)
    if flips >= max(1, len(signs) - 2):
        return "oscillating"
    return "slow"
