"""The server-wide queue: two sessions pressing Run at once get one measurement; heavy work waits its turn."""

from __future__ import annotations

import threading
from typing import Any

from playground.parallel.admission import Cached, Lab, Ticket, request_key
from playground.parallel.job import ExperimentSpec
from playground.parallel.results import Result
from playground.training.runner.jobs import JobReport


class FakeBackend:
    """Records jobs; a test decides when each finishes."""

    def __init__(self) -> None:
        self.created: list[str] = []
        self.status: dict[str, str] = {}
        self.released: list[str] = []

    def create_job(self, spec: Any, device: str = "cpu") -> str:
        sid = f"job{len(self.created)}"
        self.created.append(sid)
        self.status[sid] = "running"
        return sid

    def start(self, sid: str) -> None:
        self.status[sid] = "running"

    def request_snapshot(self, sid: str, weights: bool = False, probe: bool = True) -> int:
        return 0

    def latest_report(self, sid: str) -> JobReport | None:
        data = Result("threads", {}, done=self.status[sid] == "finished")
        return JobReport(sid, self.status[sid], 0, "", data)  # type: ignore[arg-type]

    def release(self, sid: str) -> None:
        self.released.append(sid)


def spec(n: int) -> ExperimentSpec:
    return ExperimentSpec("threads", (("n", n),))


def test_two_sessions_at_once_get_one_measurement() -> None:
    backend = FakeBackend()
    lab = Lab(backend, cores=2)  # type: ignore[arg-type]
    key = request_key("threads", {"n": 256}, "cpu", "machine")
    answers: list[Any] = []
    gate = threading.Barrier(2)

    def press_run() -> None:
        gate.wait()
        answers.append(lab.request(key, spec(256), cores=2))

    sessions = [threading.Thread(target=press_run) for _ in range(2)]
    for session in sessions:
        session.start()
    for session in sessions:
        session.join()
    assert len(backend.created) == 1, "one measurement, not two"
    assert answers[0] is answers[1] and isinstance(answers[0], Ticket)
    backend.status["job0"] = "finished"
    lab.pump()
    third = lab.request(key, spec(256), cores=2)
    assert isinstance(third, Cached) and third.result.done, "a later student gets the cached result"
    assert len(backend.created) == 1 and backend.released == ["job0"]
    again = lab.request(key, spec(256), cores=2, again=True)
    assert isinstance(again, Ticket) and len(backend.created) == 2, "measure again queues a fresh one"


def test_heavy_experiments_queue_one_per_core_in_order() -> None:
    backend = FakeBackend()
    lab = Lab(backend, cores=2)  # type: ignore[arg-type]
    keys = [request_key("threads", {"n": n}, "cpu", "m") for n in (1, 2, 3)]
    lab.request(keys[0], spec(1), cores=2)  # both cores
    lab.request(keys[1], spec(2), cores=1)
    lab.request(keys[2], spec(3), cores=1)
    assert [lab.position(k) for k in keys] == [0, 1, 2] and len(backend.created) == 1
    backend.status["job0"] = "finished"
    lab.pump()
    assert [lab.position(k) for k in keys] == [-1, 0, 0], "two one-core experiments share the two cores"
    assert len(backend.created) == 3 and len(lab.running()) == 2


def test_a_cached_result_expires() -> None:
    now = [1000.0]
    backend = FakeBackend()
    lab = Lab(backend, cores=1, ttl_s=60, clock=lambda: now[0])  # type: ignore[arg-type]
    key = request_key("threads", {"n": 1}, "cpu", "m")
    lab.request(key, spec(1), cores=1)
    backend.status["job0"] = "finished"
    lab.pump()
    assert lab.cached(key) is not None
    now[0] += 61
    assert lab.cached(key) is None and isinstance(lab.request(key, spec(1), cores=1), Ticket)
