"""Registry of ``torch.optim`` optimizers with their main hyperparameters.

Why PyTorch's own classes rather than hand-written updates: students should
see exactly what their real training code does (Adam's bias correction,
Nesterov's look-ahead as PyTorch implements it). The registry feeds the
dropdowns, the URL state and the exported code of every page.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import torch

from playground.core.params import Param, ParamKind
from playground.core.registry import Entry, Registry

LR = "lr"


def _lr(default: float) -> Param:
    return Param(LR, "float", default, low=1e-5, high=10.0, label_key="optim.param.lr", log=True)


def _knob(name: str, default: float, low: float, high: float, step: float, kind: ParamKind = "float") -> Param:  # noqa: PLR0917
    """A optim knob whose label key follows the catalogue's rule (``optim.param.<name>``)."""
    return Param(name, kind, default, low=low, high=high, step=step, label_key=f"optim.param.{name}")


_WEIGHT_DECAY = _knob("weight_decay", 0.0, 0.0, 1.0, 1e-4)
_MOMENTUM = _knob("momentum", 0.9, 0.0, 0.999, 0.01)
_BETA1 = _knob("beta1", 0.9, 0.0, 0.999, 0.001)
_BETA2 = _knob("beta2", 0.999, 0.0, 0.9999, 0.0001)


@dataclass(frozen=True)
class OptimizerSpec(Entry):
    """One optimizer: how to build it and which knobs it exposes.

    ``fixed`` are constructor arguments that define the variant (momentum
    SGD is SGD with ``nesterov=False``); ``needs_closure`` marks optimizers
    such as L-BFGS whose ``step`` must re-evaluate the loss.
    """

    torch_class: type[torch.optim.Optimizer]
    params: tuple[Param, ...]
    fixed: dict[str, object] = field(default_factory=dict)
    needs_closure: bool = False

    text_prefix = "optim"

    def torch_kwargs(self, values: dict[str, float | int | bool] | None = None) -> dict[str, object]:
        """Constructor arguments for ``torch_class`` from (possibly partial) values."""
        merged = {**self.defaults(), **(values or {})}
        kwargs: dict[str, object] = dict(self.fixed)
        for param in self.params:
            value = param.clamp(merged[param.name])
            if param.name in ("beta1", "beta2"):
                continue
            kwargs[param.name] = value
        if any(param.name == "beta1" for param in self.params):
            kwargs["betas"] = (float(merged["beta1"]), float(merged["beta2"]))
        return kwargs

    def build(
        self,
        parameters: Iterable[torch.nn.Parameter],
        values: dict[str, float | int | bool] | None = None,
        fused: bool = False,
    ) -> torch.optim.Optimizer:
        """A fresh optimizer over ``parameters``.

        ``fused`` asks for PyTorch's one-kernel implementation where the class
        and the tensors' device have one (SGD and its momentum variants,
        Adagrad, Adam, AdamW on the CPU): the same update up to rounding
        (~1e-7), one kernel instead of ~10 small ones, which is what the
        studio's tiny networks spend their optimizer time on. Where there is
        none, the ordinary implementation is built.
        """
        parameters = list(parameters)
        kwargs = self.torch_kwargs(values)
        if fused and "fused" in inspect.signature(self.torch_class).parameters:
            try:
                return self.torch_class(parameters, **kwargs, fused=True)
            except (RuntimeError, ValueError):  # this device or dtype has no fused kernel
                pass
        return self.torch_class(parameters, **kwargs)

    def update(self, optimizer: torch.optim.Optimizer, values: dict[str, float | int | bool]) -> None:
        """Change hyperparameters of a running optimizer in place, keeping its state.

        This is how a learning-rate slider moves during training without a reset.
        """
        kwargs = self.torch_kwargs(values)
        for group in optimizer.param_groups:
            for name, value in kwargs.items():
                if name in group:
                    group[name] = value


OPTIMIZERS: Registry[OptimizerSpec] = Registry(
    "optimizer",
    (
        OptimizerSpec("sgd", torch.optim.SGD, (_lr(0.1), _WEIGHT_DECAY), {"momentum": 0.0}),
        OptimizerSpec("momentum", torch.optim.SGD, (_lr(0.05), _MOMENTUM, _WEIGHT_DECAY), {"nesterov": False}),
        OptimizerSpec("nesterov", torch.optim.SGD, (_lr(0.05), _MOMENTUM, _WEIGHT_DECAY), {"nesterov": True}),
        OptimizerSpec("adagrad", torch.optim.Adagrad, (_lr(0.1), _WEIGHT_DECAY)),
        OptimizerSpec(
            "rmsprop",
            torch.optim.RMSprop,
            (
                _lr(0.01),
                _knob("alpha", 0.99, 0.0, 0.9999, 0.001),
                _WEIGHT_DECAY,
            ),
        ),
        OptimizerSpec(
            "adadelta",
            torch.optim.Adadelta,
            (
                _lr(1.0),
                _knob("rho", 0.9, 0.0, 0.9999, 0.001),
                _WEIGHT_DECAY,
            ),
        ),
        OptimizerSpec("adam", torch.optim.Adam, (_lr(0.01), _BETA1, _BETA2, _WEIGHT_DECAY)),
        OptimizerSpec(
            "adamw",
            torch.optim.AdamW,
            (
                _lr(0.01),
                _BETA1,
                _BETA2,
                Param(
                    "weight_decay", "float", 0.01, low=0.0, high=1.0, step=1e-4, label_key="optim.param.weight_decay"
                ),
            ),
        ),
        OptimizerSpec("nadam", torch.optim.NAdam, (_lr(0.01), _BETA1, _BETA2, _WEIGHT_DECAY)),
        OptimizerSpec("radam", torch.optim.RAdam, (_lr(0.01), _BETA1, _BETA2, _WEIGHT_DECAY)),
        OptimizerSpec(
            "lbfgs",
            torch.optim.LBFGS,
            (_lr(1.0), _knob("history_size", 10, 1, 100, 1, "int")),
            {"max_iter": 1},
            needs_closure=True,
        ),
    ),
)


def optimizer_step(
    spec: OptimizerSpec, optimizer: torch.optim.Optimizer, compute_loss: Callable[[], torch.Tensor]
) -> torch.Tensor:
    """One update: zero grads, backward, step (with a closure where the optimizer needs one).

    Returns the loss before the step, detached.
    """

    def closure() -> torch.Tensor:
        optimizer.zero_grad(set_to_none=True)
        loss = compute_loss()
        loss.backward()
        return loss

    if spec.needs_closure:
        return optimizer.step(closure).detach()
    loss = closure()
    optimizer.step()
    return loss.detach()
