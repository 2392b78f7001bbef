"""Experiment 6: ``torch.compile``'s compile time against its steady-state speed, under a time cap.

Why a cap: on a 2-core server compiling a 2-16-16-2 MLP with inductor took
~25 s (it generates and builds C++), and then ran slower than eager, because
a tiny network's time is Python overhead compilation cannot remove and
guards it adds. The eager figure is measured first; if compilation runs past
the cap, the job kills this process and the page shows the eager figure and
that compilation did not finish in time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import torch
from torch import nn

from playground.parallel.results import Recorder
from playground.parallel.stats import measure
from playground.parallel.workloads import tiny_mlp


def step_of(model: Callable[[torch.Tensor], torch.Tensor], params: Any, batch: int = 64) -> Callable[[], None]:
    """One training step (forward, backward, SGD) of ``model`` on a fixed batch."""
    optimizer = torch.optim.SGD(params, lr=0.01)
    x, y = torch.randn(batch, 2), torch.randint(0, 2, (batch,))

    def work() -> None:
        optimizer.zero_grad(set_to_none=True)
        nn.functional.cross_entropy(model(x), y).backward()
        optimizer.step()

    return work


def run(values: dict[str, Any], rec: Recorder, device: str = "cpu") -> None:
    """Eager seconds per step, then the first compiled step (compile time), then compiled seconds per step."""
    width, repeats = int(values["width"]), int(values["repeats"])
    eager_model = tiny_mlp((2, width, width, 2), 0)
    rec.point(
        measure(
            step_of(eager_model, eager_model.parameters()),
            repeats=repeats,
            inner=50,
            warmup=5,
            series="eager",
            x=0,
            target_s=0.1,
        )
    )
    torch._dynamo.reset()
    model = tiny_mlp((2, width, width, 2), 0)
    compiled = torch.compile(model, backend=str(values["backend"]))
    step = step_of(compiled, model.parameters())
    started = time.perf_counter()
    step()  # compiles forward and backward
    rec.extra("compile_s", time.perf_counter() - started)
    rec.point(measure(step, repeats=repeats, inner=50, warmup=5, series="compiled", x=1, target_s=0.1))
    eager, fast = rec.result.point("eager", 0), rec.result.point("compiled", 1)
    if eager and fast and fast.median > 0:
        rec.extra("compiled_vs_eager", eager.median / fast.median)
