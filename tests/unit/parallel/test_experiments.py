"""Every experiment measures positive timings with a spread at tiny sizes; the job path runs and is capped.

Each experiment is called in this process (as a notebook would); the ones
that start processes (DDP ranks, trainings) start real ones. Sizes are tiny:
these tests check behaviour, never how fast anything is.
"""

from __future__ import annotations

from typing import Any

import pytest

from playground.parallel import job as job_module
from playground.parallel.experiments import EXPERIMENTS
from playground.parallel.figures import figures_for
from playground.parallel.job import ExperimentJob, run_here
from playground.parallel.results import Recorder
from playground.parallel.summary import headline

TINY: dict[str, dict[str, Any]] = {
    "threads": {"n": 128, "mlp_batch": 8, "repeats": 3, "oversubscribe": False},
    "gil": {"workload": "tiny_mlp", "trainings": 2, "steps": 20, "repeats": 2},
    "batching": {"max_batch": 16, "k_models": 2, "target": 0.6, "repeats": 3},
    "amdahl": {"n": 128, "serial_pct": 50, "chain": 2, "repeats": 3},
    "compile": {"width": 8, "backend": "aot_eager", "cap_s": 60, "repeats": 3},
    "devices": {"n": 128, "repeats": 3},
}


@pytest.mark.parametrize("name", list(TINY))
def test_every_experiment_returns_positive_timings_with_spread(name: str) -> None:
    values = EXPERIMENTS[name].check(TINY[name])
    recorder = Recorder(name, values)
    EXPERIMENTS[name].runner()(values, recorder, "cpu")
    result = recorder.result
    assert result.points, f"{name} measured nothing"
    for point in result.points:
        assert len(point.samples) >= 2 and all(s > 0 for s in point.samples), point
        assert point.median > 0 and point.spread >= 0
    assert headline(result), f"{name} has no headline for a finished result"
    figures = figures_for(result, lambda key: key)
    assert figures and all(figure.data for figure in figures), f"{name}: every figure has data"


def test_the_job_runs_the_child_process_to_its_end() -> None:
    result = run_here("devices", {"n": 64, "repeats": 3})
    assert result.done and not result.error
    assert {p.series for p in result.points} >= {"cpu|fp32"}


def test_the_time_cap_kills_the_child_and_keeps_what_it_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(job_module, "CAP_GRACE_S", 0.0)
    values = {"n": 2048, "mlp_batch": 8, "repeats": 15, "oversubscribe": True}  # minutes of work
    job = ExperimentJob("threads", values, "cpu", cap_s=3.0)
    job.status = "running"
    while job.status == "running":
        job.run(0.05)
    result = job.report(False)
    assert result.capped and not result.done and job.message == "parallel.msg.capped"
    assert job._process is not None and job._process.poll() is not None, "the child is gone"
