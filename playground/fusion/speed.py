"""Loop against batch, measured live: K members stepped one by one, and the same K as one stacked module.

Why on the page and not only in ``benchmarks/fusion.py``: the studio trains its
members batched, and a student should see what that buys on the machine they
use. The job alternates the two sides in small slices (one member's step of the
loop, or one batched step of all K), always feeding the side that has had less
time, so both see the same share of a busy host; the same batches and the same
Adam on both sides.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import torch
from torch import nn

from playground.core.seeding import derive_seed
from playground.fusion.stacked import StackedMLP, sequential_member
from playground.training.runner.jobs import Job, JobSpec
from playground.training.toy_data import make_dataset


@dataclass(frozen=True)
class SpeedSpec(JobSpec):
    members: int = 16
    width: int = 32
    batch: int = 32
    seconds: float = 2.0  # measured time per side
    seed: int = 42

    def build(self, session_id: str, device: str) -> SpeedJob:
        return SpeedJob(self, device)


class SpeedJob(Job):
    def __init__(self, spec: SpeedSpec, device: str = "cpu") -> None:
        super().__init__()
        self.spec, self.device = spec, torch.device(device)
        toy = make_dataset("moons", 1000, 0.3, spec.seed)
        self.x = torch.as_tensor(toy.x, device=self.device) / 6.0
        self.y = torch.as_tensor(toy.y, device=self.device)
        k = spec.members
        seeds = [derive_seed(spec.seed, "fusion.speed", i) for i in range(k)]
        self.stack = StackedMLP(2, spec.width, 2, [spec.width] * k, ["relu"] * k, seeds).to(self.device)
        self.nets = []
        for index in range(k):
            net = sequential_member(2, spec.width, 2, "relu")
            net.load_state_dict(self.stack.member_state_dict(index))
            self.nets.append(net.to(self.device))
        self.stack_opt = torch.optim.Adam(self.stack.parameters(), lr=0.01)
        self.net_opts = [torch.optim.Adam(net.parameters(), lr=0.01) for net in self.nets]
        self.generator = torch.Generator(device=self.device).manual_seed(spec.seed)
        self.time = {"loop": 0.0, "batched": 0.0}
        self.steps = {"loop": 0, "batched": 0}
        self.next_member = 0

    def _rows(self, k: int) -> torch.Tensor:
        return torch.randint(0, len(self.x), (k, self.spec.batch), generator=self.generator, device=self.device)

    def _loop_step(self) -> None:
        index = self.next_member
        rows = self._rows(1)[0]
        loss = nn.functional.cross_entropy(self.nets[index](self.x[rows]), self.y[rows])
        self.net_opts[index].zero_grad(set_to_none=True)
        loss.backward()
        self.net_opts[index].step()
        self.next_member = (index + 1) % self.spec.members
        self.steps["loop"] += 1

    def _batched_step(self) -> None:
        rows = self._rows(self.spec.members)
        logits = self.stack(self.x[rows])
        loss = nn.functional.cross_entropy(logits.flatten(0, 1), self.y[rows].flatten(), reduction="none")
        self.stack_opt.zero_grad(set_to_none=True)
        loss.view(self.spec.members, -1).mean(1).sum().backward()
        self.stack_opt.step()
        self.steps["batched"] += self.spec.members

    def run(self, budget_s: float) -> None:
        start = time.perf_counter()
        while self.status == "running" and time.perf_counter() - start < budget_s:
            side = min(self.time, key=self.time.__getitem__)
            began = time.perf_counter()
            self._loop_step() if side == "loop" else self._batched_step()
            self.time[side] += time.perf_counter() - began
            if min(self.time.values()) >= self.spec.seconds:
                self.status, self.message = "finished", "fusion.msg.finished"

    def report(self, detail: bool) -> dict[str, float]:
        rates = {side: self.steps[side] / self.time[side] if self.time[side] else 0.0 for side in self.time}
        ratio = rates["batched"] / rates["loop"] if rates["loop"] else 0.0
        progress = min(1.0, min(self.time.values()) / self.spec.seconds)
        return {**rates, "ratio": ratio, "progress": progress, "members": self.spec.members}
