"""The worker pool: trains off the caller's thread, pauses at once, survives a killed worker."""

from __future__ import annotations

import os
import signal
import sys
import types

import pytest

from playground.training.config import TrainConfig
from playground.training.runner.pool import ProcessPool
from playground.training.toy_data import make_dataset, split
from support.backends import wait_until

DATA = split(make_dataset("circle", 200, 0.0, 1), 0.5, 1)


@pytest.fixture(scope="module")
def pool():
    backend = ProcessPool(2, idle_pause_s=1.0, idle_free_s=600)
    yield backend
    backend.shutdown()


def test_the_pool_survives_a_killed_worker(pool: ProcessPool) -> None:
    victim = pool.create(TrainConfig(), DATA)
    pool.fetch(victim, timeout=60)
    pool.start(victim)
    owner = pool._owner[victim]
    pid = next(w.process.pid for w in pool._workers if w.index == owner)
    os.kill(pid, signal.SIGKILL)
    wait_until(lambda: pool.latest(victim).status == "crashed")
    assert pool.latest(victim).message == "train.msg.crashed"
    wait_until(lambda: pool.describe()["workers"] == 2)
    assert pid not in pool.worker_pids()
    again = pool.create(TrainConfig(), DATA)  # a restart works
    assert pool.fetch(again, timeout=60).status == "idle"  # on a fresh worker, once it has started
    pool.step(again, "epoch")
    assert pool.fetch(again).epoch == 1
    pool.release(again)


def test_workers_do_not_rerun_the_app_script(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """During a Streamlit run ``__main__`` is the app script; spawned workers must not execute it."""
    marker = tmp_path / "ran"
    script = tmp_path / "fake_app.py"
    script.write_text(f"open({str(marker)!r}, 'w').close()\n")
    fake_main = types.ModuleType("__main__")
    fake_main.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", fake_main)
    backend = ProcessPool(1)
    try:
        sid = backend.create(TrainConfig(), DATA)
        assert backend.fetch(sid, timeout=60) is not None  # the worker is up and answering
    finally:
        backend.shutdown()
    assert not marker.exists()
    assert sys.modules["__main__"] is fake_main  # put back after start()


def test_trainers_run_at_a_lower_priority_than_the_app(pool: ProcessPool) -> None:
    sid = pool.create(TrainConfig(), DATA)
    assert pool.fetch(sid, timeout=60) is not None  # the worker has started and answered
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    for pid in pool.worker_pids():
        assert os.getpriority(os.PRIO_PROCESS, pid) >= mine + 10, "a trainer competes with the app server"
    pool.release(sid)
