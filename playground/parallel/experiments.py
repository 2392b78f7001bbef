"""The seven experiments as one registry: their sizes (``Param``s), the guesses offered, the cost estimate.

Why declarative: the page draws the sizes with ``param_widget``, the URL
carries them through the studio's table, the registry battery checks their
texts in both languages, and the admission queue refuses a size *before* it
runs from ``estimate_s``: a cautious guess of the seconds it needs, compared
with the experiment's time cap. The measurement itself lives in the module
``module`` names (``run(values, emit)``), imported only inside the child
process that measures.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from playground.core.errors import InputError
from playground.core.params import Param
from playground.core.registry import Entry, Registry
from playground.parallel.machine import usable_cores

STARTUP_S = 4.0  # a child process imports torch before it measures
# Cautious single-core speeds of this kind of server, for estimates only (never shown as figures).
FLOPS_PER_CORE = 8e9
MLP_STEP_S = 8e-4  # one optimizer step of a tiny MLP in eager mode, Python overhead included


def _p(name: str, kind: str, default: Any, **options: Any) -> Param:
    return Param(name, kind, default, label_key=f"parallel.param.{name}", **options)  # type: ignore[arg-type]


REPEATS = _p("repeats", "int", 5, low=3, high=15)


@dataclass(frozen=True)
class Experiment(Entry):
    """One experiment: what it measures (``module``), what the student may guess, what it costs."""

    module: str = ""
    params: tuple[Param, ...] = ()
    guesses: tuple[str, ...] = ()
    cap_s: float = 60.0  # the hard limit of one measurement, start-up included
    estimate: Callable[[Mapping[str, Any], int], float] | None = None
    uses_cores: Callable[[Mapping[str, Any], int], int] | None = None  # how many cores it keeps busy
    uses_device: bool = False  # the sidebar's device matters (else the CPU is the point)
    text_prefix = "parallel.exp"

    def estimate_s(self, values: Mapping[str, Any], cores: int | None = None) -> float:
        """A cautious guess of the seconds a measurement with ``values`` takes on ``cores`` cores."""
        cores = cores or usable_cores()
        return STARTUP_S + (self.estimate(values, cores) if self.estimate else 0.0)

    def cores_needed(self, values: Mapping[str, Any], cores: int | None = None) -> int:
        cores = cores or usable_cores()
        return max(1, min(cores, self.uses_cores(values, cores) if self.uses_cores else 1))

    def check(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The cleaned values, or an ``InputError`` when they would run past the time cap."""
        cleaned = self.clean(values).value
        needed = self.estimate_s(cleaned)
        if needed > self.cap_s:
            raise InputError("parallel.refused", needed=f"{needed:.0f}", cap=f"{self.cap_s:.0f}")
        return cleaned

    def cap_for(self, values: Mapping[str, Any]) -> float:
        """The hard limit for these settings: the experiment's cap, or the student's own where it has one."""
        own = values.get("cap_s")
        return min(self.cap_s, float(own) + 2 * STARTUP_S + 10.0) if own is not None else self.cap_s

    def runner(self) -> Callable[..., Any]:
        """The measurement function (imports torch: call it in the child process)."""
        return importlib.import_module(self.module).run  # type: ignore[no-any-return]


def thread_counts(cores: int, oversubscribe: bool) -> list[int]:
    """1…cores, and twice the cores when oversubscription is asked for."""
    counts = list(range(1, cores + 1))
    return [*counts, 2 * cores] if oversubscribe else counts


def _threads_cost(v: Mapping[str, Any], cores: int) -> float:
    counts = thread_counts(cores, bool(v["oversubscribe"]))
    matmul = 2 * v["n"] ** 3 / FLOPS_PER_CORE
    mlp = 50 * MLP_STEP_S * (1 + v["mlp_batch"] / 256)
    return (v["repeats"] + 1) * sum(matmul / min(t, cores) * 1.3 + mlp * (1 + t / cores) for t in counts)


def _gil_cost(v: Mapping[str, Any], cores: int) -> float:
    one = (
        v["steps"]
        * {"tiny_mlp": MLP_STEP_S, "pure_python": 1e-3, "big_matmul": 2 * 512**3 / FLOPS_PER_CORE}[v["workload"]]
    )
    per_round = one + 2 * v["trainings"] * one / min(cores, v["trainings"]) * 1.5
    return v["repeats"] * per_round + STARTUP_S


def _ddp_params(width: int) -> int:
    return 32 * width + width * width + width * 10 + 2 * width + 10


def _ddp_cost(v: Mapping[str, Any], cores: int) -> float:
    flops = 6 * _ddp_params(v["width"]) * v["batch"]  # forward + backward per step
    step = flops / FLOPS_PER_CORE + 2e-3
    per_world = 2 * STARTUP_S + (v["steps"] + 5) * step * max(1.0, v["world"] / cores) + 6.0  # share sweep: ~6 s
    return 2 * per_world


def batch_sizes(max_batch: int) -> list[int]:
    """1, 4, 16, … up to ``max_batch``."""
    sizes, size = [], 1
    while size <= max_batch:
        sizes.append(size)
        size *= 4
    return sizes


def _batching_cost(v: Mapping[str, Any], cores: int) -> float:
    sizes = batch_sizes(v["max_batch"])
    throughput = sum((v["repeats"] + 1) * 20 * (MLP_STEP_S + 6 * 64 * 64 * b / FLOPS_PER_CORE) for b in sizes)
    accuracy = len(sizes) * 2.5  # each run stops at its target or its step limit
    vmap = (v["repeats"] + 1) * 2 * v["k_models"] * 20 * MLP_STEP_S
    return throughput + accuracy + vmap


def _amdahl_cost(v: Mapping[str, Any], cores: int) -> float:
    work = v["chain"] * 2 * v["n"] ** 3 / FLOPS_PER_CORE
    return (v["repeats"] + 1) * sum(
        work * (0.01 * v["serial_pct"] + (1 - 0.01 * v["serial_pct"]) / t) * 1.3 for t in range(1, cores + 1)
    )


def _compile_cost(v: Mapping[str, Any], cores: int) -> float:
    step = MLP_STEP_S + 6 * v["width"] ** 2 * 64 / FLOPS_PER_CORE
    return float(v["cap_s"]) + 6.0 + 2 * (v["repeats"] + 1) * 10 * step  # compiling, then eager and compiled steps


def _devices_cost(v: Mapping[str, Any], cores: int) -> float:
    return (v["repeats"] + 1) * 3 * 2 * v["n"] ** 3 / FLOPS_PER_CORE * 1.5 + 2.0


def _all_cores(values: Mapping[str, Any], cores: int) -> int:
    return cores


EXPERIMENTS: Registry[Experiment] = Registry(
    "parallel experiment",
    (
        Experiment(
            "threads",
            module="playground.parallel.threads",
            params=(
                _p("n", "int", 1024, low=128, high=4096, step=128),
                _p("mlp_batch", "int", 32, low=1, high=1024),
                REPEATS,
                _p("oversubscribe", "bool", False),
            ),
            guesses=("both_faster", "matmul_only", "neither", "both_slower"),
            estimate=_threads_cost,
            uses_cores=_all_cores,
        ),
        Experiment(
            "gil",
            module="playground.parallel.gil",
            params=(
                _p("workload", "choice", "tiny_mlp", choices=("tiny_mlp", "pure_python", "big_matmul")),
                _p("trainings", "int", 2, low=2, high=8),
                _p("steps", "int", 300, low=50, high=3000, step=50),
                _p("repeats", "int", 3, low=2, high=9),
            ),
            guesses=("threads_win", "processes_win", "same"),
            cap_s=90.0,
            estimate=_gil_cost,
            uses_cores=lambda v, c: int(v["trainings"]),
        ),
        Experiment(
            "ddp",
            module="playground.parallel.ddp",
            params=(
                _p("world", "int", 2, low=2, high=4),
                _p("width", "int", 256, low=16, high=1024, step=16),
                _p("batch", "int", 256, low=8, high=2048, step=8),
                _p("steps", "int", 40, low=5, high=300),
                REPEATS,
            ),
            guesses=("twice", "some", "slower"),
            cap_s=120.0,
            estimate=_ddp_cost,
            uses_cores=lambda v, c: int(v["world"]),
        ),
        Experiment(
            "batching",
            module="playground.parallel.batching",
            params=(
                _p("max_batch", "int", 1024, low=16, high=65536, step=16),
                _p("k_models", "int", 16, low=2, high=256),
                _p("target", "float", 0.9, low=0.6, high=0.99, step=0.01),
                _p("repeats", "int", 3, low=3, high=9),
            ),
            guesses=("bigger_better", "sweet_spot", "no_change"),
            cap_s=90.0,
            estimate=_batching_cost,
            uses_device=True,
        ),
        Experiment(
            "amdahl",
            module="playground.parallel.amdahl",
            params=(
                _p("n", "int", 768, low=256, high=2048, step=128),
                _p("serial_pct", "int", 20, low=0, high=90),
                _p("chain", "int", 10, low=2, high=40),
                _p("repeats", "int", 3, low=3, high=9),
            ),
            guesses=("linear", "ceiling", "slower"),
            estimate=_amdahl_cost,
            uses_cores=_all_cores,
        ),
        Experiment(
            "compile",
            module="playground.parallel.compiled",
            params=(
                _p("width", "int", 16, low=8, high=4096, step=8),
                _p("backend", "choice", "inductor", choices=("inductor", "aot_eager")),
                _p("cap_s", "int", 90, low=10, high=100, step=5),
                REPEATS,
            ),
            guesses=("compiled_faster", "same", "eager_faster"),
            cap_s=120.0,
            estimate=_compile_cost,
        ),
        Experiment(
            "devices",
            module="playground.parallel.devices",
            params=(_p("n", "int", 1024, low=128, high=4096, step=128), REPEATS),
            guesses=("gpu_faster", "cpu_faster", "no_gpu"),
            estimate=_devices_cost,
        ),
    ),
)
