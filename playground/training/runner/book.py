"""What every backend keeps on the page's side: each session's newest snapshot or report, and who waits for one.

Why a base class: the local pool and the Ray backend differ only in how a
command reaches a trainer (a pipe to a worker process, a call on a Ray actor)
and how a lost trainer is noticed (a broken pipe, a dead actor). Turning the
answers into "the newest snapshot", waking a caller who waits for a fresh one,
marking a lost session "crashed" or "gone" with the picture the page expects
(a ``Snapshot`` for a trainer, a ``JobReport`` for a job): that is the same
for both, so it lives here once.
"""

from __future__ import annotations

import itertools
import threading
import time
import uuid
from abc import abstractmethod

from playground.training.config import TrainConfig
from playground.training.runner.backend import TrainingBackend
from playground.training.runner.jobs import JobReport, JobSpec, lost_report
from playground.training.runner.protocol import (
    LOST,
    Configure,
    Control,
    Create,
    CreateJob,
    Failed,
    Gone,
    Message,
    Orphan,
    Pause,
    RequestSnapshot,
    SnapshotReady,
    Start,
    Step,
    StepUnit,
    TrainerStatus,
)
from playground.training.snapshot import Snapshot, lost_snapshot
from playground.training.toy_data import Split


class SnapshotBook(TrainingBackend):
    """The page-side ledger of sessions; subclasses deliver commands (``_send``) and forget sessions."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._latest: dict[str, Snapshot | JobReport] = {}
        self._jobs: set[str] = set()  # sessions that run a studio's Job, not a Trainer
        self._errors: dict[str, str] = {}
        self._orphans: set[str] = set()  # sessions whose page ended; forgotten when their trainer is freed
        self._tags: dict[str, str] = {}  # session → the page's tag (its structure), for attach()
        self._requests = itertools.count(1)

    @abstractmethod
    def _send(self, session_id: str, command: object) -> bool:
        """Deliver a command; False when nothing is there to receive it."""

    def _register(self, session_id: str, tag: str, is_job: bool) -> None:
        """Book a new (or newly attached) session (call with the lock held)."""
        self._tags[session_id] = tag
        if is_job:
            self._jobs.add(session_id)

    def _forget(self, session_id: str) -> None:
        """Drop every trace of a session (call with the lock held); backends add what they keep besides."""
        for table in (self._tags, self._latest, self._errors):
            table.pop(session_id, None)
        self._orphans.discard(session_id)
        self._jobs.discard(session_id)

    # -- commands, the same for every backend: only their delivery (``_send``) differs ------------
    def create(self, config: TrainConfig, data: Split, device: str = "cpu", tag: str = "") -> str:
        return self._place(Create(new_session_id(), config, data, device), tag)

    def create_job(self, spec: JobSpec, device: str = "cpu", tag: str = "") -> str:
        return self._place(CreateJob(new_session_id(), spec, device), tag)

    @abstractmethod
    def _place(self, command: Create | CreateJob, tag: str) -> str:
        """Find a place for a new session and send it ``command``; return its id."""

    def control(self, session_id: str, name: str, value: object) -> None:
        self._send(session_id, Control(session_id, name, value))

    def configure(self, session_id: str, config: TrainConfig) -> None:
        self._send(session_id, Configure(session_id, config))

    def start(self, session_id: str) -> None:
        self._send(session_id, Start(session_id))

    def pause(self, session_id: str) -> None:
        self._send(session_id, Pause(session_id))

    def step(self, session_id: str, unit: StepUnit = "batch") -> None:
        self._send(session_id, Step(session_id, unit))

    def orphan(self, session_id: str, grace_s: float = 60.0) -> None:
        with self._lock:
            self._orphans.add(session_id)
        self._send(session_id, Orphan(session_id, grace_s))

    def _receive(self, message: Message) -> None:
        """Book one answer from a trainer and wake whoever waits for it."""
        with self._lock:
            match message:
                case SnapshotReady(snapshot=snapshot):
                    self._latest[snapshot.session_id] = snapshot
                case Gone(session_id=sid) if sid in self._orphans:
                    self._forget(sid)  # an orphan's grace ran out: nothing of it stays in the server
                case Gone(session_id=sid):
                    self._latest[sid] = self._lost(sid, "gone", "train.msg.gone")
                case Failed(session_id=sid, error=error):
                    self._errors[sid] = error
                    if sid in self._jobs and sid not in self._latest:  # its spec failed to build
                        self._latest[sid] = JobReport(sid, "error", 0, "train.msg.error", None)
            self._lock.notify_all()  # a Ready worker, too, may be what a caller waits for

    def _lost(self, sid: str, status: TrainerStatus, message: str) -> Snapshot | JobReport:
        """The picture of a session with nothing behind it any more, of the kind the page expects."""
        return lost_report(sid, status, message) if sid in self._jobs else lost_snapshot(sid, status, message)

    def _mark_lost(self, sid: str, status: TrainerStatus, message: str) -> None:
        """Record that a session's trainer is gone for good (call with the lock held)."""
        self._latest[sid] = self._lost(sid, status, message)

    def request_snapshot(self, session_id: str, weights: bool = False, probe: bool = True) -> int:
        request_id = next(self._requests)
        if not self._send(session_id, RequestSnapshot(session_id, request_id, weights, probe)):
            with self._lock:
                if session_id not in self._latest or self._latest[session_id].status != "crashed":
                    self._latest[session_id] = self._lost(session_id, "gone", "train.msg.gone")
                self._lock.notify_all()
        return request_id

    def latest(self, session_id: str) -> Snapshot | None:
        with self._lock:
            snapshot = self._latest.get(session_id)
        return snapshot if isinstance(snapshot, Snapshot) else None

    def fetch(self, session_id: str, weights: bool = False, timeout: float = 5.0) -> Snapshot | None:
        snapshot = self._fetch(session_id, weights, timeout)
        return snapshot if isinstance(snapshot, Snapshot) else None

    def latest_report(self, session_id: str) -> JobReport | None:
        with self._lock:
            report = self._latest.get(session_id)
        return report if isinstance(report, JobReport) else None

    def fetch_report(self, session_id: str, detail: bool = False, timeout: float = 5.0) -> JobReport | None:
        report = self._fetch(session_id, detail, timeout)
        return report if isinstance(report, JobReport) else None

    def _fetch(self, session_id: str, weights: bool, timeout: float) -> Snapshot | JobReport | None:
        request_id = self.request_snapshot(session_id, weights)
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                snap = self._latest.get(session_id)
                if snap is not None and (snap.request_id >= request_id or snap.status in LOST):
                    return snap
                left = deadline - time.monotonic()
                if left <= 0:
                    return snap
                self._lock.wait(left)

    def error_of(self, session_id: str) -> str | None:
        """The last exception text a trainer reported for this session (for the server log / page)."""
        with self._lock:
            return self._errors.get(session_id)


def new_session_id() -> str:
    """A fresh run id: short enough for a URL, random enough that nobody guesses another student's run."""
    return uuid.uuid4().hex[:16]
