"""One backend contract, two implementations: the fixtures that open either for the same tests.

Why: the training page, the studios' jobs and the classroom all rely on what
``TrainingBackend`` promises (commands return at once, snapshots arrive,
idle trainers pause, orphans are freed after their grace, failures are
reported). The same test functions run against the local pool and against a
real Ray cluster, so neither can drift from the contract.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest

from playground.training.runner.backend import TrainingBackend
from playground.training.runner.pool import ProcessPool
from support.ray_cluster import NOT_LOOPBACK, loopback_only, ray_available

KINDS = ("pool", "ray")


def require_ray() -> None:
    """Skip where Ray cannot run here; in CI that is a failure, not a skip (the contract must be checked)."""
    problem = "" if ray_available() else "ray is not installed (requirements-cluster.txt)"
    problem = problem or ("" if loopback_only() else NOT_LOOPBACK)
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(problem)
        pytest.skip(problem)


def open_backend(kind: str, request: pytest.FixtureRequest, **idle: float) -> TrainingBackend:
    """A fresh backend of ``kind``; for Ray, on the session's one-node cluster (fixture ``ray_address``)."""
    if kind == "pool":
        return ProcessPool(1, **idle)
    require_ray()
    from playground.training.runner.ray_backend import RayBackend  # noqa: PLC0415 (ray is optional)

    return RayBackend(request.getfixturevalue("ray_address"), **idle)


def wait_until(predicate: Callable[[], object], timeout: float = 60.0, pause: float = 0.05) -> None:
    """Poll ``predicate`` until it holds; fail the test with "timed out" after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(pause)
