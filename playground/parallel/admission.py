"""The server-wide admission queue and result cache: a class pressing Run gets one measurement, not thirty.

Why one object per server: thirty students pressing Run at once on a 2-core
server would each get a meaningless figure (every measurement fighting every
other for the cores) and freeze the page for everyone. Here each request is
keyed by experiment, settings, device and machine; an identical request
joins the measurement already queued or running, a fresh cached result is
answered at once (with the time it was taken), and measurements run one
heavy experiment per core at a time (an experiment that uses two cores
takes two slots), in the order they were asked for.

Plain Python over the backend interface: the page holds one ``Lab`` in
``st.cache_resource`` and calls ``pump()`` on its reruns; a test drives it
with a real pool or a fake backend.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from playground.parallel.job import ExperimentSpec
from playground.parallel.machine import describe_machine, usable_cores
from playground.parallel.results import Result
from playground.training.runner.backend import TrainingBackend

CACHE_TTL_S = 300.0  # a figure stays "fresh" for five minutes
UNWATCHED_S = 60.0  # a queued request nobody asked about for this long is dropped
TicketState = Literal["queued", "running"]


def request_key(experiment: str, values: dict[str, Any], device: str, machine: str | None = None) -> str:
    """The cache key: experiment, settings, device and machine (not the load: that is what varies)."""
    return json.dumps([experiment, sorted(values.items()), device, machine or describe_machine().fingerprint()])


@dataclass
class Ticket:
    """One measurement asked for: queued until the cores it needs are free, then running in the backend."""

    key: str
    spec: ExperimentSpec
    cores: int
    asked_at: float
    state: TicketState = "queued"
    session_id: str = ""
    seen_at: float = 0.0
    started_at: float = 0.0
    progress: Result | None = None


@dataclass(frozen=True)
class Cached:
    result: Result
    measured_at: float  # wall clock (time.time) when it finished


@dataclass
class Lab:
    """The queue and the cache over one backend; every method is safe from several script threads."""

    backend: TrainingBackend
    cores: int = field(default_factory=usable_cores)
    ttl_s: float = CACHE_TTL_S
    clock: Callable[[], float] = time.time
    _tickets: dict[str, Ticket] = field(default_factory=dict)  # in the order asked
    _cache: dict[str, Cached] = field(default_factory=dict)
    _lock: threading.RLock = field(default_factory=threading.RLock)
    started: int = 0  # measurements started since the server began (a test counts them)

    def request(self, key: str, spec: ExperimentSpec, cores: int, *, again: bool = False) -> Cached | Ticket:
        """A fresh cached result, or the ticket (new or joined) that will measure it. ``again`` skips the cache."""
        with self._lock:
            now = self.clock()
            if key in self._tickets:
                ticket = self._tickets[key]
                ticket.seen_at = now
                return ticket
            cached = self.cached(key)
            if cached is not None and not again:
                return cached
            ticket = Ticket(key, spec, min(max(1, cores), self.cores), now, seen_at=now)
            self._tickets[key] = ticket
            self.pump()
            return ticket

    def cached(self, key: str) -> Cached | None:
        """The result for ``key`` if it was measured within the last ``ttl_s`` seconds."""
        with self._lock:
            entry = self._cache.get(key)
            if entry is not None and self.clock() - entry.measured_at > self.ttl_s:
                del self._cache[key]
                return None
            return entry

    def ticket(self, key: str) -> Ticket | None:
        """The queued or running ticket for ``key`` (asking counts as watching it)."""
        with self._lock:
            ticket = self._tickets.get(key)
            if ticket is not None:
                ticket.seen_at = self.clock()
            return ticket

    def position(self, key: str) -> int:
        """0 while it runs, 1 for the first in the queue, …; -1 when there is no such ticket."""
        with self._lock:
            queued = [t.key for t in self._tickets.values() if t.state == "queued"]
            ticket = self._tickets.get(key)
            if ticket is None:
                return -1
            return 0 if ticket.state == "running" else queued.index(key) + 1

    def running(self) -> list[Ticket]:
        with self._lock:
            return [t for t in self._tickets.values() if t.state == "running"]

    def pump(self) -> None:
        """Collect finished measurements into the cache, keep running ones watched, admit what fits."""
        with self._lock:
            now = self.clock()
            for ticket in list(self._tickets.values()):
                if ticket.state == "running":
                    self._poll(ticket, now)
                elif now - ticket.seen_at > UNWATCHED_S:
                    del self._tickets[ticket.key]  # everyone who asked has gone
            used = sum(t.cores for t in self._tickets.values() if t.state == "running")
            for ticket in [t for t in self._tickets.values() if t.state == "queued"]:
                if used and used + ticket.cores > self.cores:
                    break  # first come, first served: a big request is not overtaken by small ones
                self._start(ticket, now)
                used += ticket.cores

    def _start(self, ticket: Ticket, now: float) -> None:
        ticket.session_id = self.backend.create_job(ticket.spec, ticket.spec.device)
        self.backend.start(ticket.session_id)
        ticket.state, ticket.started_at = "running", now
        self.started += 1

    def _poll(self, ticket: Ticket, now: float) -> None:
        self.backend.request_snapshot(ticket.session_id)  # answered later; also keeps the job from idle-pausing
        report = self.backend.latest_report(ticket.session_id)
        if report is None:
            return
        if isinstance(report.data, Result):
            ticket.progress = report.data
        if report.status == "paused":  # nobody polled it for a while: carry on
            self.backend.start(ticket.session_id)
        elif report.status in ("finished", "error", "crashed", "gone"):
            result = ticket.progress or Result(ticket.spec.experiment, dict(ticket.spec.values))
            if report.status != "finished" and not result.error:
                result.error = self.backend_error(ticket.session_id) or report.status
            self.backend.release(ticket.session_id)
            del self._tickets[ticket.key]
            self._cache[ticket.key] = Cached(result, now)  # errors too: the page says what failed, once

    def backend_error(self, session_id: str) -> str:
        error_of = getattr(self.backend, "error_of", None)
        return (error_of(session_id) or "") if callable(error_of) else ""

    def forget(self, key: str) -> None:
        """Drop a cached result (its error, or a result the user wants measured again)."""
        with self._lock:
            self._cache.pop(key, None)

    def shutdown(self) -> None:
        """Release every running job (the backend kills their children when it frees them)."""
        with self._lock:
            for ticket in self._tickets.values():
                if ticket.session_id:
                    self.backend.release(ticket.session_id)
            self._tickets.clear()
