"""The seed's multi-input model in PyTorch, with early and late fusion beside it, and branch ablation.

The seed (a Keras example): two ``Input``s, a ``Dense`` on each, concatenated,
then a head. Here the two inputs are two natural *views* of a digit: its left
and right halves (8×4 pixels each). Three ways to fuse them:

- early: concatenate the inputs, one MLP on all 64 pixels;
- mid (the seed's): a ``Linear`` per view, concatenate the two codes, a head on top;
- late: a separate model per view, average their class probabilities.

Ablation zeroes one view's contribution (its branch's code, its input, or its
model's vote) and re-measures test accuracy: what each view contributes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from playground.core.seeding import derive_seed, seeded_torch_init
from playground.fusion.data import make_problem
from playground.training.runner.jobs import Job, JobSpec

MODELS = ("early", "mid", "late")


def halves(x: np.ndarray | torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Digits [N, 64] (row-major 8×8) → left and right halves [N, 32]."""
    image = torch.as_tensor(x).reshape(-1, 8, 8)
    return image[:, :, :4].reshape(-1, 32), image[:, :, 4:].reshape(-1, 32)


class TwoInputNet(nn.Module):
    """The seed's model: ``Dense`` on each input → concatenate → head (``keep`` zeroes a branch for ablation)."""

    def __init__(self, width: int, n_classes: int = 10) -> None:
        super().__init__()
        self.left, self.right = nn.Linear(32, width), nn.Linear(32, width)
        self.head = nn.Linear(2 * width, n_classes)

    def forward(self, left: torch.Tensor, right: torch.Tensor, keep: tuple[bool, bool] = (True, True)) -> torch.Tensor:
        a, b = torch.relu(self.left(left)), torch.relu(self.right(right))
        return self.head(torch.cat([a * keep[0], b * keep[1]], dim=1))


class EarlyNet(nn.Module):
    def __init__(self, width: int, n_classes: int = 10) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(64, 2 * width), nn.ReLU(), nn.Linear(2 * width, n_classes))

    def forward(self, left: torch.Tensor, right: torch.Tensor, keep: tuple[bool, bool] = (True, True)) -> torch.Tensor:
        return self.net(torch.cat([left * keep[0], right * keep[1]], dim=1))


class LateNet(nn.Module):
    """Two single-view models; the fused output is the mean of their probabilities (returned as log-probs)."""

    def __init__(self, width: int, n_classes: int = 10) -> None:
        super().__init__()
        self.left = nn.Sequential(nn.Linear(32, width), nn.ReLU(), nn.Linear(width, n_classes))
        self.right = nn.Sequential(nn.Linear(32, width), nn.ReLU(), nn.Linear(width, n_classes))

    def views(self, left: torch.Tensor, right: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.left(left), self.right(right)

    def forward(self, left: torch.Tensor, right: torch.Tensor, keep: tuple[bool, bool] = (True, True)) -> torch.Tensor:
        probs = [torch.softmax(z, 1) for z, k in zip(self.views(left, right), keep, strict=True) if k]
        if not probs:
            return torch.full((len(left), 10), -np.log(10.0), device=left.device)
        return torch.log(torch.stack(probs).mean(0).clamp_min(1e-8))


@dataclass(frozen=True)
class MultiInputSpec(JobSpec):
    width: int = 16
    epochs: int = 20
    batch: int = 64
    lr: float = 0.01
    seed: int = 42

    def build(self, session_id: str, device: str) -> MultiInputJob:
        return MultiInputJob(self, device)


class MultiInputJob(Job):
    """Trains the three fusions side by side, one mini-batch of each per round."""

    def __init__(self, spec: MultiInputSpec, device: str = "cpu") -> None:
        super().__init__()
        self.spec, self.device = spec, torch.device(device)
        p = make_problem("digits", seed=spec.seed)
        self.train = [t.to(self.device) for t in halves(p.x_train)], torch.as_tensor(p.y_train, device=self.device)
        self.test = [t.to(self.device) for t in halves(p.x_test)], torch.as_tensor(p.y_test, device=self.device)
        self.models: dict[str, nn.Module] = {}
        for name, cls in zip(MODELS, (EarlyNet, TwoInputNet, LateNet), strict=True):
            with seeded_torch_init(spec.seed, "fusion.mi", name):
                self.models[name] = cls(spec.width).to(self.device)
        self.optimizers = {n: torch.optim.Adam(m.parameters(), lr=spec.lr) for n, m in self.models.items()}
        self.generator = torch.Generator(device=self.device).manual_seed(derive_seed(spec.seed, "fusion.mi.batches"))
        self.n = len(self.train[1])
        self.steps_per_epoch = max(1, -(-self.n // spec.batch))
        self.done = 0
        self.history: dict[str, list[float]] = {"epoch": [], **{n: [] for n in MODELS}}

    def _step(self) -> None:
        rows = torch.randint(0, self.n, (self.spec.batch,), generator=self.generator, device=self.device)
        (left, right), y = self.train
        for name, model in self.models.items():
            if name == "late":  # each view's model learns on its own; only their votes are fused
                zl, zr = model.views(left[rows], right[rows])
                loss = nn.functional.cross_entropy(zl, y[rows]) + nn.functional.cross_entropy(zr, y[rows])
            else:
                loss = nn.functional.cross_entropy(model(left[rows], right[rows]), y[rows])
            self.optimizers[name].zero_grad(set_to_none=True)
            loss.backward()
            self.optimizers[name].step()
        self.done += 1
        if self.done % self.steps_per_epoch == 0:
            self.history["epoch"].append(self.done / self.steps_per_epoch)
            for name in MODELS:
                self.history[name].append(self.accuracy(name))
        if self.done >= self.spec.epochs * self.steps_per_epoch:
            self.status, self.message = "finished", "fusion.msg.finished"

    def run(self, budget_s: float) -> None:
        start = time.perf_counter()
        while self.status == "running":
            self._step()
            if time.perf_counter() - start >= budget_s:
                break

    def step(self, unit: str) -> None:
        for _ in range(1 if unit == "batch" else self.steps_per_epoch):
            if self.status == "finished":
                break
            self._step()

    def accuracy(self, name: str, keep: tuple[bool, bool] = (True, True)) -> float:
        (left, right), y = self.test
        with torch.no_grad():
            predicted = self.models[name](left, right, keep).argmax(1)
        return float((predicted == y).float().mean())

    def report(self, detail: bool) -> dict[str, object]:
        ablation = {name: {"both": self.accuracy(name), "left_only": self.accuracy(name, (True, False)),
                           "right_only": self.accuracy(name, (False, True))} for name in MODELS}  # fmt: skip
        sizes = {name: sum(p.numel() for p in m.parameters()) for name, m in self.models.items()}
        return {"epoch": self.done / self.steps_per_epoch, "epochs": self.spec.epochs, "ablation": ablation,
                "history": {k: list(v) for k, v in self.history.items()}, "parameters": sizes}  # fmt: skip
