"""The loop of one worker process: obey commands, train running sessions in short slices.

Why slices of ~10 ms, round robin: several sessions share a worker, a pause
or a new learning rate must act at once, and a snapshot request is answered
between two slices. A session nobody has polled for ``IDLE_PAUSE_S`` pauses
(its tab is closed); one untouched for ``IDLE_FREE_S`` is freed. Commands and
answers are the typed dataclasses of :mod:`playground.training.runner.protocol`.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from playground.training.runner.jobs import Job, JobReport
from playground.training.runner.protocol import (
    STEPPABLE,
    Command,
    Configure,
    Control,
    Create,
    CreateJob,
    Failed,
    Gone,
    Orphan,
    Pause,
    Quit,
    Ready,
    Release,
    RequestSnapshot,
    SnapshotReady,
    Start,
    Step,
    StepUnit,
)

if TYPE_CHECKING:
    from playground.training.trainer import Trainer

SLICE_S = 0.01


class _Sessions:
    """The trainers of this worker and when each was last polled (watched) and touched (commanded)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.trainers: dict[str, Trainer | Job] = {}  # a studio's job runs beside the training studio's trainers
        self.elapsed: dict[str, float] = {}  # seconds each job has spent in run()
        self.polled: dict[str, float] = {}
        self.touched: dict[str, float] = {}
        self.orphaned: dict[str, float] = {}  # session → when to free it unless the page speaks again

    def send_snapshot(self, sid: str, weights: bool = False, request_id: int = 0, probe: bool = True) -> None:
        runner = self.trainers[sid]
        if isinstance(runner, Job):
            elapsed = self.elapsed.get(sid, 0.0)
            report = JobReport(sid, runner.status, request_id, runner.message, runner.report(weights), elapsed)
            self.conn.send(SnapshotReady(report))
            return
        snapshot = runner.snapshot(weights=weights, request_id=request_id, probe=probe)
        self.conn.send(SnapshotReady(snapshot))

    def free(self, sid: str) -> None:
        del self.trainers[sid], self.polled[sid], self.touched[sid]
        self.elapsed.pop(sid, None)
        self.orphaned.pop(sid, None)
        give_memory_back()

    def handle(self, command: Command) -> bool:
        """Obey one command; False when the worker should stop."""
        if isinstance(command, Quit):
            return False
        now = time.monotonic()
        if isinstance(command, Create | CreateJob):
            self.create(command, now)
            return True
        trainer = self.trainers.get(command.session_id)
        if trainer is None:
            self.conn.send(Gone(command.session_id))
            return True
        self.touched[command.session_id] = now
        if not isinstance(command, Orphan):
            self.orphaned.pop(command.session_id, None)  # the page is back (a reconnected tab)
        self.obey(trainer, command, now)
        return True

    def create(self, command: Create | CreateJob, now: float) -> None:
        from playground.training.trainer import Trainer  # noqa: PLC0415 (torch is already imported)

        sid = command.session_id
        if isinstance(command, CreateJob):
            self.trainers[sid] = command.spec.build(sid, command.device)
            self.elapsed[sid] = 0.0
        else:
            self.trainers[sid] = Trainer(command.config, command.data, command.device, session_id=sid)
        self.polled[sid] = self.touched[sid] = now
        self.send_snapshot(sid)

    def obey(self, trainer: Trainer | Job, command: Command, now: float) -> None:
        """A command for an existing trainer or job."""
        match command:
            case Configure(config=config) if not isinstance(trainer, Job):
                trainer.configure(config)
            case Control(name=name, value=value) if isinstance(trainer, Job):
                trainer.control(name, value)
            case Configure() | Control():
                raise ValueError(f"{type(command).__name__} does not apply to {type(trainer).__name__}")
            case Start(session_id=sid):
                if trainer.status not in ("diverged", "finished"):
                    trainer.status, trainer.message = "running", ""
                self.polled[sid] = now
            case Pause(session_id=sid):
                if trainer.status == "running":
                    trainer.status = "paused"
                self.send_snapshot(sid)
            case Step(session_id=sid, unit=unit) if trainer.status in STEPPABLE:
                trainer.status = "paused"
                self.step(sid, trainer, unit)
            case RequestSnapshot(session_id=sid, request_id=request_id, weights=weights, probe=probe):
                self.polled[sid] = now
                self.send_snapshot(sid, weights=weights, request_id=request_id, probe=probe)
            case Release(session_id=sid):
                self.free(sid)
            case Orphan(session_id=sid, grace_s=grace_s):
                self.orphaned[sid] = now + grace_s

    def step(self, sid: str, trainer: Trainer | Job, unit: StepUnit) -> None:
        """The Step button: one batch or epoch of a trainer, one unit of a job."""
        if isinstance(trainer, Job):
            self._timed(sid, lambda: trainer.step(unit))
        else:
            trainer.step_epoch() if unit == "epoch" else trainer.train_batch()

    def _timed(self, sid: str, work: Callable[[], None]) -> None:
        """Run a job's slice and add its time to what the job's report says it took."""
        started = time.perf_counter()
        try:
            work()
        finally:
            self.elapsed[sid] = self.elapsed.get(sid, 0.0) + time.perf_counter() - started

    def fail(self, sid: str, error: Exception) -> None:
        """A trainer raised (a bad config must not kill the worker): mark it and tell the page."""
        if sid in self.trainers:
            self.trainers[sid].status, self.trainers[sid].message = "error", "train.msg.error"
        self.conn.send(Failed(sid, f"{type(error).__name__}: {error}"))

    def train_a_slice(self, idle_pause_s: float, idle_free_s: float) -> None:
        """One slice for each running session; pause the unwatched, free the forgotten."""
        now = time.monotonic()
        for sid, trainer in list(self.trainers.items()):
            if trainer.status != "running":
                continue
            if now - self.polled[sid] > idle_pause_s:
                trainer.status, trainer.message = "paused", "train.msg.idle_paused"
                continue
            try:
                if isinstance(trainer, Job):
                    self._timed(sid, lambda t=trainer: t.run(SLICE_S))
                else:
                    trainer.run(SLICE_S)
            except Exception as error:
                self.fail(sid, error)
        forgotten = {s for s, t in self.touched.items() if now - t > idle_free_s}
        for sid in forgotten | {s for s, deadline in self.orphaned.items() if now >= deadline}:
            self.free(sid)
            self.conn.send(Gone(sid))


def give_memory_back() -> None:
    """Collect the freed trainer's objects and hand the heap's free pages back to the system.

    Why: glibc keeps freed memory in the process for reuse, so after a class
    the workers stayed ~100 MB above where they started although every
    trainer was gone. ``malloc_trim(0)`` returns the free pages (glibc only;
    elsewhere this only collects).
    """
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def warm_up() -> None:
    """Train a throwaway model for a few steps before saying Ready.

    Why: a worker's first training run initialises torch's autograd engine,
    optimizer kernels and allocator pools (~45 MB here) that stay for the
    worker's life. Paid at start, the first student's Play is not slower than
    the others', and the memory a class leaves behind is only what it leaked.
    """
    from playground.training.config import TrainConfig  # noqa: PLC0415
    from playground.training.toy_data import make_dataset, split  # noqa: PLC0415
    from playground.training.trainer import Trainer  # noqa: PLC0415

    trainer = Trainer(TrainConfig(), split(make_dataset("circle", 60, 0.0, 0), 0.5, 0), "cpu", session_id="warm-up")
    for _ in range(3):
        trainer.train_batch()
    trainer.snapshot(probe=True)
    del trainer
    give_memory_back()


TRAINER_NICENESS = 10  # below the app server: a student's click or page open never waits behind training


def lower_priority(niceness: int = TRAINER_NICENESS) -> None:
    """Run this worker at a lower CPU priority than the app server (POSIX ``nice``; no-op where absent).

    Why: on a shared 2-core host the trainers could take every cycle; the app
    server must answer clicks, page opens and the live feed first, and the
    trainers use what is left.
    """
    try:
        current = os.nice(0)
        if current < niceness:
            os.nice(niceness - current)
    except (AttributeError, OSError):  # Windows has no nice; an unprivileged raise is refused, a drop never is
        pass


def worker_main(conn: Connection, worker_index: int, idle_pause_s: float, idle_free_s: float) -> None:
    """Entry point of a worker process (spawned: torch is imported here, with one thread)."""
    import torch  # noqa: PLC0415 (imported in the child, after the spawn)

    torch.set_num_threads(1)
    lower_priority()
    from playground.training.trainer import Trainer  # noqa: F401, PLC0415 (import before saying Ready)

    warm_up()

    sessions = _Sessions(conn)
    parent = os.getppid()
    conn.send(Ready(worker_index))
    running = True
    while running:
        try:
            busy = any(trainer.status == "running" for trainer in sessions.trainers.values())
            if conn.poll(0 if busy else 1.0):
                while running and conn.poll(0):
                    command: Command = conn.recv()
                    try:
                        running = sessions.handle(command)
                    except Exception as error:  # a bad config must not kill the worker
                        sessions.fail(getattr(command, "session_id", ""), error)
                continue
            sessions.train_a_slice(idle_pause_s, idle_free_s)
            if os.getppid() != parent:
                break  # the server died: do not linger as an orphan
        except (EOFError, BrokenPipeError, ConnectionResetError, OSError):
            break
