"""DDP over gloo with 2 processes against one process at the same global batch and model: samples/s.

Run: ``python benchmarks/parallel.py`` (``--smoke``: a tiny model and few steps, a check that it
still runs and prints every RESULT line; its figures mean nothing).

Anchor: PyTorch's DDP tutorial (one process per replica, gradients all-reduced after backward,
the gloo backend on CPU); the issue measured 1.39x with 2 processes on a quiet 2-core host.
Fair because both sides train the same seeded model on the same global batches for the same
steps, each rank with one torch thread, timed in chunks between barriers, and the 1- and
2-process runs alternate (1, 2, 1, 2, ...) so a burst of load from elsewhere hits both. The
parity check compares every rank's parameters with the single process's after the last step.
A figure from a shared machine says how it was shared: the load is printed beside it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playground.parallel.ddp import SHARE_WIDTHS, launch, parameter_gaps
from playground.parallel.machine import LoadMeter, describe_machine

FULL = {"width": 512, "batch": 512, "steps": 120, "repeats": 6, "rounds": 3}
SMOKE = {"width": 64, "batch": 64, "steps": 8, "repeats": 2, "rounds": 1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: checks that it runs")
    parser.add_argument("--world", type=int, default=2)
    args = parser.parse_args()
    sizes = SMOKE if args.smoke else FULL
    machine = describe_machine()
    print(f"# machine: {machine.cpu}, {machine.cores} cores, torch {machine.torch}, load {machine.load_avg}")
    print(f"# model 32-{sizes['width']}-{sizes['width']}-10, global batch {sizes['batch']}, {sizes['steps']} steps")
    rates: dict[int, list[float]] = {1: [], args.world: []}
    busy: dict[int, list[float]] = {1: [], args.world: []}
    shares: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="ddp-bench-") as folder:
        for round_index in range(sizes["rounds"]):
            for world in (1, args.world):
                meter = LoadMeter()
                out = Path(folder) / f"r{round_index}w{world}"
                widths = SHARE_WIDTHS[: 2 if args.smoke else None] if (world > 1 and round_index == 0) else ()
                timings = launch(world, sizes, out, widths)
                if "error" in timings:
                    raise SystemExit(timings["error"])
                rates[world].extend(timings["rates"])
                busy[world].append(meter.stop().busy_cores)
                shares = shares or timings["shares"]
        ranks = [Path(folder) / f"r0w{args.world}" / f"rank{r}.pt" for r in range(args.world)]
        gaps = parameter_gaps(Path(folder) / "r0w1" / "rank0.pt", ranks)
    print(f"\n{'processes':>9s} {'samples/s':>12s} {'spread':>8s} {'busy cores':>10s}")
    medians = {}
    for world, values in rates.items():
        medians[world] = statistics.median(values)
        spread = (max(values) - min(values)) / medians[world]
        print(f"{world:9d} {medians[world]:12,.0f} {spread:8.2f} {statistics.mean(busy[world]):10.2f}")
    print(f"\n{'width':>6s} {'params':>9s} {'step ms':>8s} {'allreduce ms':>12s} {'share':>6s}")
    for share in shares:
        print(f"{share['width']:6d} {share['params']:9,d} {1e3 * share['step_s']:8.2f} "
              f"{1e3 * share['allreduce_s']:12.2f} {share['share']:6.2f}")  # fmt: skip
    print(f"\nparity: largest difference between ranks {gaps[0]:.2e}, from the single process {gaps[1]:.2e}")
    print(f"RESULT ddp{args.world}_vs_single={medians[args.world] / medians[1]:.3f}")
    print(f"RESULT single_samples_per_s={medians[1]:.1f}")
    print(f"RESULT parity_max_diff={max(gaps):.3e}")
    print(f"RESULT allreduce_share_largest={shares[-1]['share'] if shares else 0.0:.3f}")


if __name__ == "__main__":
    main()
