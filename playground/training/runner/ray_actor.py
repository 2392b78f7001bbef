"""The cluster's side of the Ray backend: one trainer (or job) per Ray actor, and one small run registry.

Why one session per actor (the local pool puts several on a worker): Ray's
scheduler then does the admission. Each actor asks for one CPU, so a cluster
of two 1-CPU nodes runs two trainers and the third waits, instead of three
students each getting two thirds of a core; and a node that dies takes only
its own students' runs with it.

Inside an actor the local worker's loop runs unchanged (``worker._Sessions``
with its slices, idle pause, orphan grace and idle free), fed by method calls
instead of a pipe: a call obeys one command and returns what the session
said since the last call (snapshots, "gone", failures). A thread of the actor
trains between calls. When the session is freed (the tab closed and its grace
ran out, or nobody touched it for ``IDLE_FREE_S``) the actor records that in
the registry and ends itself, so a cluster never fills with forgotten runs.

Nothing here imports ``ray`` at module level: ``ray.remote`` is applied by
:mod:`playground.training.runner.ray_backend`, and a test can drive
:class:`TrainerActor` as a plain object.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from playground.training.runner.protocol import Command, Message
from playground.training.runner.worker import _Sessions, lower_priority

IDLE_NAP_S = 0.02  # between checks while nothing trains: a Start is obeyed within a call anyway
HANDOFF_S = 0.0005  # the training thread steps aside this long when a call waits for the lock
REGISTRY_NAME = "playground-runs"
FORGET_AFTER = 10_000  # freed run ids the registry remembers (a few hundred KB)


def actor_name(session_id: str) -> str:
    """The Ray name of a run's actor: any app replica finds the run by the id in its URL."""
    return f"run-{session_id}"


class _Outbox:
    """Stands in for the worker's pipe: what the session says waits here until the next call collects it."""

    def __init__(self) -> None:
        self._messages: list[Message] = []
        self._lock = threading.Lock()

    def send(self, message: Message) -> None:
        with self._lock:
            self._messages.append(message)

    def drain(self) -> list[Message]:
        with self._lock:
            messages, self._messages = self._messages, []
        return messages


class TrainerActor:
    """One session's trainer or job on a cluster node; its methods are what the backend calls remotely."""

    def __init__(
        self,
        session_id: str,
        tag: str,
        idle_pause_s: float,
        idle_free_s: float,
        *,
        on_started: Callable[[], None] | None = None,
        on_freed: Callable[[], None] | None = None,
    ) -> None:
        import torch  # noqa: PLC0415 (in the actor's process, once)

        torch.set_num_threads(1)
        lower_priority()
        self.session_id, self.tag = session_id, tag
        self._idle = (idle_pause_s, idle_free_s)
        self._outbox = _Outbox()
        self._sessions = _Sessions(self._outbox)  # type: ignore[arg-type] (it only calls send)
        self._lock = threading.Lock()
        self._waiting = 0  # calls queued for the lock: the training thread then steps aside
        self._created = False
        self._on_freed = on_freed
        if on_started is not None:
            on_started()
        self._thread = threading.Thread(target=self._loop, name="trainer-loop", daemon=True)
        self._thread.start()

    # -- called by the backend ---------------------------------------------------------------
    def call(self, command: Command) -> list[Message]:
        """Obey one command; return every message the session produced since the last call."""
        self._waiting += 1
        with self._lock:
            self._waiting -= 1
            try:
                self._sessions.handle(command)
            except Exception as error:  # a bad config must not end the actor
                self._sessions.fail(getattr(command, "session_id", self.session_id), error)
            self._created = self._created or bool(self._sessions.trainers)
        return self._outbox.drain()

    def describe(self) -> tuple[str, bool]:
        """The page's tag and whether this runs a studio's job (for a page that attaches to the run)."""
        from playground.training.runner.jobs import Job  # noqa: PLC0415

        with self._lock:
            runner = self._sessions.trainers.get(self.session_id)
        return self.tag, isinstance(runner, Job)

    def freed(self) -> bool:
        """Whether the session is gone (the loop then ends the actor)."""
        return self._created and not self._sessions.trainers

    # -- the actor's own thread --------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            with self._lock:
                busy = any(runner.status == "running" for runner in self._sessions.trainers.values())
                if self._sessions.trainers:
                    self._sessions.train_a_slice(*self._idle)  # also pauses the unwatched, frees the forgotten
                done = self.freed()
            if done:
                if self._on_freed is not None:
                    self._on_freed()
                return
            time.sleep(HANDOFF_S if self._waiting else 0.0 if busy else IDLE_NAP_S)


class RunRegistry:
    """One small named actor (no CPU) that every replica shares: the queue for a full cluster, and freed runs.

    Why: a student's place in the queue must count the waiting students of
    every replica, and a page that finds its run's actor gone must tell
    "freed after a long idle time" from "its machine died".
    """

    def __init__(self) -> None:
        self._waiting: OrderedDict[str, float] = OrderedDict()  # run id → when it asked for a place
        self._waiting_runs: dict[str, tuple[str, bool]] = {}  # run id → (tag, is a job) while it waits
        self._started: OrderedDict[str, None] = OrderedDict()
        self._freed: OrderedDict[str, None] = OrderedDict()

    def enqueue(self, session_id: str, tag: str = "", is_job: bool = False) -> None:
        if session_id not in self._started:  # an actor that started first must not stay queued
            self._waiting.setdefault(session_id, time.time())
            self._waiting_runs[session_id] = (tag, is_job)

    def started(self, session_id: str) -> None:
        self._waiting.pop(session_id, None)
        self._waiting_runs.pop(session_id, None)
        self._remember(self._started, session_id)

    def leave(self, session_id: str) -> None:
        """A queued run was released before it started."""
        self.started(session_id)

    def waiting_run(self, session_id: str) -> tuple[str, bool] | None:
        """A queued run's tag and kind: a page can attach to a run that has not started yet."""
        return self._waiting_runs.get(session_id)

    def positions(self, session_ids: list[str]) -> dict[str, int]:
        """1-based places in the queue of those of ``session_ids`` still waiting."""
        order = {sid: place for place, sid in enumerate(self._waiting, start=1)}
        return {sid: order[sid] for sid in session_ids if sid in order}

    def freed(self, session_id: str) -> None:
        self._remember(self._freed, session_id)

    def which_freed(self, session_ids: list[str]) -> list[str]:
        return [sid for sid in session_ids if sid in self._freed]

    @staticmethod
    def _remember(table: OrderedDict[str, None], session_id: str) -> None:
        table[session_id] = None
        while len(table) > FORGET_AFTER:
            table.popitem(last=False)
