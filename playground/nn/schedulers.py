"""Registry of ``torch.optim.lr_scheduler`` schedules, stepped once per epoch.

Why per epoch: students read the curves by epoch, and a step schedule "every
20 epochs" means the same thing whatever the batch size. One-cycle is the
exception PyTorch defines per batch; we give it the total batch count.

Why each entry carries its own ``make``: adding a schedule is then one entry
here, not an entry plus a branch in an if-chain elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch

from playground.core.params import Param, ParamKind
from playground.core.registry import Entry, Registry

Scheduler = torch.optim.lr_scheduler.LRScheduler | torch.optim.lr_scheduler.ReduceLROnPlateau
# make(optimizer, values, batches_per_epoch, lr) -> a scheduler, or None for a constant rate
Maker = Callable[[torch.optim.Optimizer, dict[str, Any], int, float], Scheduler | None]
_SCHED = torch.optim.lr_scheduler


@dataclass(frozen=True)
class SchedulerSpec(Entry):
    """One schedule: its knobs and how to build it over an optimizer."""

    params: tuple[Param, ...] = ()
    make: Maker = lambda optimizer, values, batches, lr: None
    per_batch: bool = False  # one-cycle steps every batch
    needs_metric: bool = False  # reduce-on-plateau watches the test loss

    text_prefix = "train.sched"

    @property
    def summary_key(self) -> str:
        return f"train.sched.{self.name}.summary"

    def build(
        self, optimizer: torch.optim.Optimizer, values: dict[str, Any], batches_per_epoch: int, lr: float
    ) -> Scheduler | None:
        """This schedule over ``optimizer``, its values cleaned (``Param.clean``) and defaults filled in."""
        return self.make(optimizer, self.clean(values).value, batches_per_epoch, lr)


def _param(name: str, default: float, low: float, high: float, step: float, kind: ParamKind = "float") -> Param:  # noqa: PLR0917
    """A schedule knob whose label key follows the catalogue's rule (``train.sched.param.<name>``)."""
    return Param(name, kind, default, low=low, high=high, step=step, label_key=f"train.sched.param.{name}")


_GAMMA = _param("gamma", 0.5, 0.01, 0.999, 0.01)

SCHEDULERS: Registry[SchedulerSpec] = Registry(
    "scheduler",
    (
        SchedulerSpec("none"),
        SchedulerSpec(
            "step",
            (_param("step_size", 50, 1, 1000, 1, "int"), _GAMMA),
            lambda opt, v, batches, lr: _SCHED.StepLR(opt, step_size=int(v["step_size"]), gamma=float(v["gamma"])),
        ),
        SchedulerSpec(
            "exponential",
            (_param("gamma", 0.99, 0.5, 0.9999, 0.0001),),
            lambda opt, v, batches, lr: _SCHED.ExponentialLR(opt, gamma=float(v["gamma"])),
        ),
        SchedulerSpec(
            "cosine",
            (_param("t_max", 200, 1, 10000, 1, "int"),),
            lambda opt, v, batches, lr: _SCHED.CosineAnnealingLR(opt, T_max=int(v["t_max"])),
        ),
        SchedulerSpec(
            "one_cycle",
            (_param("epochs", 200, 1, 10000, 1, "int"),),
            lambda opt, v, batches, lr: _SCHED.OneCycleLR(
                opt, max_lr=lr, total_steps=max(1, int(v["epochs"]) * max(1, batches))
            ),
            per_batch=True,
        ),
        SchedulerSpec(
            "plateau",
            (_param("patience", 10, 1, 500, 1, "int"), _GAMMA),
            lambda opt, v, batches, lr: _SCHED.ReduceLROnPlateau(
                opt, patience=int(v["patience"]), factor=float(v["gamma"])
            ),
            needs_metric=True,
        ),
    ),
)


def build_scheduler(
    scheduler_id: str, optimizer: torch.optim.Optimizer, values: dict[str, float], batches_per_epoch: int, lr: float
) -> Scheduler | None:
    """The schedule called ``scheduler_id`` over ``optimizer`` (an unknown name: a constant rate)."""
    return SCHEDULERS.get(scheduler_id, SCHEDULERS["none"]).build(optimizer, values, batches_per_epoch, lr)
