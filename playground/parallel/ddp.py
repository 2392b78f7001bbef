"""Experiment 3: real DistributedDataParallel over gloo against one process at the same global batch.

Why gloo on 127.0.0.1: it runs DDP on CPUs, so the lab shows on any server
what the DDP tutorial describes (one process per replica, gradients
all-reduced after backward). Three figures: samples/s with 1 and with
``world`` processes (chunks of steps timed between barriers are the
repeats), parity (every rank's parameters against the single-process run
after the same steps: equal within float rounding), and the all-reduce's
share of a step as the model grows (a bare all-reduce of as many numbers as
the model has gradients, against a whole DDP step).
"""

from __future__ import annotations

import json
import signal
import tempfile
from pathlib import Path
from typing import Any

from playground.parallel.machine import LoadMeter, usable_cores
from playground.parallel.procs import free_port, start_module, wait_all
from playground.parallel.results import Recorder
from playground.parallel.stats import point_from

PARITY_TOLERANCE = 1e-5  # float sums in another order differ in the last bits, not more
SHARE_WIDTHS = (16, 64, 256, 1024)
RANK_TIMEOUT_S = 100.0


def launch(world: int, values: dict[str, Any], out: Path, share_widths: tuple[int, ...] = ()) -> dict[str, Any]:
    """Run ``world`` ranks to the end; rank 0's timings, or an error text."""
    out.mkdir(parents=True, exist_ok=True)
    port = free_port()
    base = {
        "world": world,
        "port": port,
        "width": int(values["width"]),
        "batch": int(values["batch"]),
        "steps": int(values["steps"]),
        "chunks": int(values["repeats"]),
        "seed": int(values.get("seed", 0)),
        "out": str(out),
        "share_widths": list(share_widths),
        "timeout_s": RANK_TIMEOUT_S,
    }
    ranks = []
    for rank in range(world):
        with open(out / f"err{rank}.txt", "wb") as errors:  # the rank holds its own copy of the file
            ranks.append(start_module("playground.parallel.ddp_rank", {**base, "rank": rank}, stderr=errors))
    codes = wait_all(ranks, RANK_TIMEOUT_S)
    # gloo now and then aborts a rank while the process group is torn down (SIGABRT, "terminate called
    # without an active exception"). When every rank has saved its parameters and rank 0 its timings, the
    # measurement itself finished; only a rank that ended some other way is an error.
    finished = (out / "rank0.json").exists() and all((out / f"rank{r}.pt").exists() for r in range(world))
    if any(code and not (finished and code == -signal.SIGABRT) for code in codes):
        bad = next((r for r, code in enumerate(codes) if code), 0)
        tail = (out / f"err{bad}.txt").read_text(errors="replace")[-400:] if (out / f"err{bad}.txt").exists() else ""
        return {"error": f"ranks exited with {codes}: {tail}"}
    return json.loads((out / "rank0.json").read_text(encoding="utf-8"))


def parameter_gaps(single: Path, ranks: list[Path]) -> tuple[float, float]:
    """(largest difference between ranks, largest difference of any rank from the single process)."""
    import torch  # noqa: PLC0415

    def flat(path: Path) -> Any:
        return torch.cat([t.flatten() for t in torch.load(path, weights_only=True).values()])

    base, others = flat(single), [flat(path) for path in ranks]
    between = max(float((others[0] - other).abs().max()) for other in others)
    from_single = max(float((base - other).abs().max()) for other in others)
    return between, from_single


def run(values: dict[str, Any], rec: Recorder, device: str = "cpu") -> None:
    """Single process, then ``world`` ranks: samples/s, parity and the all-reduce share."""
    world = int(values["world"])
    values = {**values, "batch": max(world, int(values["batch"]) // world * world)}  # every rank an equal shard
    rec.extra("batch", values["batch"])
    rec.extra("cores", usable_cores())
    with tempfile.TemporaryDirectory(prefix="ddp-") as folder:
        root = Path(folder)
        for size, shares in ((1, ()), (world, SHARE_WIDTHS)):
            meter = LoadMeter()
            timings = launch(size, values, root / f"w{size}", shares)
            if "error" in timings:
                raise RuntimeError(timings["error"])
            rec.point(
                point_from(
                    "samples_per_s", size, timings["rates"], "1/s", load=meter.stop(), ours=min(size, usable_cores())
                )
            )
            if shares:
                rec.extra("allreduce_share", timings["shares"])
        between, from_single = parameter_gaps(
            root / "w1" / "rank0.pt", [root / f"w{world}" / f"rank{r}.pt" for r in range(world)]
        )
    rec.extra(
        "parity",
        {
            "between_ranks": between,
            "from_single": from_single,
            "steps": int(values["steps"]) + 3,
            "ok": between <= PARITY_TOLERANCE and from_single <= PARITY_TOLERANCE,
        },
    )
    single, multi = rec.result.point("samples_per_s", 1), rec.result.point("samples_per_s", world)
    if single and multi and single.median > 0:
        rec.extra("speedup", multi.median / single.median)
