"""The ensemble job: K members (and stacking's fold models) trained live, in slices, in a worker.

Why one job for every kind of member: seed, bagging and width/activation
members train *at once* as one :class:`StackedMLP` (one batched step moves
every net); snapshot and boosting members are sequential by nature, so the
job trains one net per *stage* and keeps each finished stage as a member.
Each ``run(budget_s)`` call does mini-batch steps until its ~10 ms budget is
spent, and the report is measured on the test part when the page asks.
"""

from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass

import numpy as np
import torch

from playground.core.seeding import derive_seed
from playground.fusion.data import make_problem
from playground.fusion.members import KINDS, hidden_size, out_of_fold, plan_members
from playground.fusion.metrics import accuracy, nll
from playground.fusion.report import EnsembleReport
from playground.fusion.rules import RULES, fit_stacker, fuse, samme_alpha, samme_reweight
from playground.fusion.stacked import StackedMLP, concat
from playground.fusion.views import measure
from playground.training.runner.jobs import Job, JobSpec
from playground.training.runner.protocol import StepUnit


@dataclass(frozen=True)
class EnsembleSpec(JobSpec):
    """Plain settings of one ensemble (the studio's config fields that shape the training)."""

    dataset: str = "moons"
    n_points: int = 600
    noise: float = 0.3
    n_classes: int = 3
    draw: int = 0
    members: int = 5
    kind: str = "seed"
    width: int = 16
    activation: str = "relu"
    epochs: int = 60
    lr: float = 0.01
    batch: int = 32
    folds: int = 3
    seed: int = 42

    def build(self, session_id: str, device: str) -> EnsembleJob:
        return EnsembleJob(self, device)


class EnsembleJob(Job):
    def __init__(self, spec: EnsembleSpec, device: str = "cpu") -> None:
        super().__init__()
        self.spec, self.device = spec, torch.device(device)
        self.problem = p = make_problem(
            spec.dataset,
            n_points=spec.n_points,
            noise=spec.noise,
            seed=spec.seed,
            n_classes=spec.n_classes,
            draw=spec.draw,
        )
        self.parallel = KINDS.require(spec.kind).parallel
        self.plan = plan_members(spec.kind, spec.members, spec.width, spec.activation, n_train=len(p.y_train),
                                 seed=spec.seed, folds=spec.folds if self.parallel else 0)  # fmt: skip
        self.hidden = hidden_size(spec.kind, spec.width)
        self.x = torch.as_tensor(p.x_train, device=self.device)
        self.y = torch.as_tensor(p.y_train, device=self.device)
        self.steps_per_epoch = max(1, math.ceil(len(p.y_train) / spec.batch))
        self.stages = 1 if self.parallel else spec.members
        self.stage, self.stage_step, self.member_steps, self.train_s = 0, 0, 0, 0.0
        self.done: list[StackedMLP] = []  # finished sequential members
        self.alphas: list[float] = []
        self.sample_weights = np.full(len(p.y_train), 1.0 / len(p.y_train))
        self.generator = torch.Generator(device=self.device).manual_seed(derive_seed(spec.seed, "fusion.batches"))
        self.history: dict[str, list[float]] = {k: [] for k in ("epoch", "member_accuracy", "soft_accuracy",
                                                                 "member_nll", "soft_nll")}  # fmt: skip
        self._cache: tuple[int, EnsembleReport] | None = None
        self._start_stage()

    # -- training ----------------------------------------------------------------------------------
    def _start_stage(self) -> None:
        plan = self.plan
        nets = list(range(plan.nets)) if self.parallel else [self.stage]
        if self.spec.kind == "snapshot" and self.done:  # a warm restart: the previous snapshot goes on
            self.model = concat([self.done[-1]])
        else:
            self.model = StackedMLP(self.problem.n_features, self.hidden, self.problem.n_classes,
                                    [plan.widths[i] for i in nets], [plan.activations[i] for i in nets],
                                    [plan.seeds[i] for i in nets]).to(self.device)  # fmt: skip
        pools = [plan.pools[i] for i in nets]
        longest = max(len(pool) for pool in pools)
        padded = np.stack([np.pad(pool, (0, longest - len(pool)), mode="edge") for pool in pools])
        self.pools = torch.as_tensor(padded, device=self.device)
        self.lengths = torch.as_tensor([len(pool) for pool in pools], device=self.device)[:, None]
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=self.spec.lr)
        self.stage_step = 0

    @property
    def stage_steps(self) -> int:
        return self.spec.epochs * self.steps_per_epoch

    def _batch(self) -> tuple[torch.Tensor, torch.Tensor]:
        b = self.spec.batch
        if self.spec.kind == "boosting":  # re-weighting as weighted resampling of the training rows
            weights = torch.as_tensor(self.sample_weights, device=self.device, dtype=torch.float32)
            rows = torch.multinomial(weights, b, replacement=True, generator=self.generator)[None]
        else:  # one draw of positions shared by every net: seed-only members see the very same batches
            u = torch.rand(1, b, generator=self.generator, device=self.device)
            rows = self.pools.gather(1, (u * self.lengths).long().clamp_max(self.pools.shape[1] - 1))
        return self.x[rows], self.y[rows]

    def _train_step(self) -> None:
        if self.spec.kind == "snapshot":  # cosine annealing inside each cycle (Huang et al. 2017)
            for group in self.optimizer.param_groups:
                group["lr"] = self.spec.lr * 0.5 * (1 + math.cos(math.pi * self.stage_step / self.stage_steps))
        xb, yb = self._batch()
        logits = self.model(xb)
        losses = torch.nn.functional.cross_entropy(logits.flatten(0, 1), yb.flatten(), reduction="none")
        loss = losses.view(self.model.members, -1).mean(1).sum()  # a sum: each net gets its own mean's gradient
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()
        if not torch.isfinite(loss):
            self.status, self.message = "diverged", "fusion.msg.diverged"
            return
        self.stage_step += 1
        self.member_steps += self.model.members
        if self.stage_step % self.steps_per_epoch == 0:
            self._record()
        if self.stage_step >= self.stage_steps:
            self._end_stage()

    def _end_stage(self) -> None:
        if not self.parallel:
            member = concat([self.model])
            if self.spec.kind == "boosting":
                predicted = self._probs(member, self.problem.x_train)[0].argmax(-1)
                alpha = samme_alpha(self.sample_weights, predicted, self.problem.y_train, self.problem.n_classes)
                self.alphas.append(alpha)
                self.sample_weights = samme_reweight(self.sample_weights, predicted, self.problem.y_train, alpha)
            self.done.append(member)
        self.stage += 1
        if self.stage >= self.stages:
            self.status, self.message = "finished", "fusion.msg.finished"
        else:
            self._start_stage()

    def run(self, budget_s: float) -> None:
        start = time.perf_counter()
        while self.status == "running":
            self._train_step()
            if time.perf_counter() - start >= budget_s:
                break
        self.train_s += time.perf_counter() - start

    def step(self, unit: StepUnit) -> None:
        start = time.perf_counter()
        for _ in range(1 if unit == "batch" else self.steps_per_epoch):
            if self.status in ("finished", "diverged"):
                break
            self._train_step()
        self.train_s += time.perf_counter() - start

    # -- measuring ---------------------------------------------------------------------------------
    def _probs(self, model: StackedMLP, x: np.ndarray) -> np.ndarray:
        with torch.no_grad():
            logits = model(torch.as_tensor(x, device=self.device))
        return torch.softmax(logits, -1).cpu().numpy().astype(np.float64)

    def current_members(self) -> StackedMLP | None:
        """The members as they stand: the K first nets, or the finished stages plus the one in training."""
        if self.parallel:
            return self.model
        parts = self.done + ([] if self.stage >= self.stages else [self.model])
        return concat(parts) if parts else None

    @property
    def epoch(self) -> float:
        return (self.stage * self.stage_steps + self.stage_step) / self.steps_per_epoch if self.stage < self.stages \
            else float(self.stages * self.spec.epochs)  # fmt: skip

    def _record(self) -> None:
        members = self.current_members()
        probs = self._probs(members, self.problem.x_test)[: self.spec.members]
        y = self.problem.y_test
        soft = probs.mean(0)
        self.history["epoch"].append(round(self.epoch, 3))
        self.history["member_accuracy"].append(float(np.mean([accuracy(q, y) for q in probs])))
        self.history["soft_accuracy"].append(accuracy(soft, y))
        self.history["member_nll"].append(float(np.mean([nll(q, y) for q in probs])))
        self.history["soft_nll"].append(nll(soft, y))

    def _meta(self, all_train: np.ndarray) -> object:
        """The stacking meta-learner on out-of-fold probabilities: row i scored by its fold's models only."""
        return fit_stacker(out_of_fold(all_train, self.plan), self.problem.y_train, self.problem.n_classes)

    def report(self, detail: bool) -> EnsembleReport | None:
        if self._cache is not None and self._cache[0] == self.member_steps and not detail:
            return self._cache[1]
        members = self.current_members()
        if members is None:
            return None
        p, k = self.problem, min(members.members, self.spec.members)
        test, val = self._probs(members, p.x_test)[:k], self._probs(members, p.x_val)[:k]
        grid = self._probs(members, p.grid)[:k]
        meta = None
        if self.plan.folds and self.member_steps:
            meta = self._meta(self._probs(members, p.x_train))
        alphas = np.array(self.alphas + self._provisional_alpha(members))
        val_acc = np.array([accuracy(q, p.y_val) for q in val])
        fused = {r: fuse(r, test, val_accuracy=val_acc, meta=meta, alphas=alphas if self.spec.kind == "boosting"
                         else None) for r in RULES}  # fmt: skip
        fused_grid = {r: fuse(r, grid, val_accuracy=val_acc, meta=meta, alphas=alphas if self.spec.kind == "boosting"
                              else None) for r in RULES}  # fmt: skip
        views = measure(test, p.y_test, val_acc, fused=fused, grid=grid, fused_grid=fused_grid)
        weights = None
        if detail:
            weights = [{"state_dict": members.member_state_dict(i), "width": members.widths[i],
                        "activation": members.activations[i]} for i in range(k)]  # fmt: skip
        report = EnsembleReport(
            kind=self.spec.kind, n_classes=p.n_classes, members=k, planned=self.spec.members,
            nets=self.model.members, epoch=self.epoch, total_epochs=self.stages * self.spec.epochs,
            member_steps=self.member_steps,
            member_steps_per_s=self.member_steps / self.train_s if self.train_s > 0 else 0.0,
            widths=members.widths[:k], activations=members.activations[:k], history={k_: list(v) for k_, v in
            self.history.items()}, test_2d=p.test_2d, y_test=p.y_test, extent=p.extent, projected=p.projected,
            alphas=alphas.tolist() if self.spec.kind == "boosting" else [], weights=weights,
            scaling=(p.mean, p.std) if detail else None, **views,
        )  # fmt: skip
        self._cache = (self.member_steps, report)
        return report

    def _provisional_alpha(self, members: StackedMLP) -> list[float]:
        """The vote the boosting round in training would get if it stopped now (shown live)."""
        if self.spec.kind != "boosting" or self.stage >= self.stages:
            return []
        predicted = self._probs(concat([self.model]), self.problem.x_train)[0].argmax(-1)
        return [samme_alpha(self.sample_weights, predicted, self.problem.y_train, self.problem.n_classes)]

    def settings(self) -> dict[str, object]:
        return asdict(self.spec)
