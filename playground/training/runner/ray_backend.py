"""Trainers on a Ray cluster: the :class:`TrainingBackend` a course with several servers configures.

Why Ray and not a home-made job engine: its scheduler places actors across
nodes by their declared resources and keeps the ones that do not fit waiting
(our queue), its named detached actors outlive the app replica that made them
(a student's run survives the death of the replica that served the page), and
a dead node shows up as a typed error on the calls to its actors.

Each run is a detached actor named after its run id (``ray_actor.actor_name``)
in the ``playground`` namespace, asking for one CPU. Calls return at once:
each command is an actor call whose answer (the messages the session produced)
is booked by a callback when it arrives, so the page never waits on the
cluster except in :meth:`fetch`. ``ray`` is imported only here, and this
module only when ``PLAYGROUND_BACKEND=ray`` (see ``runner.choose``).
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from concurrent.futures import Future
from typing import Any

import ray
from ray.exceptions import ActorDiedError, ActorUnavailableError, RayActorError

from playground.training.runner.backend import IDLE_FREE_S, IDLE_PAUSE_S
from playground.training.runner.book import SnapshotBook
from playground.training.runner.protocol import (
    Create,
    CreateJob,
    Failed,
    Message,
    Orphan,
)
from playground.training.runner.ray_actor import REGISTRY_NAME, RunRegistry, TrainerActor, actor_name

log = logging.getLogger(__name__)
NAMESPACE = "playground"
HOUSEKEEPING_S = 0.5  # how often queue places and lost runs are looked up
LOST_AFTER_FAILURES = 6  # rounds without an answer from the head before dead runs are called lost
RESOURCES_TTL_S = 5.0  # the cluster's size changes rarely; describe() reads it at most this often


class ClusterTrainer(TrainerActor):
    """A :class:`TrainerActor` that tells the shared registry when it starts and ends itself when freed."""

    def __init__(self, session_id: str, tag: str, idle_pause_s: float, idle_free_s: float) -> None:
        registry = ray.get_actor(REGISTRY_NAME, namespace=NAMESPACE)

        def started() -> None:
            registry.started.remote(session_id)

        def freed() -> None:
            ray.get(registry.freed.remote(session_id), timeout=10)
            ray.kill(ray.get_runtime_context().current_actor, no_restart=True)

        super().__init__(session_id, tag, idle_pause_s, idle_free_s, on_started=started, on_freed=freed)


class RayBackend(SnapshotBook):
    """One detached Ray actor per session; a callback books each answer, a housekeeper thread the rest."""

    def __init__(
        self,
        address: str | None = None,
        *,
        idle_pause_s: float = IDLE_PAUSE_S,
        idle_free_s: float = IDLE_FREE_S,
        num_cpus: float = 1.0,
    ) -> None:
        super().__init__()
        if not ray.is_initialized():
            ray.init(address=address, namespace=NAMESPACE, log_to_driver=False, configure_logging=False)
        self._idle = (idle_pause_s, idle_free_s)
        self._actor_class = ray.remote(ClusterTrainer)
        self._actor_options = {
            "num_cpus": num_cpus, "max_restarts": 0, "max_concurrency": 1, "lifetime": "detached",
            "namespace": NAMESPACE,
        }  # fmt: skip
        self._registry = (
            ray.remote(RunRegistry)
            .options(
                name=REGISTRY_NAME,
                namespace=NAMESPACE,
                get_if_exists=True,
                lifetime="detached",
                num_cpus=0,
                resources={"node:__internal_head__": 0.001},  # on the head: a worker node may die, the head not
            )
            .remote()
        )
        self._actors: dict[str, Any] = {}  # session → actor handle
        self._starting: set[str] = set()  # created, no answer yet (booting, or waiting for room)
        self._places: dict[str, int] = {}  # session → place in the cluster's queue
        self._dead: set[str] = set()  # actors that died: freed by their idle rules, or their node went away
        self._resources: tuple[float, dict[str, float]] = (0.0, {})
        self._closed = False
        self._housekeeper = threading.Thread(target=self._housekeep, name="ray-backend-housekeeper", daemon=True)
        self._housekeeper.start()
        atexit.register(self.shutdown)

    # -- delivering commands ------------------------------------------------------------------
    def _send(self, session_id: str, command: object) -> bool:
        with self._lock:
            if not isinstance(command, Orphan):
                self._orphans.discard(session_id)
            actor = self._actors.get(session_id)
        if actor is None:
            return False
        try:
            future: Future = actor.call.remote(command).future()
        except Exception:  # the actor is unknown to the cluster (dead, or the head restarted)
            with self._lock:
                self._dead.add(session_id)
            return True  # the housekeeper gives the verdict
        future.add_done_callback(lambda done, sid=session_id: self._answered(sid, done))
        return True

    def _answered(self, session_id: str, done: Future) -> None:
        """Ray's thread delivers an answer: book its messages (never block here, never call ``ray.get``)."""
        try:
            messages: list[Message] = done.result()
        except ActorUnavailableError:
            return  # a node blinked; the next poll asks again
        except (ActorDiedError, RayActorError):
            with self._lock:
                if session_id in self._actors:
                    self._dead.add(session_id)  # the housekeeper tells "freed" from "its node died"
            return
        except Exception as error:  # the call itself failed (e.g. a command that cannot be unpickled there)
            messages = [Failed(session_id, f"{type(error).__name__}: {error}")]
        with self._lock:
            self._starting.discard(session_id)
            self._places.pop(session_id, None)
        for message in messages:
            self._receive(message)

    # -- runs -----------------------------------------------------------------------------------
    def _place(self, command: Create | CreateJob, tag: str) -> str:
        sid = command.session_id
        self._registry.enqueue.remote(sid, tag, isinstance(command, CreateJob))  # before the actor: its start follows
        options = {**self._actor_options, "name": actor_name(sid)}
        actor = self._actor_class.options(**options).remote(sid, tag, *self._idle)
        with self._lock:
            self._actors[sid] = actor
            self._starting.add(sid)
            self._register(sid, tag, isinstance(command, CreateJob))
        self._send(sid, command)
        return sid

    def attach(self, session_id: str) -> str | None:
        with self._lock:
            if session_id in self._actors and session_id not in self._dead:
                return self._tags[session_id]
        try:
            actor = ray.get_actor(actor_name(session_id), namespace=NAMESPACE)
            waiting = ray.get(self._registry.waiting_run.remote(session_id), timeout=5.0)
            tag, is_job = waiting or ray.get(actor.describe.remote(), timeout=5.0)  # a queued run cannot answer
        except (ValueError, RayActorError, ray.exceptions.GetTimeoutError):
            return None  # no such run (freed, never existed, or its node is gone)
        with self._lock:
            self._actors[session_id] = actor
            if waiting:
                self._starting.add(session_id)  # its place in the queue is shown here too
            self._register(session_id, tag, is_job)
        return tag

    def queue_position(self, session_id: str) -> int | None:
        with self._lock:
            return self._places.get(session_id)

    def release(self, session_id: str) -> None:
        with self._lock:
            actor = self._actors.get(session_id)
            self._forget(session_id)
        if actor is not None:
            self._registry.leave.remote(session_id)  # it may still be waiting for room
            ray.kill(actor, no_restart=True)  # at once: a queued run gives its place back, a running one its CPU

    def _forget(self, session_id: str) -> None:
        self._actors.pop(session_id, None)
        self._places.pop(session_id, None)
        self._starting.discard(session_id)
        self._dead.discard(session_id)
        super()._forget(session_id)

    # -- the housekeeper thread ----------------------------------------------------------------
    def _housekeep(self) -> None:
        """Queue places for runs still waiting; the verdict on runs whose actor died."""
        failures = 0
        while not self._closed:
            time.sleep(HOUSEKEEPING_S)
            with self._lock:
                dead, starting = sorted(self._dead), sorted(self._starting)
                orphans = sorted(self._orphans & set(self._actors))  # nobody calls them: ask if they ended
            try:
                if dead or orphans:
                    freed = set(ray.get(self._registry.which_freed.remote(dead + orphans), timeout=5.0))
                    self._bury(dead, freed, [sid for sid in orphans if sid in freed])
                if starting:
                    places = ray.get(self._registry.positions.remote(starting), timeout=5.0)
                    full = self._cluster_free_cpus() < 1.0
                    with self._lock:
                        self._places = {sid: place for sid, place in places.items() if full and sid in self._starting}
                failures = 0
            except Exception:  # the head is unreachable (or restarting): ask again on the next round
                failures += 1
                log.debug("Ray housekeeping failed", exc_info=True)
                if failures >= LOST_AFTER_FAILURES and dead:
                    self._bury(dead, set(), [])  # no registry to ask: their runs are lost either way

    def _bury(self, dead: list[str], freed: set[str], freed_orphans: list[str]) -> None:
        with self._lock:
            for sid in freed_orphans:
                if sid in self._orphans:
                    self._forget(sid)  # its grace ran out and it ended itself: nothing of it stays
            for sid in dead:
                if sid not in self._dead:
                    continue
                if sid in self._orphans:
                    self._forget(sid)  # the page is gone too: nothing of it stays
                    continue
                self._dead.discard(sid)
                self._actors.pop(sid, None)
                self._starting.discard(sid)
                if sid in freed:
                    self._mark_lost(sid, "gone", "train.msg.gone")
                else:
                    self._mark_lost(sid, "crashed", "train.msg.node_lost")
            self._lock.notify_all()

    def _cluster_free_cpus(self) -> float:
        return float(ray.available_resources().get("CPU", 0.0))

    def _cluster_cpus(self) -> int:
        checked, resources = self._resources
        if time.monotonic() - checked > RESOURCES_TTL_S:
            resources = ray.cluster_resources()
            self._resources = (time.monotonic(), resources)
        return int(resources.get("CPU", 0))

    def describe(self) -> dict[str, int]:
        with self._lock:
            sessions = len(self._actors)
        return {"workers": self._cluster_cpus(), "sessions": sessions}

    def describe_sessions(self) -> set[str]:
        with self._lock:
            return set(self._actors)

    def shutdown(self) -> None:
        """Stop this replica's threads; the runs stay on the cluster for another replica to attach to."""
        self._closed = True
