"""The worker pool: trains off the caller's thread, pauses at once, survives a killed worker."""

from __future__ import annotations

import os
import signal
import sys
import time
import types

import pytest

from playground.training.config import TrainConfig
from playground.training.runner.pool import ProcessPool
from playground.training.toy_data import make_dataset, split

DATA = split(make_dataset("circle", 200, 0.0, 1), 0.5, 1)


@pytest.fixture(scope="module")
def pool():
    backend = ProcessPool(2, idle_pause_s=1.0, idle_free_s=600)
    yield backend
    backend.shutdown()


def _wait(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_train_pause_step_and_live_changes(pool: ProcessPool) -> None:
    sid = pool.create(TrainConfig(), DATA)
    first = pool.fetch(sid, timeout=60)
    assert first is not None and first.status == "idle" and first.step == 0
    pool.step(sid, "batch")
    assert pool.fetch(sid).step == 1
    pool.start(sid)
    _wait(lambda: pool.fetch(sid).epoch >= 3)
    pool.pause(sid)
    paused = pool.fetch(sid)
    time.sleep(0.3)
    assert paused.status == "paused" and pool.fetch(sid).step == paused.step  # frozen
    pool.configure(sid, TrainConfig(optimizer_params={"lr": 0.001}, stop_epochs=paused.epoch + 1))
    pool.start(sid)
    _wait(lambda: pool.fetch(sid).status == "finished")
    assert pool.fetch(sid).lr == pytest.approx(0.001)
    pool.release(sid)


def test_a_trainer_nobody_polls_pauses_by_itself(pool: ProcessPool) -> None:
    sid = pool.create(TrainConfig(), DATA)
    pool.fetch(sid, timeout=60)
    pool.start(sid)
    time.sleep(2.0)  # idle_pause_s is 1 s here
    snapshot = pool.fetch(sid)
    assert snapshot.status == "paused" and snapshot.message == "train.msg.idle_paused"
    pool.release(sid)


def test_the_pool_survives_a_killed_worker(pool: ProcessPool) -> None:
    victim = pool.create(TrainConfig(), DATA)
    pool.fetch(victim, timeout=60)
    pool.start(victim)
    owner = pool._owner[victim]
    pid = next(w.process.pid for w in pool._workers if w.index == owner)
    os.kill(pid, signal.SIGKILL)
    _wait(lambda: pool.latest(victim).status == "crashed")
    assert pool.latest(victim).message == "train.msg.crashed"
    _wait(lambda: pool.describe()["workers"] == 2)
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


def test_a_snapshot_for_the_browser_carries_the_model_and_skips_the_probes(pool: ProcessPool) -> None:
    sid = pool.create(TrainConfig(), DATA)
    assert pool.fetch(sid, timeout=60) is not None
    request = pool.request_snapshot(sid, probe=False)
    _wait(lambda: (snap := pool.latest(sid)) is not None and snap.request_id >= request)
    light = pool.latest(sid)
    assert light.boundary is None and light.neuron_maps == []
    assert [layer["n_out"] for layer in light.model["layers"]] == [4, 2, 2]  # the default 4-2 network, 2 classes
    assert pool.fetch(sid).boundary is not None  # the page's own requests still get the probes
    pool.release(sid)


def test_an_orphaned_trainer_is_freed_after_its_grace_unless_the_page_comes_back(pool: ProcessPool) -> None:
    gone = pool.create(TrainConfig(), DATA)
    back = pool.create(TrainConfig(), DATA)
    assert pool.fetch(gone, timeout=60) is not None and pool.fetch(back, timeout=60) is not None
    pool.orphan(gone, grace_s=0.5)  # a tab closed for good
    pool.orphan(back, grace_s=3.0)  # a tab whose connection blinked ...
    pool.request_snapshot(back)  # ... and reconnected in time
    _wait(lambda: gone not in pool.describe_sessions())
    assert pool.latest(gone) is None, "a freed orphan's snapshot stayed in the server"
    time.sleep(3.5)
    assert pool.fetch(back).status in ("idle", "paused"), "a reconnected page lost its trainer"
    pool.release(back)
