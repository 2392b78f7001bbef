"""Studios' jobs run behind the same backend as trainers (pool and Ray): step, run, control, fail, release."""

from __future__ import annotations

import pytest

from playground.training.config import TrainConfig
from playground.training.runner.backend import TrainingBackend
from playground.training.runner.jobs import JobReport
from playground.training.toy_data import make_dataset, split
from support.backends import KINDS, open_backend, wait_until
from support.jobs import CountingSpec


@pytest.fixture(scope="module", params=KINDS)
def pool(request: pytest.FixtureRequest):
    backend = open_backend(request.param, request, idle_pause_s=30.0, idle_free_s=600)
    yield backend
    backend.shutdown()


def test_a_job_steps_runs_to_its_end_and_reports(pool: TrainingBackend) -> None:
    sid = pool.create_job(CountingSpec(target=200))
    first = pool.fetch_report(sid, timeout=60)
    assert isinstance(first, JobReport) and first.status == "idle" and first.data["count"] == 0
    pool.step(sid)
    stepped = pool.fetch_report(sid)
    assert stepped.status == "paused" and stepped.data["count"] == 1
    pool.control(sid, "step_size", 10)
    pool.start(sid)
    wait_until(lambda: pool.fetch_report(sid).status == "finished")
    done = pool.fetch_report(sid, detail=True)
    assert done.data["count"] >= 200 and done.data["detail"] == list(range(done.data["count"]))
    assert done.elapsed_s > 0
    assert pool.latest(sid) is None, "a job's report is not a trainer's snapshot"
    pool.release(sid)
    assert pool.latest_report(sid) is None


def test_a_failing_job_reports_error_and_the_worker_lives_on(pool: TrainingBackend) -> None:
    bad = pool.create_job(CountingSpec(fail_at=3))
    pool.fetch_report(bad, timeout=60)
    pool.start(bad)
    wait_until(lambda: pool.fetch_report(bad).status == "error")
    assert "told to fail" in (pool.error_of(bad) or "")
    good = pool.create_job(CountingSpec(target=5))
    pool.start(good)
    wait_until(lambda: (r := pool.fetch_report(good)) is not None and r.status == "finished")
    for sid in (bad, good):
        pool.release(sid)


def test_an_unknown_control_is_an_error_not_a_dead_worker(pool: TrainingBackend) -> None:
    sid = pool.create_job(CountingSpec())
    pool.fetch_report(sid, timeout=60)
    pool.control(sid, "no_such_knob", 1)
    wait_until(lambda: pool.error_of(sid) is not None)
    assert "no_such_knob" in pool.error_of(sid)
    pool.release(sid)


def test_jobs_and_trainers_share_a_worker(pool: TrainingBackend) -> None:
    trainer = pool.create(TrainConfig(), split(make_dataset("circle", 100, 0.0, 1), 0.5, 1))
    job = pool.create_job(CountingSpec(target=50))
    assert pool.fetch(trainer, timeout=60) is not None and pool.fetch_report(job, timeout=60) is not None  # started
    pool.start(trainer)
    pool.start(job)
    wait_until(lambda: pool.fetch_report(job).status == "finished")
    wait_until(lambda: pool.fetch(trainer).step > 0)
    assert pool.fetch_report(trainer) is None
    for sid in (trainer, job):
        pool.release(sid)


def test_a_job_runs_without_a_pool() -> None:
    job = CountingSpec(target=3).build("s", "cpu")
    job.status = "running"
    while job.status == "running":
        job.run(0.01)
    assert job.report(False)["count"] == 3
