"""The small pieces of work the experiments time: a matrix multiply, a tiny MLP's training step, a Python loop.

Why shared: the threads, GIL and Amdahl experiments compare the *same* work
under different kinds of parallelism, so the work is written once. Every
builder takes a seed, so two processes build bit-identical models.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import torch
from torch import nn


def matmul_work(n: int, seed: int = 0, device: str = "cpu", dtype: torch.dtype = torch.float32) -> Callable[[], None]:
    """One n×n @ n×n product: big enough that torch splits it across threads (and releases the GIL)."""
    generator = torch.Generator().manual_seed(seed)
    a = torch.randn(n, n, generator=generator).to(device=device, dtype=dtype)
    b = torch.randn(n, n, generator=generator).to(device=device, dtype=dtype)

    def work() -> None:
        torch.mm(a, b)

    return work


def tiny_mlp(widths: tuple[int, ...] = (2, 16, 16, 2), seed: int = 0) -> nn.Sequential:
    """TensorFlow Playground's size of network: a few hundred weights."""
    torch.manual_seed(seed)
    layers: list[nn.Module] = []
    for index, (a, b) in enumerate(itertools.pairwise(widths)):
        layers.append(nn.Linear(a, b))
        if index < len(widths) - 2:
            layers.append(nn.Tanh())
    return nn.Sequential(*layers)


def mlp_step_work(
    batch: int = 32, widths: tuple[int, ...] = (2, 16, 16, 2), seed: int = 0, device: str = "cpu"
) -> Callable[[], None]:
    """One Adam step of a tiny MLP on a fixed batch: mostly Python and kernel launches, hardly any arithmetic."""
    model = tiny_mlp(widths, seed).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    generator = torch.Generator().manual_seed(seed + 1)
    x = torch.randn(batch, widths[0], generator=generator).to(device)
    y = torch.randint(0, widths[-1], (batch,), generator=generator).to(device)
    loss_fn = nn.CrossEntropyLoss()

    def work() -> None:
        optimizer.zero_grad(set_to_none=True)
        loss_fn(model(x), y).backward()
        optimizer.step()

    return work


def python_work(iterations: int = 20_000) -> Callable[[], None]:
    """Pure Python arithmetic: it holds the interpreter lock the whole time."""

    def work() -> None:
        total = 0
        for i in range(iterations):
            total += i * i % 7

    return work
