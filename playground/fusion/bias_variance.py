"""Bias and variance, measured: one net against bagged nets, each trained on R fresh draws of a 1-D problem.

Why R draws: bias and variance are properties of a *learning procedure* over
training sets, not of one fitted net. For each of R training sets drawn from
``y = sin(1.5 x) + noise`` the job trains one net, and B nets on bootstrap
samples of that same set (their mean is the bagged predictor). Over the R
draws, at every test x: bias² = (mean prediction − truth)², variance = the
spread of predictions. Bagging averages away part of the variance; the bias
stays about where one net's is. All R·(1 + B) nets train at once in one
stacked module.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import torch

from playground.core.seeding import derive_seed, numpy_rng
from playground.fusion.stacked import StackedMLP
from playground.training.runner.jobs import Job, JobSpec

X_RANGE = 3.0
GRID = 100


def truth(x: np.ndarray) -> np.ndarray:
    return np.sin(1.5 * x)


@dataclass(frozen=True)
class BiasVarianceSpec(JobSpec):
    noise: float = 0.3
    bags: int = 5
    points: int = 30
    repeats: int = 8  # training sets drawn
    width: int = 32
    steps: int = 1500  # full-batch Adam steps: enough for a 1-32-32-1 net to fit 30 points closely
    lr: float = 0.01
    seed: int = 42

    def build(self, session_id: str, device: str) -> BiasVarianceJob:
        return BiasVarianceJob(self, device)


def decompose(predictions: np.ndarray, target: np.ndarray) -> dict[str, float]:
    """``predictions`` [R, G] of one procedure over R training sets → mean bias², variance (averaged over x)."""
    mean = predictions.mean(0)
    return {"bias2": float(((mean - target) ** 2).mean()), "variance": float(predictions.var(0).mean())}


class BiasVarianceJob(Job):
    def __init__(self, spec: BiasVarianceSpec, device: str = "cpu") -> None:
        super().__init__()
        self.spec, self.device = spec, torch.device(device)
        rng = numpy_rng(spec.seed, "fusion.bv", spec.points, spec.noise)
        r, n, b = spec.repeats, spec.points, spec.bags
        x = rng.uniform(-X_RANGE, X_RANGE, (r, n))
        y = truth(x) + rng.normal(0, spec.noise, (r, n))
        self.x_all = torch.as_tensor(x.reshape(-1, 1) / X_RANGE, dtype=torch.float32, device=self.device)
        self.y_all = torch.as_tensor(y.reshape(-1, 1), dtype=torch.float32, device=self.device)
        pools = [np.arange(d * n, (d + 1) * n) for d in range(r)]  # net d: draw d, every point
        pools += [d * n + np.sort(rng.integers(0, n, n)) for d in range(r) for _ in range(b)]  # bootstrap samples
        self.rows = torch.as_tensor(np.stack(pools), device=self.device)
        nets = len(pools)
        seeds = [derive_seed(spec.seed, "fusion.bv.init", i) for i in range(nets)]
        self.model = StackedMLP(1, spec.width, 1, [spec.width] * nets, ["tanh"] * nets, seeds).to(self.device)
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=spec.lr)
        self.points = (x, y)
        self.grid = np.linspace(-X_RANGE, X_RANGE, GRID)
        self.done, self.train_s = 0, 0.0

    def run(self, budget_s: float) -> None:
        start = time.perf_counter()
        while self.status == "running":
            self._step()
            if time.perf_counter() - start >= budget_s:
                break
        self.train_s += time.perf_counter() - start

    def _step(self) -> None:
        out = self.model(self.x_all[self.rows])
        loss = ((out - self.y_all[self.rows]) ** 2).mean((1, 2)).sum()
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()
        self.done += 1
        if self.done >= self.spec.steps:
            self.status, self.message = "finished", "fusion.msg.finished"

    def step(self, unit: str) -> None:
        for _ in range(1 if unit == "batch" else 100):
            if self.status == "finished":
                break
            self._step()

    def predictions(self) -> tuple[np.ndarray, np.ndarray]:
        """Single nets [R, G] and bagged predictors [R, G] on the test grid."""
        r, b = self.spec.repeats, self.spec.bags
        with torch.no_grad():
            grid = torch.as_tensor(self.grid[:, None] / X_RANGE, dtype=torch.float32, device=self.device)
            out = self.model(grid)[..., 0].cpu().numpy()
        return out[:r], out[r:].reshape(r, b, -1).mean(1)

    def report(self, detail: bool) -> dict[str, object]:
        single, bagged = self.predictions()
        target = truth(self.grid)
        return {
            "grid": self.grid, "truth": target, "single": single, "bagged": bagged,
            "x": self.points[0], "y": self.points[1], "progress": self.done / self.spec.steps,
            "single_terms": decompose(single, target), "bagged_terms": decompose(bagged, target),
            "noise_var": self.spec.noise**2, "nets": len(self.rows),
        }  # fmt: skip
