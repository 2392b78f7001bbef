"""A pool of worker processes that run trainers: the studio's :class:`TrainingBackend`.

Why processes, not threads: in one process every session shares one
interpreter lock (four sessions got a third of one session's throughput, and a
training session made other users' reruns ten times slower). One worker per
core, one torch thread each, "spawn" start method (safe with torch and with
Streamlit's threads). Each worker talks over its own pipe, so a killed worker
breaks only its own pipe: its sessions report 'crashed' and a fresh worker
takes its place. What crosses a pipe is a typed command or message
(:mod:`playground.training.runner.protocol`).
"""

from __future__ import annotations

import atexit
import multiprocessing as mp
import os
import sys
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from playground.training.runner.backend import IDLE_FREE_S, IDLE_PAUSE_S
from playground.training.runner.book import SnapshotBook
from playground.training.runner.protocol import (
    Command,
    Create,
    CreateJob,
    Message,
    Orphan,
    Quit,
    Release,
)
from playground.training.runner.worker import worker_main


def default_workers() -> int:
    """As many workers as cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


@dataclass
class _Worker:
    index: int
    process: mp.process.BaseProcess
    conn: Connection
    lock: threading.Lock = field(default_factory=threading.Lock)
    sessions: set[str] = field(default_factory=set)
    alive: bool = True


_MAIN_LOCK = threading.Lock()


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    """Start a spawned process without it re-running the app script.

    Why: ``spawn`` children first execute the parent's ``__main__`` file (as
    ``__mp_main__``), and during a Streamlit run ``sys.modules["__main__"]`` is
    the app script itself: every worker would re-run the router and a page
    without a runtime (seconds of start-up, warnings, a page's side effects).
    A bare stand-in without ``__file__`` for the instant of ``start()`` avoids
    it; the worker needs nothing from ``__main__``.
    """
    with _MAIN_LOCK:
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            if main is not None:
                sys.modules["__main__"] = main


class ProcessPool(SnapshotBook):
    """Trainers in ``n_workers`` processes; a collector thread keeps each session's latest snapshot."""

    def __init__(
        self, n_workers: int | None = None, *, idle_pause_s: float = IDLE_PAUSE_S, idle_free_s: float = IDLE_FREE_S
    ) -> None:
        super().__init__()
        self._ctx = mp.get_context("spawn")  # fork would copy Streamlit's threads and torch's state
        self._idle = (idle_pause_s, idle_free_s)
        self._workers: list[_Worker] = [self._spawn(i) for i in range(n_workers or default_workers())]
        self._owner: dict[str, int] = {}  # session → worker index
        self._closed = False
        self._collector = threading.Thread(target=self._collect, name="train-pool-collector", daemon=True)
        self._collector.start()
        atexit.register(self.shutdown)

    def _spawn(self, index: int) -> _Worker:
        parent_end, child_end = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(
            target=worker_main, args=(child_end, index, *self._idle), name=f"trainer-{index}", daemon=True
        )
        with _main_module_hidden():
            process.start()
        child_end.close()
        return _Worker(index, process, parent_end)

    # -- the collector thread -----------------------------------------------------------------
    def _collect(self) -> None:
        while not self._closed:
            conns = {w.conn: w for w in self._workers if w.alive}
            try:
                ready = wait(list(conns), timeout=0.2)
            except OSError:
                ready = []
            for conn in ready:
                worker = conns[conn]
                try:
                    message: Message = conn.recv()
                except (EOFError, OSError):
                    self._lose(worker)
                    continue
                self._receive(message)
            for worker in list(self._workers):
                if worker.alive and not worker.process.is_alive():
                    self._lose(worker)

    def _lose(self, worker: _Worker) -> None:
        """A worker died (killed, out of memory): its sessions crash, a new worker replaces it."""
        with self._lock:
            if not worker.alive:
                return
            worker.alive = False
            for sid in worker.sessions:
                self._mark_lost(sid, "crashed", "train.msg.crashed")
                self._owner.pop(sid, None)
            if not self._closed:
                self._workers[self._workers.index(worker)] = self._spawn(worker.index)
            self._lock.notify_all()
        worker.conn.close()

    # -- commands -------------------------------------------------------------------------------
    def _send(self, sid: str, command: Command) -> bool:
        with self._lock:
            if not isinstance(command, Orphan):
                self._orphans.discard(sid)
            index = self._owner.get(sid)
            worker = next((w for w in self._workers if w.index == index and w.alive), None)
        if worker is None:
            return False
        try:
            with worker.lock:
                worker.conn.send(command)
        except (OSError, EOFError):
            self._lose(worker)
            return False
        return True

    def _place(self, command: Create | CreateJob, tag: str) -> str:
        """Give a new session to the least loaded live worker."""
        sid = command.session_id
        with self._lock:
            worker = min((w for w in self._workers if w.alive), key=lambda w: len(w.sessions))
            worker.sessions.add(sid)
            self._owner[sid] = worker.index
            self._register(sid, tag, isinstance(command, CreateJob))
        self._send(sid, command)
        return sid

    def attach(self, session_id: str) -> str | None:
        with self._lock:
            return self._tags.get(session_id) if session_id in self._owner else None

    def release(self, session_id: str) -> None:
        self._send(session_id, Release(session_id))
        with self._lock:
            self._forget(session_id)

    def _forget(self, session_id: str) -> None:
        index = self._owner.pop(session_id, None)
        for worker in self._workers:
            if worker.index == index:
                worker.sessions.discard(session_id)
        super()._forget(session_id)

    def describe(self) -> dict[str, int]:
        with self._lock:
            return {"workers": sum(w.alive for w in self._workers), "sessions": len(self._owner)}

    def describe_sessions(self) -> set[str]:
        """The sessions this pool still holds a trainer for (tests and the classroom benchmark read it)."""
        with self._lock:
            return set(self._owner)

    def worker_pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._workers if w.alive and w.process.pid]

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        for worker in self._workers:
            try:
                with worker.lock:
                    worker.conn.send(Quit())
            except (OSError, EOFError):
                pass
        for worker in self._workers:
            worker.process.join(timeout=2)
            if worker.process.is_alive():
                worker.process.kill()
