"""Choosing the backend: the local pool by default, Ray when configured, and a clear state when it is down."""

from __future__ import annotations

import socket

from playground.training.config import TrainConfig
from playground.training.runner.choose import BackendHolder, BackendSettings, make_backend, read_settings
from playground.training.runner.unavailable import MESSAGE, UnavailableBackend
from playground.training.toy_data import make_dataset, split
from support.jobs import CountingSpec

DATA = split(make_dataset("circle", 40, 0.0, 1), 0.5, 1)


class FakeLocal(UnavailableBackend):
    """Stands in for the local pool (no worker processes in a unit test)."""

    def __init__(self) -> None:
        super().__init__("")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the socket is closed


def test_settings_come_from_the_environment_first_then_the_secrets() -> None:
    assert read_settings({}) == BackendSettings("local", "", "none")
    secrets = {"backend": "Ray", "ray_address": "head:6379", "ray_fallback": "local"}
    assert read_settings({}, secrets) == BackendSettings("ray", "head:6379", "local")
    env = {"PLAYGROUND_BACKEND": "local"}
    assert read_settings(env, secrets).kind == "local"  # the environment wins


def test_the_local_pool_is_the_default_and_bad_settings_are_named() -> None:
    assert isinstance(make_backend(BackendSettings(), FakeLocal), FakeLocal)
    assert "accepted: local, ray" in BackendSettings("rya").problem()
    assert "PLAYGROUND_RAY_ADDRESS" in BackendSettings("ray").problem()
    broken = make_backend(BackendSettings("ray"), FakeLocal)
    assert isinstance(broken, UnavailableBackend) and broken.notice == "train.notice.misconfigured"


def test_an_unreachable_head_trains_nowhere_and_says_so_unless_a_fallback_is_allowed() -> None:
    address = f"127.0.0.1:{_closed_port()}"

    def never(_address: str):
        raise AssertionError("ray.init must not be tried when the head does not answer")

    down = make_backend(BackendSettings("ray", address), FakeLocal, connect_ray=never)
    assert isinstance(down, UnavailableBackend) and down.notice == "train.notice.cluster_unreachable"
    sid = down.create(TrainConfig(), DATA)
    snapshot = down.fetch(sid)
    assert snapshot.status == "crashed" and snapshot.message == MESSAGE  # the page shows its message and Restart
    job = down.create_job(CountingSpec())
    assert down.latest(job) is None and down.fetch_report(job).message == MESSAGE
    fallback = make_backend(BackendSettings("ray", address, "local"), FakeLocal, connect_ray=never)
    assert isinstance(fallback, FakeLocal) and fallback.notice == "train.notice.cluster_fallback"


def test_a_failing_ray_init_is_reported_like_an_unreachable_head() -> None:
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        address = f"127.0.0.1:{listening.getsockname()[1]}"

        def refuses(_address: str):
            raise ConnectionError("Failed to connect to Ray cluster")

        assert isinstance(make_backend(BackendSettings("ray", address), FakeLocal, refuses), UnavailableBackend)


def test_an_unreachable_cluster_is_asked_again_after_a_while_not_on_every_rerun() -> None:
    now, built, working = [0.0], [], object()  # any backend that is not the unavailable one

    def build():
        built.append(now[0])
        return UnavailableBackend("train.notice.cluster_unreachable") if len(built) < 3 else working

    holder = BackendHolder(build, clock=lambda: now[0])
    first = holder.get()
    assert holder.get() is first and built == [0.0]
    now[0] = 20.0
    assert holder.get() is first and len(built) == 2  # still down: the same backend keeps its sessions
    now[0] = 40.0
    assert holder.get() is working  # the cluster is back
    now[0] = 100.0
    holder.get()
    assert len(built) == 3  # a working backend is kept
