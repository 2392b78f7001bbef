"""Experiment 2: several trainings at once, in threads of one process against separate processes.

Why it surprises: threads share one interpreter and its lock (the GIL).
A tiny network's step is mostly Python (building the graph, calling
kernels), so two trainings in threads take turns holding the lock and
together do *less* than one alone; in processes each has its own interpreter
and, given a core each, they add up. A big matrix multiply releases the lock
while it computes, so there threads do help; pure Python never releases it.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from collections.abc import Callable
from typing import Any

from playground.parallel.machine import LoadMeter, usable_cores
from playground.parallel.procs import kill_all, start_module
from playground.parallel.results import Recorder
from playground.parallel.stats import point_from
from playground.parallel.workloads import matmul_work, mlp_step_work, python_work

READY_TIMEOUT_S = 60.0


def build_work(workload: str, seed: int = 0) -> Callable[[], None]:
    """One step of the chosen kind of training."""
    if workload == "pure_python":
        return python_work(2_000)
    if workload == "big_matmul":
        return matmul_work(384, seed)
    return mlp_step_work(32, seed=seed)


def _in_threads(works: list[Callable[[], None]], steps: int) -> float:
    """Seconds for every work to run ``steps`` steps, each in its own thread, started together."""
    barrier = threading.Barrier(len(works) + 1)

    def loop(work: Callable[[], None]) -> None:
        barrier.wait()
        for _ in range(steps):
            work()

    threads = [threading.Thread(target=loop, args=(work,)) for work in works]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def _start_trainees(k: int, workload: str, steps: int) -> list[subprocess.Popen[str]]:
    trainees = [
        start_module(
            "playground.parallel.gil_trainee",
            {"workload": workload, "steps": steps, "seed": i},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(k)
    ]
    for trainee in trainees:
        assert trainee.stdout is not None
        if trainee.stdout.readline().strip() != "ready":
            raise RuntimeError("a training process failed to start")
    return trainees


def _in_processes(trainees: list[subprocess.Popen[str]]) -> float:
    """Seconds from the first start to the last end of one round in every process."""
    for trainee in trainees:
        assert trainee.stdin is not None
        trainee.stdin.write("go\n")
        trainee.stdin.flush()
    spans = [json.loads(trainee.stdout.readline()) for trainee in trainees]  # type: ignore[union-attr]
    return max(s["end"] for s in spans) - min(s["start"] for s in spans)


def run(values: dict[str, Any], rec: Recorder, device: str = "cpu") -> None:
    """Steps per second of one training alone, of K in threads and of K in processes, per round."""
    k, steps, workload = int(values["trainings"]), int(values["steps"]), str(values["workload"])
    cores = usable_cores()
    one, threaded = build_work(workload), [build_work(workload, i) for i in range(k)]
    for work in (one, *threaded):
        work()  # warm-up
    trainees = _start_trainees(k, workload, steps)
    try:
        _in_processes(trainees)  # warm-up round
        rounds: dict[str, list[float]] = {"one": [], "threads": [], "processes": []}
        for name, timed, count in (
            ("one", lambda: _in_threads([one], steps), 1),
            ("threads", lambda: _in_threads(threaded, steps), k),
            ("processes", lambda: _in_processes(trainees), k),
        ):
            meter = LoadMeter()
            for _ in range(int(values["repeats"])):
                rounds[name].append(count * steps / timed())
            ours = 1 if name != "processes" else min(k, cores)
            rec.point(point_from(name, k, rounds[name], "1/s", load=meter.stop(), ours=ours))
    finally:
        for trainee in trainees:
            if trainee.stdin is not None and trainee.poll() is None:
                trainee.stdin.write("quit\n")
                trainee.stdin.close()
        kill_all(trainees)
    base = rec.result.point("one", k)
    for name in ("threads", "processes"):
        point = rec.result.point(name, k)
        if base and point and base.median > 0:
            rec.extra(f"{name}_vs_one", point.median / base.median)
    rec.extra("cores", cores)
