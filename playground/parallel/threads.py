"""Experiment 1: intra-op threads on a large matrix multiply against a tiny MLP's training step.

Why both: ``torch.set_num_threads`` splits one big operation across cores
(a 1024² multiply has ~2 GFLOP to share), but a tiny network's step is a
hundred microsecond-sized kernels, where waking and joining threads costs
more than the arithmetic; with another process on the other core the extra
thread waits for a core and the step gets many times slower.
"""

from __future__ import annotations

from typing import Any

import torch

from playground.parallel.experiments import thread_counts
from playground.parallel.machine import usable_cores
from playground.parallel.results import Recorder
from playground.parallel.stats import measure
from playground.parallel.workloads import matmul_work, mlp_step_work

MLP_INNER = 50  # steps per timed sample: one step is too short for the clock to time alone


def run(values: dict[str, Any], rec: Recorder, device: str = "cpu") -> None:
    """For each thread count: the matmul's seconds per product and the MLP's seconds per step."""
    cores = usable_cores()
    matmul, step = matmul_work(int(values["n"])), mlp_step_work(int(values["mlp_batch"]))
    repeats = int(values["repeats"])
    for threads in thread_counts(cores, bool(values["oversubscribe"])):
        torch.set_num_threads(threads)
        rec.point(measure(matmul, repeats=repeats, series="matmul", x=threads, ours=min(threads, cores)))
        rec.point(
            measure(
                step,
                repeats=repeats,
                inner=MLP_INNER,
                warmup=5,
                series="mlp",
                x=threads,
                ours=min(threads, cores),
                target_s=0.1,
            )
        )
    torch.set_num_threads(1)
    rec.extra("cores", cores)
