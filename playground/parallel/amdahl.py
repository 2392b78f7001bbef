"""Experiment 5: Amdahl's law, fitted to speed-ups measured here and extended past this machine's cores.

Why a designed serial part: the work is a chain of matrix multiplies of
which ``serial_pct`` percent run on one thread whatever the setting, the
rest on ``t`` threads. Amdahl says the speed-up on ``p`` cores is
``1 / (s + (1 - s) / p)``; the fit finds the ``s`` that explains the measured
speed-ups, which is the designed share *plus* everything else that does not
parallelise (thread start-up, memory bandwidth, other people's processes),
and the curve shows the ceiling ``1 / s`` no number of cores can pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import torch

from playground.parallel.machine import usable_cores
from playground.parallel.results import Recorder
from playground.parallel.stats import measure
from playground.parallel.workloads import matmul_work

PREDICT_TO = 64  # cores the predicted curve reaches


def amdahl(p: float, serial: float) -> float:
    """The speed-up on ``p`` cores when a share ``serial`` of the work cannot be split."""
    return 1.0 / (serial + (1.0 - serial) / p)


def fit_serial(cores: Sequence[float], speedups: Sequence[float]) -> float:
    """The serial share (0…1) that best explains the speed-ups, least squares on 1/speed-up (exact in s)."""
    num = den = 0.0
    for p, speedup in zip(cores, speedups, strict=True):
        if p <= 1 or speedup <= 0:
            continue
        a, b = 1.0 / speedup - 1.0 / p, 1.0 - 1.0 / p
        num, den = num + a * b, den + b * b
    return min(1.0, max(0.0, num / den)) if den > 0 else 0.0


def chain_work(n: int, chain: int, serial: int, threads: int) -> Callable[[], None]:
    """``serial`` multiplies on one thread, then ``chain - serial`` on ``threads`` threads."""
    product = matmul_work(n)

    def work() -> None:
        torch.set_num_threads(1)
        for _ in range(serial):
            product()
        torch.set_num_threads(threads)
        for _ in range(chain - serial):
            product()

    return work


def run(values: dict[str, Any], rec: Recorder, device: str = "cpu") -> None:
    """Seconds per chain for 1…cores threads, the speed-ups, the fitted serial share and the predicted curve."""
    cores, n, chain = usable_cores(), int(values["n"]), int(values["chain"])
    serial = round(chain * int(values["serial_pct"]) / 100)
    rec.extra("designed_serial", serial / chain)
    for threads in range(1, cores + 1):
        work = chain_work(n, chain, serial, threads)
        rec.point(
            measure(
                work, repeats=int(values["repeats"]), inner=20, series="chain", x=threads, ours=threads, target_s=0.2
            )
        )
    torch.set_num_threads(1)
    base = rec.result.point("chain", 1)
    points = rec.result.series("chain")
    speedups = [base.median / p.median if base and p.median > 0 else 0.0 for p in points]
    fitted = fit_serial([p.x for p in points], speedups)
    rec.extra("speedups", {str(int(p.x)): s for p, s in zip(points, speedups, strict=True)})
    rec.extra("fitted_serial", fitted)
    rec.extra("ceiling", 1.0 / fitted if fitted > 0 else None)
    rec.extra("cores", cores)
    if cores < 2:
        rec.note("parallel.note.one_core")
    elif min(speedups) < 1.0:
        rec.note("parallel.note.slowdown")  # contention, not a serial share: the fit is clamped at 100 %
