"""The backend of a server whose configured cluster cannot be reached: every run reports why, nothing crashes.

Why a backend and not an exception: a dozen pages create trainers and jobs;
each already shows a lost run's message and a Restart button. A run created
here is at once "crashed" with a message saying the cluster is unreachable,
so every page tells the student the same clear thing, in both languages,
without a line of its own, and the app stays up for everything that does not
train.
"""

from __future__ import annotations

import threading

from playground.training.config import TrainConfig
from playground.training.runner.backend import TrainingBackend
from playground.training.runner.book import new_session_id
from playground.training.runner.jobs import JobReport, JobSpec, lost_report
from playground.training.runner.protocol import StepUnit
from playground.training.snapshot import Snapshot, lost_snapshot
from playground.training.toy_data import Split

MESSAGE = "train.msg.cluster_unreachable"


class UnavailableBackend(TrainingBackend):
    """Runs nothing; every session it hands out is lost from the start, with ``MESSAGE``."""

    def __init__(self, notice: str) -> None:
        self.notice = notice
        self._jobs: set[str] = set()
        self._lock = threading.Lock()

    def create(self, config: TrainConfig, data: Split, device: str = "cpu", tag: str = "") -> str:
        return new_session_id()

    def create_job(self, spec: JobSpec, device: str = "cpu", tag: str = "") -> str:
        sid = new_session_id()
        with self._lock:
            self._jobs.add(sid)
        return sid

    def attach(self, session_id: str) -> str | None:
        return None

    def _is_job(self, session_id: str) -> bool:
        with self._lock:
            return session_id in self._jobs

    def latest(self, session_id: str) -> Snapshot | None:
        return None if self._is_job(session_id) else lost_snapshot(session_id, "crashed", MESSAGE)

    def fetch(self, session_id: str, weights: bool = False, timeout: float = 5.0) -> Snapshot | None:
        return self.latest(session_id)

    def latest_report(self, session_id: str) -> JobReport | None:
        return lost_report(session_id, "crashed", MESSAGE) if self._is_job(session_id) else None

    def fetch_report(self, session_id: str, detail: bool = False, timeout: float = 5.0) -> JobReport | None:
        return self.latest_report(session_id)

    def request_snapshot(self, session_id: str, weights: bool = False, probe: bool = True) -> int:
        return 0

    def control(self, session_id: str, name: str, value: object) -> None: ...

    def configure(self, session_id: str, config: TrainConfig) -> None: ...

    def start(self, session_id: str) -> None: ...

    def pause(self, session_id: str) -> None: ...

    def step(self, session_id: str, unit: StepUnit = "batch") -> None: ...

    def release(self, session_id: str) -> None:
        with self._lock:
            self._jobs.discard(session_id)

    def shutdown(self) -> None: ...

    def describe(self) -> dict[str, int]:
        return {"workers": 0, "sessions": 0}
