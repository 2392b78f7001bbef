"""Which training backend a server uses: the local pool unless a cluster is configured, and what if it is down.

Why here and not in the page: the choice depends only on configuration
(environment variables, else the app's secrets), and a script or a benchmark
makes the same choice. Settings:

- ``PLAYGROUND_BACKEND``: ``local`` (default) or ``ray``;
- ``PLAYGROUND_RAY_ADDRESS``: the head's ``host:port`` (or ``ray://host:port``
  for Ray Client);
- ``PLAYGROUND_RAY_FALLBACK``: ``local`` to train on this server when the
  head cannot be reached, ``none`` (default) to say so and train nowhere:
  a course that sized its cluster for sixty students should not silently put
  sixty trainers on one app replica.

The same names, lower-case without the prefix, are read from a
``[playground]`` table of ``.streamlit/secrets.toml`` when the environment
has none (``backend = "ray"``, ``ray_address = "head:6379"``).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from playground.training.runner.backend import TrainingBackend
from playground.training.runner.unavailable import UnavailableBackend

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_S = 3.0  # a head that does not answer a TCP connect this fast is down, or not there
INIT_TIMEOUT_S = 30.0  # ray.init itself (it registers a driver with the head)
KINDS = ("local", "ray")
FALLBACKS = ("none", "local")


@dataclass(frozen=True)
class BackendSettings:
    kind: str = "local"
    ray_address: str = ""
    fallback: str = "none"

    def problem(self) -> str:
        """What is wrong with these settings, in words for the server log ("" when nothing)."""
        if self.kind not in KINDS:
            return f"PLAYGROUND_BACKEND={self.kind!r}; accepted: {', '.join(KINDS)}"
        if self.fallback not in FALLBACKS:
            return f"PLAYGROUND_RAY_FALLBACK={self.fallback!r}; accepted: {', '.join(FALLBACKS)}"
        if self.kind == "ray" and not self.ray_address:
            return "PLAYGROUND_BACKEND=ray needs PLAYGROUND_RAY_ADDRESS=<head host:port>"
        return ""


def read_settings(environ: Mapping[str, str], secrets: Mapping[str, object] | None = None) -> BackendSettings:
    """Settings from the environment first, then the ``[playground]`` table of the app's secrets."""
    table = secrets or {}

    def value(name: str, default: str) -> str:
        found = environ.get(f"PLAYGROUND_{name.upper()}")
        if found is None:
            found = table.get(name)
        return str(found if found is not None else default).strip()

    return BackendSettings(
        value("backend", "local").lower(), value("ray_address", ""), value("ray_fallback", "none").lower()
    )


def head_reachable(address: str, timeout: float = CONNECT_TIMEOUT_S) -> bool:
    """A TCP connect to the head's port: cheap, and it fails fast where ``ray.init`` would hang for a minute."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    try:
        with socket.create_connection((host or "127.0.0.1", int(port)), timeout=timeout):
            return True
    except (OSError, ValueError):
        return False


def _connect_ray(address: str) -> TrainingBackend:
    from playground.training.runner.ray_backend import RayBackend  # noqa: PLC0415 (ray is optional)

    result: list[TrainingBackend | BaseException] = []

    def connect() -> None:
        try:
            result.append(RayBackend(address))
        except BaseException as error:  # (reported below, whatever it was)
            result.append(error)

    thread = threading.Thread(target=connect, name="ray-connect", daemon=True)
    thread.start()
    thread.join(INIT_TIMEOUT_S)
    if not result:
        raise TimeoutError(f"ray.init({address!r}) did not finish in {INIT_TIMEOUT_S:.0f} s")
    if isinstance(result[0], BaseException):
        raise result[0]
    return result[0]


def make_backend(
    settings: BackendSettings,
    local: Callable[[], TrainingBackend],
    connect_ray: Callable[[str], TrainingBackend] = _connect_ray,
) -> TrainingBackend:
    """The configured backend; when the cluster is down, the local pool (if allowed) or one that says so."""
    problem = settings.problem()
    if problem:
        log.error("training backend misconfigured: %s", problem)
        return UnavailableBackend("train.notice.misconfigured")
    if settings.kind == "local":
        return local()
    reason = ""
    if not head_reachable(settings.ray_address):
        reason = f"no answer from the Ray head at {settings.ray_address}"
    else:
        try:
            return connect_ray(settings.ray_address)
        except ImportError:
            reason = "ray is not installed (pip install -r requirements-cluster.txt)"
        except Exception as error:  # (any failure to join the cluster is reported the same way)
            reason = f"{type(error).__name__}: {error}"
    log.error("Ray cluster unavailable: %s", reason)
    if settings.fallback == "local":
        backend = local()
        backend.notice = "train.notice.cluster_fallback"
        return backend
    return UnavailableBackend("train.notice.cluster_unreachable")


RETRY_S = 15.0  # an unreachable cluster is asked again this often, not on every rerun


class BackendHolder:
    """Keeps the server's backend; while the cluster is unreachable, asks again every ``RETRY_S`` seconds."""

    def __init__(self, build: Callable[[], TrainingBackend], clock: Callable[[], float] = time.monotonic) -> None:
        self._build, self._clock = build, clock
        self._backend: TrainingBackend | None = None
        self._built_at = 0.0
        self._lock = threading.Lock()

    def get(self) -> TrainingBackend:
        with self._lock:
            stale = isinstance(self._backend, UnavailableBackend) and self._clock() - self._built_at > RETRY_S
            if self._backend is None or stale:
                previous = self._backend
                self._backend, self._built_at = self._build(), self._clock()
                if isinstance(previous, UnavailableBackend) and isinstance(self._backend, UnavailableBackend):
                    self._backend = previous  # keep the sessions it already answered for
            return self._backend


def settings_from_environment(secrets: Mapping[str, object] | None = None) -> BackendSettings:
    return read_settings(os.environ, secrets)
