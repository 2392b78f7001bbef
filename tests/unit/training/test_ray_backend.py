"""What only a cluster does: another replica attaches to a run, a full cluster queues, a dead actor is told apart.

On a real one-node Ray cluster of two CPUs (``ray_address``); the contract both backends share is in
``test_backend_contract.py``, and the two-node faults behind the proxy are in ``tests/cluster``.
"""

from __future__ import annotations

import os
import signal
import time

import pytest

from playground.training.config import TrainConfig
from playground.training.toy_data import make_dataset, split
from support.backends import require_ray, wait_until

DATA = split(make_dataset("circle", 200, 0.0, 1), 0.5, 1)


@pytest.fixture(scope="module")
def backends(ray_address: str):
    """Two backends on one cluster: two app replicas, as far as the runs can tell."""
    require_ray()
    from playground.training.runner.ray_backend import RayBackend  # noqa: PLC0415

    pair = (RayBackend(ray_address, idle_pause_s=30.0), RayBackend(ray_address, idle_pause_s=30.0))
    yield pair
    for backend in pair:
        backend.shutdown()


def test_another_replica_attaches_to_a_running_trainer_with_its_history(backends) -> None:
    first, second = backends
    sid = first.create(TrainConfig(), DATA, tag="structure-A")
    assert first.fetch(sid, timeout=60) is not None
    first.start(sid)
    wait_until(lambda: first.fetch(sid).epoch >= 2)
    first.shutdown()  # the replica that made it goes away (its threads stop; the run does not)
    assert second.attach(sid) == "structure-A"
    seen = second.fetch(sid, timeout=10)
    assert seen.status == "running" and seen.epoch >= 2 and len(seen.history["epoch"]) >= 2
    wait_until(lambda: second.fetch(sid).epoch > seen.epoch)  # it trained on meanwhile
    assert second.attach("0" * 16) is None  # a run id nobody made
    second.release(sid)


def test_a_full_cluster_queues_the_next_run_and_starts_it_when_a_place_frees(backends, ray_address: str) -> None:
    from playground.training.runner.ray_backend import RayBackend  # noqa: PLC0415

    _, backend = backends
    running = [backend.create(TrainConfig(), DATA) for _ in range(2)]  # the cluster has two CPUs
    for sid in running:
        assert backend.fetch(sid, timeout=60) is not None
    waiting = backend.create(TrainConfig(), DATA, tag="queued")
    wait_until(lambda: backend.queue_position(waiting) == 1, timeout=20)
    assert backend.fetch(waiting, timeout=2) is None  # no trainer yet: nothing slows the two that run
    other = RayBackend(ray_address)  # another replica: it finds the queued run and its place
    assert other.attach(waiting) == "queued"
    wait_until(lambda: other.queue_position(waiting) == 1, timeout=20)
    other.shutdown()
    backend.release(running[0])
    wait_until(lambda: backend.fetch(waiting, timeout=2) is not None)
    assert backend.queue_position(waiting) is None
    for sid in (running[1], waiting):
        backend.release(sid)


def test_a_released_run_frees_its_actor_and_a_killed_one_reads_as_lost(backends) -> None:
    import ray  # noqa: PLC0415

    from playground.training.runner.ray_actor import actor_name  # noqa: PLC0415
    from playground.training.runner.ray_backend import NAMESPACE  # noqa: PLC0415

    _, backend = backends
    freed = backend.create(TrainConfig(), DATA)
    victim = backend.create(TrainConfig(), DATA)
    assert backend.fetch(freed, timeout=60) is not None and backend.fetch(victim, timeout=60) is not None
    backend.release(freed)
    wait_until(lambda: _missing(ray, actor_name(freed), NAMESPACE), timeout=20)
    pid = ray.get(backend._actors[victim].__ray_call__.remote(lambda _self: os.getpid()))
    os.kill(pid, signal.SIGKILL)  # as when its node dies
    wait_until(lambda: backend.fetch(victim, timeout=1).status == "crashed", timeout=30)
    assert backend.latest(victim).message == "train.msg.node_lost"
    backend.release(victim)


def test_a_run_freed_by_its_idle_rules_reads_as_gone(ray_address: str) -> None:
    from playground.training.runner.ray_backend import RayBackend  # noqa: PLC0415

    backend = RayBackend(ray_address, idle_pause_s=1.0, idle_free_s=2.0)
    sid = backend.create(TrainConfig(), DATA)
    assert backend.fetch(sid, timeout=60) is not None
    time.sleep(3.0)  # nobody touches it: the actor frees the trainer and ends itself
    wait_until(lambda: backend.fetch(sid, timeout=1).status == "gone", timeout=30)
    assert backend.latest(sid).message == "train.msg.gone"
    backend.shutdown()


def _missing(ray, name: str, namespace: str) -> bool:
    try:
        ray.get_actor(name, namespace=namespace)
    except ValueError:
        return True
    return False
