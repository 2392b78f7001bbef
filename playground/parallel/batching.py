"""Experiment 4: batch size against samples/s and against time-to-accuracy; K models in one vmap against a loop.

Why both curves: a bigger batch feeds the hardware better (samples/s rises,
then flattens when the arithmetic, not the Python overhead, dominates), but
takes fewer steps per epoch, so the time to reach a test accuracy has a
sweet spot. Training K small models (an ensemble, a sweep) as one batched
computation with ``torch.func.vmap`` pays the per-call overhead once instead
of K times (the fusion studio trains its ensembles this way).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import torch
from torch import nn

from playground.parallel.devices import synchronizer
from playground.parallel.experiments import batch_sizes
from playground.parallel.results import Recorder
from playground.parallel.stats import measure
from playground.parallel.workloads import mlp_step_work, tiny_mlp
from playground.training.toy_data import make_dataset, split

WIDTHS = (2, 64, 64, 2)
ACCURACY_BUDGET_S = 2.0  # per batch size: a run that has not reached the target by then is marked "not reached"


def time_to_accuracy(batch: int, target: float, device: str, seed: int = 0) -> tuple[float, bool, int]:
    """(seconds, reached, epochs) training on the circle set until the test accuracy reaches ``target``."""
    parts = split(make_dataset("circle", 600, 0.05, seed), 0.3, seed)
    x = torch.as_tensor(parts.train.x, dtype=torch.float32, device=device)
    y = torch.as_tensor(parts.train.y, device=device).long().flatten()
    tx = torch.as_tensor(parts.test.x, dtype=torch.float32, device=device)
    ty = torch.as_tensor(parts.test.y, device=device).long().flatten()
    model = tiny_mlp(WIDTHS, seed).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    generator = torch.Generator().manual_seed(seed)
    started, epochs = time.perf_counter(), 0
    while time.perf_counter() - started < ACCURACY_BUDGET_S:
        order = torch.randperm(len(x), generator=generator).to(device)
        for first in range(0, len(x), batch):
            rows = order[first : first + batch]
            optimizer.zero_grad(set_to_none=True)
            nn.functional.cross_entropy(model(x[rows]), y[rows]).backward()
            optimizer.step()
        epochs += 1
        with torch.no_grad():
            if float((model(tx).argmax(1) == ty).float().mean()) >= target:
                return time.perf_counter() - started, True, epochs
    return time.perf_counter() - started, False, epochs


def k_models(k: int, device: str, seed: int = 0) -> tuple[Any, Any]:
    """Gradients of K small models on one batch: a Python loop, and the same as one vmap call."""
    from torch.func import functional_call, grad, stack_module_state, vmap  # noqa: PLC0415

    models = [tiny_mlp((2, 32, 32, 2), seed + i).to(device) for i in range(k)]
    x, y = torch.randn(64, 2, device=device), torch.randint(0, 2, (64,), device=device)
    params, buffers = stack_module_state(models)  # type: ignore[arg-type]
    base = tiny_mlp((2, 32, 32, 2), seed).to("meta")

    def loss(p: Any, b: Any) -> Any:
        return nn.functional.cross_entropy(functional_call(base, (p, b), (x,)), y)

    batched = vmap(grad(loss))

    def loop() -> None:
        for model in models:
            model.zero_grad(set_to_none=True)
            nn.functional.cross_entropy(model(x), y).backward()

    def together() -> None:
        batched(params, buffers)

    return loop, together


def run(values: dict[str, Any], rec: Recorder, device: str = "cpu") -> None:
    """Samples/s and time to accuracy per batch size, then loop against vmap for K models."""
    repeats, sync = int(values["repeats"]), synchronizer(device)
    for batch in batch_sizes(int(values["max_batch"])):
        step = mlp_step_work(batch, WIDTHS, device=device)

        def step_and_wait(step: Callable[[], None] = step) -> None:
            step()
            sync()  # a GPU step is only queued until its device finishes it

        rec.point(
            measure(step, repeats=repeats, inner=20, warmup=3, series="throughput", x=batch, rate=batch, target_s=0.1)
        )
    reached = {}
    for batch in batch_sizes(int(values["max_batch"])):
        seconds, ok, epochs = time_to_accuracy(batch, float(values["target"]), device)
        reached[str(batch)] = {"reached": ok, "epochs": epochs, "seconds": seconds}
    rec.extra("accuracy", reached)
    k = int(values["k_models"])
    loop, together = k_models(k, device)
    rec.point(measure(loop, repeats=repeats, inner=5, warmup=2, series="loop", x=k, target_s=0.1))
    rec.point(measure(together, repeats=repeats, inner=5, warmup=2, series="vmap", x=k, target_s=0.1))
