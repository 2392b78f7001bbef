"""Registry of ``torch.optim.lr_scheduler`` schedules, stepped once per epoch.

Why per epoch: students read the curves by epoch, and a step schedule "every
20 epochs" means the same thing whatever the batch size. One-cycle is the
exception PyTorch defines per batch; we give it the total batch count.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from playground.nn.hyper import HyperParam, defaults


@dataclass(frozen=True)
class SchedulerSpec:
    id: str
    params: tuple[HyperParam, ...] = ()
    per_batch: bool = False  # one-cycle steps every batch
    needs_metric: bool = False  # reduce-on-plateau watches the test loss

    @property
    def title_key(self) -> str:
        return f"train.sched.{self.id}"

    def defaults(self) -> dict[str, float | int | bool]:
        return defaults(self.params)


_GAMMA = HyperParam("gamma", "train.sched.param.gamma", 0.5, 0.01, 0.999, 0.01)

SCHEDULERS: dict[str, SchedulerSpec] = {
    spec.id: spec
    for spec in (
        SchedulerSpec("none"),
        SchedulerSpec("step", (HyperParam("step_size", "train.sched.param.step_size", 50, 1, 1000, 1, "int"), _GAMMA)),
        SchedulerSpec("exponential", (HyperParam("gamma", "train.sched.param.gamma", 0.99, 0.5, 0.9999, 0.0001),)),
        SchedulerSpec("cosine", (HyperParam("t_max", "train.sched.param.t_max", 200, 1, 10000, 1, "int"),)),
        SchedulerSpec(
            "one_cycle", (HyperParam("epochs", "train.sched.param.epochs", 200, 1, 10000, 1, "int"),), per_batch=True
        ),
        SchedulerSpec(
            "plateau",
            (HyperParam("patience", "train.sched.param.patience", 10, 1, 500, 1, "int"), _GAMMA),
            needs_metric=True,
        ),
    )
}


def build_scheduler(
    scheduler_id: str, optimizer: torch.optim.Optimizer, values: dict[str, float], batches_per_epoch: int, lr: float
) -> torch.optim.lr_scheduler.LRScheduler | torch.optim.lr_scheduler.ReduceLROnPlateau | None:
    """A scheduler over ``optimizer``, or None for a constant rate."""
    spec = SCHEDULERS.get(scheduler_id, SCHEDULERS["none"])
    v = {**spec.defaults(), **{p.name: p.clamp(values[p.name]) for p in spec.params if p.name in values}}
    sched = torch.optim.lr_scheduler
    if spec.id == "step":
        return sched.StepLR(optimizer, step_size=int(v["step_size"]), gamma=float(v["gamma"]))
    if spec.id == "exponential":
        return sched.ExponentialLR(optimizer, gamma=float(v["gamma"]))
    if spec.id == "cosine":
        return sched.CosineAnnealingLR(optimizer, T_max=int(v["t_max"]))
    if spec.id == "one_cycle":
        total = max(1, int(v["epochs"]) * max(1, batches_per_epoch))
        return sched.OneCycleLR(optimizer, max_lr=lr, total_steps=total)
    if spec.id == "plateau":
        return sched.ReduceLROnPlateau(optimizer, patience=int(v["patience"]), factor=float(v["gamma"]))
    return None
