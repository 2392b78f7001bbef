"""The optimizer race: first steps equal hand-derived values; paths have the requested length."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from playground.nn.optimizers import OPTIMIZERS
from playground.optim.race import MAX_STEPS, Entry, default_entry, run_one, run_race
from playground.optim.surfaces import SURFACES

START = (2.0, 1.0)


def gradient(x: float, y: float) -> tuple[float, float]:
    """Of the bowl f = x²/2 + 5y² (a quadratic with curvatures 1 and 10)."""
    return x, 10.0 * y


def test_first_sgd_steps_are_w_minus_lr_g() -> None:
    path = run_one("bowl", START, 3, Entry("sgd", (("lr", 0.05),)))
    x, y = START
    for step in range(1, 4):
        gx, gy = gradient(x, y)
        x, y = x - 0.05 * gx, y - 0.05 * gy
        assert (path.xs[step], path.ys[step]) == pytest.approx((x, y))
    assert path.xs[1] == pytest.approx(1.9) and path.ys[1] == pytest.approx(0.5)


def test_first_momentum_steps_follow_pytorchs_buffer() -> None:
    lr, mu = 0.05, 0.9
    path = run_one("bowl", START, 3, Entry("momentum", (("lr", lr), ("momentum", mu))))
    w, buffer = np.array(START), None
    for step in range(1, 4):
        g = np.array(gradient(*w))
        buffer = g if buffer is None else mu * buffer + g  # PyTorch: b₁ = g₁, then b = μb + g
        w = w - lr * buffer
        assert (path.xs[step], path.ys[step]) == pytest.approx(tuple(w))
        assert path.state["momentum_buffer"][step] == pytest.approx(buffer)
    assert (path.xs[2], path.ys[2]) == pytest.approx((1.9 - 0.05 * (0.9 * 2 + 1.9), 0.5 - 0.05 * (0.9 * 10 + 5)))


def test_first_adam_steps_use_bias_corrected_moments() -> None:
    lr, beta1, beta2, eps = 0.1, 0.9, 0.999, 1e-8
    path = run_one("bowl", START, 3, Entry("adam", (("lr", lr), ("beta1", beta1), ("beta2", beta2))))
    assert (path.xs[1], path.ys[1]) == pytest.approx((START[0] - lr, START[1] - lr), abs=1e-7)  # step 1: −lr·sign(g)
    w, m, v = np.array(START), np.zeros(2), np.zeros(2)
    for step in range(1, 4):
        g = np.array(gradient(*w))
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g**2
        m_hat, v_hat = m / (1 - beta1**step), v / (1 - beta2**step)
        w = w - lr * m_hat / (np.sqrt(v_hat) + eps)
        assert (path.xs[step], path.ys[step]) == pytest.approx(tuple(w), rel=1e-9)
        assert path.state["exp_avg"][step] == pytest.approx(m)
        assert path.state["exp_avg_sq"][step] == pytest.approx(v)


@pytest.mark.parametrize("steps", [1, 7, 40])
def test_every_path_has_the_requested_length(steps: int) -> None:
    surface = SURFACES["himmelblau"]
    entries = [default_entry(optimizer_id, "himmelblau") for optimizer_id in OPTIMIZERS]
    paths = run_race("himmelblau", surface.start, steps, entries)
    assert [path.optimizer_id for path in paths] == list(OPTIMIZERS)
    for path in paths:
        assert len(path.xs) == len(path.ys) == len(path.losses) == len(path.distances) == steps + 1
        assert all(len(vector) == steps + 1 for vector in path.state.values())
        assert (path.xs[0], path.ys[0]) == surface.start


def test_steps_are_capped() -> None:
    assert len(run_one("bowl", START, 10**6, Entry("sgd")).xs) == MAX_STEPS + 1


def test_divergence_is_frozen_and_reported_not_raised() -> None:
    path = run_one("rosenbrock", (-1.5, 2.5), 30, Entry("sgd", (("lr", 0.5),)))
    assert path.diverged_at is not None and path.diverged_at <= 5
    assert np.isfinite(path.xs).all() and np.isfinite(path.ys).all()
    assert np.isnan(path.losses[path.diverged_at :]).all()
    assert math.isfinite(path.final_loss)


def test_surfaces_minima_are_stationary_points_and_defaults_converge_somewhere() -> None:
    for surface in SURFACES.values():
        for mx, my in surface.minima:
            point = torch.tensor([mx, my], dtype=torch.float64, requires_grad=True)
            (g,) = torch.autograd.grad(surface.f(point[0], point[1]), point)
            assert g.abs().max().item() < 1e-3, surface.name
        assert surface.x_range[0] < surface.start[0] < surface.x_range[1]
    bowl = run_race("bowl", SURFACES["bowl"].start, 150, [default_entry(o, "bowl") for o in ("sgd", "adam")])
    assert all(path.distances[-1] < 1e-2 for path in bowl)


def test_default_entry_takes_the_surface_learning_rate() -> None:
    entry = default_entry("adam", "rosenbrock")
    assert entry.as_dict()["lr"] == SURFACES["rosenbrock"].lrs["adam"]
    assert entry.as_dict()["beta1"] == 0.9
