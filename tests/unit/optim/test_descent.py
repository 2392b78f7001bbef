"""1-D gradient descent: the updates, the stability rule and the verdicts."""

from __future__ import annotations

import math

import pytest
import torch

from playground.optim.descent import BLOW_UP, FUNCTIONS, MAX_STEPS, descend


def test_every_update_is_w_minus_lr_times_the_derivative() -> None:
    trace = descend("quadratic", 4.0, 0.3, 5)
    w = 4.0
    for step in trace.steps:  # f = w², f' = 2w, so w ← w − 0.3·2w = 0.4·w
        assert step.w == pytest.approx(w)
        assert step.gradient == pytest.approx(2 * w)
        assert step.update == pytest.approx(0.3 * 2 * w)
        w = 0.4 * w
        assert step.w_next == pytest.approx(w)
    assert trace.path == pytest.approx([4.0 * 0.4**k for k in range(6)])


def test_curvatures_and_minima_found_by_newton() -> None:
    assert FUNCTIONS["quadratic"].curvatures == (pytest.approx(2.0),)
    quartic = FUNCTIONS["quartic"]
    for w, curvature in zip(quartic.minima, quartic.curvatures, strict=True):
        point = torch.tensor(w, dtype=torch.float64, requires_grad=True)
        (gradient,) = torch.autograd.grad(quartic.f(point), point)
        assert abs(gradient.item()) < 1e-8 and curvature == pytest.approx(12 * w**2 - 6)


@pytest.mark.parametrize("lr", [1.05, 1.5])
def test_a_learning_rate_above_two_over_l_diverges_and_is_reported(lr: float) -> None:
    trace = descend("quadratic", 4.0, lr, 30)
    assert lr > trace.critical_lr == pytest.approx(1.0)
    assert trace.status == "diverged"
    assert trace.factor == pytest.approx(abs(1 - 2 * lr))
    assert abs(trace.path[-1]) > abs(trace.path[0])


def test_a_blow_up_stops_early_without_overflow() -> None:
    trace = descend("quadratic", 4.0, 9.0, MAX_STEPS)
    assert trace.status == "diverged" and len(trace.steps) < 20
    assert abs(trace.path[-1]) > BLOW_UP and all(math.isfinite(w) for w in trace.path)


@pytest.mark.parametrize(
    ("lr", "status"), [(0.02, "slow"), (0.3, "converged"), (0.9, "oscillating"), (1.05, "diverged")]
)
def test_quadratic_presets_show_the_four_regimes(lr: float, status: str) -> None:
    assert (
        FUNCTIONS["quadratic"].presets[{0.02: "too_small", 0.3: "good", 0.9: "too_large", 1.05: "diverging"}[lr]] == lr
    )
    assert descend("quadratic", 4.0, lr, 30).status == status


def test_quartic_start_and_step_size_pick_the_minimum() -> None:
    quartic = FUNCTIONS["quartic"]
    assert descend("quartic", 2.0, 0.03, 60).nearest_minimum == pytest.approx(quartic.minima[1])
    assert descend("quartic", -2.0, 0.03, 60).nearest_minimum == pytest.approx(quartic.minima[0])
    assert descend("quartic", 2.0, quartic.presets["diverging"], 30).status == "diverged"


def test_steps_are_bounded() -> None:
    assert len(descend("plateau", 4.5, 0.5, 10_000).steps) == MAX_STEPS
    assert len(descend("plateau", 4.5, 0.5, 0).steps) == 1
