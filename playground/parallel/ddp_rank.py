"""One rank of the data-parallel experiment: ``python -m playground.parallel.ddp_rank '<json settings>'``.

Why a module run as its own process (one per rank, as PyTorch's DDP tutorial
does): each replica needs its own interpreter and its own core; the backend's
workers may not fork multiprocessing children. The ranks meet over gloo on
127.0.0.1, train the same seeded model on their shard of every global batch
(DDP averages the gradients, so every rank takes the single-process step),
time chunks of steps between barriers, save their parameters for the parity
check, and rank 0 times a bare all-reduce of each model size's gradients.
"""

from __future__ import annotations

import json
import signal
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

IN_FEATURES, CLASSES, LR = 32, 10, 0.05


def build_model(width: int, seed: int) -> Any:
    """The replicated model: 32 → width → width → 10, seeded so every rank starts identical."""
    import torch  # noqa: PLC0415
    from torch import nn  # noqa: PLC0415

    torch.manual_seed(seed)
    return nn.Sequential(
        nn.Linear(IN_FEATURES, width), nn.ReLU(), nn.Linear(width, width), nn.ReLU(), nn.Linear(width, CLASSES)
    )


def global_batches(steps: int, batch: int, seed: int) -> tuple[Any, Any]:
    """Every step's global batch, the same in every process (a rank takes its slice)."""
    import torch  # noqa: PLC0415

    generator = torch.Generator().manual_seed(seed + 7)
    x = torch.randn(steps, batch, IN_FEATURES, generator=generator)
    return x, (x[..., :CLASSES].argmax(-1) + (x[..., -1] > 1).long()) % CLASSES


def main(settings: dict[str, Any]) -> None:
    import torch  # noqa: PLC0415
    import torch.distributed as dist  # noqa: PLC0415
    from torch.nn.parallel import DistributedDataParallel  # noqa: PLC0415

    torch.set_num_threads(1)
    rank, world = int(settings["rank"]), int(settings["world"])
    dist.init_process_group(
        "gloo",
        init_method=f"tcp://127.0.0.1:{settings['port']}",
        rank=rank,
        world_size=world,
        timeout=timedelta(seconds=int(settings.get("timeout_s", 60))),
    )
    out = Path(settings["out"])
    batch, steps, chunks = int(settings["batch"]), int(settings["steps"]), int(settings["chunks"])
    warmup = int(settings.get("warmup", 3))
    local = batch // world
    model = DistributedDataParallel(build_model(int(settings["width"]), int(settings["seed"])))
    optimizer = torch.optim.SGD(model.parameters(), lr=LR)
    loss_fn = torch.nn.CrossEntropyLoss()
    xs, ys = global_batches(warmup + steps, batch, int(settings["seed"]))

    def train(index: int) -> None:
        shard = slice(rank * local, (rank + 1) * local)
        optimizer.zero_grad(set_to_none=True)
        loss_fn(model(xs[index, shard]), ys[index, shard]).backward()  # DDP all-reduces the gradients here
        optimizer.step()

    for index in range(warmup):
        train(index)
    rates, done = [], warmup
    per_chunk = max(1, steps // chunks)
    for chunk in range(chunks):
        count = per_chunk if chunk < chunks - 1 else steps - per_chunk * (chunks - 1)
        dist.barrier()
        started = time.perf_counter()
        for index in range(done, done + count):
            train(index)
        dist.barrier()
        rates.append(count * batch / (time.perf_counter() - started))
        done += count
    torch.save({k: v.detach().clone() for k, v in model.module.state_dict().items()}, out / f"rank{rank}.pt")
    shares = [_share(width, settings, rank, world) for width in settings.get("share_widths", [])] if world > 1 else []
    if rank == 0:
        (out / "rank0.json").write_text(json.dumps({"rates": rates, "shares": shares}), encoding="utf-8")
    dist.barrier()  # tear down together: a rank destroying the group while another still uses it can abort
    dist.destroy_process_group()


def _share(width: int, settings: dict[str, Any], rank: int, world: int) -> dict[str, float]:
    """A DDP step's time at ``width`` against a bare all-reduce of as many numbers as it has gradients."""
    import torch  # noqa: PLC0415
    import torch.distributed as dist  # noqa: PLC0415
    from torch.nn.parallel import DistributedDataParallel  # noqa: PLC0415

    model = DistributedDataParallel(build_model(width, 0))
    optimizer = torch.optim.SGD(model.parameters(), lr=LR)
    local = int(settings["batch"]) // world
    x, y = torch.randn(local, IN_FEATURES), torch.randint(0, CLASSES, (local,))
    n_params = sum(p.numel() for p in model.parameters())
    flat = torch.zeros(n_params)

    def step() -> None:
        optimizer.zero_grad(set_to_none=True)
        torch.nn.functional.cross_entropy(model(x), y).backward()
        optimizer.step()

    def timed(work: Any, repeats: int) -> float:
        work()
        dist.barrier()
        started = time.perf_counter()
        for _ in range(repeats):
            work()
        dist.barrier()
        return (time.perf_counter() - started) / repeats

    step_s = timed(step, 5)
    allreduce_s = timed(lambda: dist.all_reduce(flat), 5)
    return {
        "width": width,
        "params": n_params,
        "step_s": step_s,
        "allreduce_s": allreduce_s,
        "share": min(1.0, allreduce_s / step_s) if step_s > 0 else 0.0,
    }


if __name__ == "__main__":
    options = json.loads(sys.argv[1])
    if hasattr(signal, "alarm"):
        signal.alarm(int(options.get("timeout_s", 60)) + 5)  # a rank never outlives its experiment
    main(options)
