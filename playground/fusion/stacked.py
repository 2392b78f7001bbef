"""M small MLPs held as one module with stacked weights, trained and evaluated with batched matmuls.

Why stacked tensors and not ``M`` modules in a Python loop: at K = 16 the loop
pays the interpreter and the kernel launch sixteen times per layer, for
matrices of 32×32; one ``torch.baddbmm`` per layer does the same arithmetic at
once (the benchmark ``benchmarks/fusion.py`` measures the difference). Adam
is element-wise, so stepping the stacked parameters is exactly stepping each
member on its own: member ``k`` never sees another member's gradient.

Members may differ in width (units beyond a member's width are masked to zero,
which is the same function as a narrower net) and in activation.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import torch
from torch import nn

ACTIVATIONS: dict[str, object] = {"relu": torch.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid,
                                  "gelu": nn.functional.gelu}  # fmt: skip


class StackedMLP(nn.Module):
    """``M`` MLPs ``d_in → hidden → hidden → d_out``, one weight tensor per layer with a leading member axis."""

    def __init__(  # noqa: PLR0917 (a stack's shape reads best in order: in, hidden, out, per-member lists)
        self,
        d_in: int,
        hidden: int,
        d_out: int,
        widths: Sequence[int],
        activations: Sequence[str],
        seeds: Sequence[int],
        depth: int = 2,
    ) -> None:
        super().__init__()
        if not (len(widths) == len(activations) == len(seeds)) or not widths:
            raise ValueError("one width, activation and seed per member")
        self.d_in, self.hidden, self.d_out, self.depth = d_in, hidden, d_out, depth
        self.widths, self.activations = [int(w) for w in widths], [str(a) for a in activations]
        sizes = [d_in] + [hidden] * depth + [d_out]
        weights: list[list[torch.Tensor]] = [[] for _ in range(depth + 1)]
        biases: list[list[torch.Tensor]] = [[] for _ in range(depth + 1)]
        for seed in seeds:  # each member draws its own init from its own seed, as nn.Linear would
            generator = torch.Generator().manual_seed(int(seed))
            for layer, (fan_in, fan_out) in enumerate(itertools.pairwise(sizes)):
                bound = 1.0 / fan_in**0.5
                weights[layer].append((torch.rand(fan_in, fan_out, generator=generator) * 2 - 1) * bound)
                biases[layer].append((torch.rand(1, fan_out, generator=generator) * 2 - 1) * bound)
        self.weights = nn.ParameterList([nn.Parameter(torch.stack(w)) for w in weights])
        self.biases = nn.ParameterList([nn.Parameter(torch.stack(b)) for b in biases])
        mask = torch.zeros(len(widths), 1, hidden)
        for index, width in enumerate(self.widths):
            mask[index, :, : min(width, hidden)] = 1.0
        self.register_buffer("mask", mask)
        self._masked = any(width < hidden for width in self.widths)  # all full width: skip the multiply
        self._groups = {
            name: [i for i, a in enumerate(self.activations) if a == name] for name in set(self.activations)
        }

    @property
    def members(self) -> int:
        return len(self.widths)

    def _act(self, z: torch.Tensor) -> torch.Tensor:
        if len(self._groups) == 1:
            out = ACTIVATIONS[self.activations[0]](z)  # type: ignore[operator]
        else:
            out = torch.empty_like(z)
            for name, index in self._groups.items():
                out[index] = ACTIVATIONS[name](z[index])  # type: ignore[operator]
        return out * self.mask if self._masked else out

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """``x`` [M, B, d_in] (each member its own batch) or [B, d_in] (one batch for all) → [M, B, d_out]."""
        if x.dim() == 2:
            x = x.unsqueeze(0).expand(self.members, -1, -1)
        h = x
        for layer in range(self.depth):
            h = self._act(torch.baddbmm(self.biases[layer], h, self.weights[layer]))
        return torch.baddbmm(self.biases[-1], h, self.weights[-1])

    def select(self, index: Sequence[int]) -> StackedMLP:
        """A detached copy holding only the members ``index`` (the ensemble without its fold models)."""
        return concat([self], index)

    def member_state_dict(self, index: int) -> dict[str, torch.Tensor]:
        """Member ``index`` as the ``state_dict`` of ``nn.Sequential(Linear, act, …, Linear)`` of its own width."""
        width = self.widths[index]
        out: dict[str, torch.Tensor] = {}
        for layer in range(self.depth + 1):
            w = self.weights[layer][index].detach().cpu()
            b = self.biases[layer][index, 0].detach().cpu()
            if layer > 0:
                w = w[:width]
            if layer < self.depth:
                w, b = w[:, :width], b[:width]
            out[f"{2 * layer}.weight"] = w.t().contiguous().clone()
            out[f"{2 * layer}.bias"] = b.contiguous().clone()
        return out


def concat(parts: Sequence[StackedMLP], index: Sequence[int] | None = None) -> StackedMLP:
    """Members of several stacks (snapshots, boosting rounds) as one stack; ``index`` picks from the first."""
    first = parts[0]
    picks = [(p, i) for p in parts for i in range(p.members)] if index is None else [(first, i) for i in index]
    out = StackedMLP(first.d_in, first.hidden, first.d_out, [p.widths[i] for p, i in picks],
                     [p.activations[i] for p, i in picks], [0] * len(picks), first.depth)  # fmt: skip
    with torch.no_grad():
        for layer in range(first.depth + 1):
            out.weights[layer].copy_(torch.stack([p.weights[layer][i].detach() for p, i in picks]))
            out.biases[layer].copy_(torch.stack([p.biases[layer][i].detach() for p, i in picks]))
    return out.to(first.weights[0].device)


def sequential_member(d_in: int, width: int, d_out: int, activation: str, depth: int = 2) -> nn.Sequential:
    """The plain module a member's ``member_state_dict`` loads into (for exports and the loop benchmark)."""
    act = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "gelu": nn.GELU}[activation]
    layers: list[nn.Module] = []
    size = d_in
    for _ in range(depth):
        layers += [nn.Linear(size, width), act()]
        size = width
    layers.append(nn.Linear(size, d_out))
    return nn.Sequential(*layers)
