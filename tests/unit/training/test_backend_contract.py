"""The backend contract, run against the local pool and a real Ray cluster alike (``support.backends``).

Train, pause, step and change settings live; an unwatched trainer pauses by itself; the browser's light
snapshot; an orphaned trainer is freed after its grace unless its page comes back.
"""

from __future__ import annotations

import time

import pytest

from playground.training.config import TrainConfig
from playground.training.runner.backend import TrainingBackend
from playground.training.toy_data import make_dataset, split
from support.backends import KINDS, open_backend, wait_until

DATA = split(make_dataset("circle", 200, 0.0, 1), 0.5, 1)


@pytest.fixture(scope="module", params=KINDS)
def backend(request: pytest.FixtureRequest):
    opened = open_backend(request.param, request, idle_pause_s=1.0, idle_free_s=600)
    yield opened
    opened.shutdown()


def test_train_pause_step_and_live_changes(backend: TrainingBackend) -> None:
    sid = backend.create(TrainConfig(), DATA)
    first = backend.fetch(sid, timeout=60)
    assert first is not None and first.status == "idle" and first.step == 0
    backend.step(sid, "batch")
    assert backend.fetch(sid).step == 1
    backend.start(sid)
    wait_until(lambda: backend.fetch(sid).epoch >= 3)
    backend.pause(sid)
    paused = backend.fetch(sid)
    time.sleep(0.3)
    assert paused.status == "paused" and backend.fetch(sid).step == paused.step  # frozen
    backend.configure(sid, TrainConfig(optimizer_params={"lr": 0.001}, stop_epochs=paused.epoch + 1))
    backend.start(sid)
    wait_until(lambda: backend.fetch(sid).status == "finished")
    assert backend.fetch(sid).lr == pytest.approx(0.001)
    backend.release(sid)


def test_a_trainer_nobody_polls_pauses_by_itself(backend: TrainingBackend) -> None:
    sid = backend.create(TrainConfig(), DATA)
    backend.fetch(sid, timeout=60)
    backend.start(sid)
    time.sleep(2.0)  # idle_pause_s is 1 s here
    snapshot = backend.fetch(sid)
    assert snapshot.status == "paused" and snapshot.message == "train.msg.idle_paused"
    backend.release(sid)


def test_a_snapshot_for_the_browser_carries_the_model_and_skips_the_probes(backend: TrainingBackend) -> None:
    sid = backend.create(TrainConfig(), DATA)
    assert backend.fetch(sid, timeout=60) is not None
    request = backend.request_snapshot(sid, probe=False)
    wait_until(lambda: (snap := backend.latest(sid)) is not None and snap.request_id >= request)
    light = backend.latest(sid)
    assert light.boundary is None and light.neuron_maps == []
    assert [layer["n_out"] for layer in light.model["layers"]] == [4, 2, 2]  # the default 4-2 network, 2 classes
    assert backend.fetch(sid).boundary is not None  # the page's own requests still get the probes
    backend.release(sid)


def test_an_orphaned_trainer_is_freed_after_its_grace_unless_the_page_comes_back(backend: TrainingBackend) -> None:
    gone = backend.create(TrainConfig(), DATA)
    back = backend.create(TrainConfig(), DATA)
    assert backend.fetch(gone, timeout=60) is not None and backend.fetch(back, timeout=60) is not None
    backend.orphan(gone, grace_s=0.5)  # a tab closed for good
    backend.orphan(back, grace_s=3.0)  # a tab whose connection blinked ...
    backend.request_snapshot(back)  # ... and reconnected in time
    wait_until(lambda: gone not in backend.describe_sessions())
    assert backend.latest(gone) is None, "a freed orphan's snapshot stayed in the server"
    time.sleep(3.5)
    assert backend.fetch(back).status in ("idle", "paused"), "a reconnected page lost its trainer"
    backend.release(back)
