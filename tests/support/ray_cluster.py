"""A real one-node Ray cluster for the backend contract tests, on loopback only.

Why only in a loopback-only network namespace: Ray will not use 127.0.0.1
while the host has another interface (it picks the host's address, so its
traffic would leave loopback); ``scripts/test.sh`` runs the suite in a
namespace that has only ``lo``. Elsewhere these tests skip and say why.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from support.server import ROOT, free_port

RAY = Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin" / "ray"
# Token authentication with a token of the test run's own, set before anything imports ray (it reads the
# mode once): nobody else on the machine can use the cluster, and a token another cluster left in
# ~/.ray/auth_token does not lock this one out. The test process is the cluster's driver; the head inherits it.
os.environ.update({"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32)})
os.environ.pop("RAY_AUTH_TOKEN_PATH", None)
NOT_LOOPBACK = "Ray tests need a loopback-only network namespace: run them through scripts/test.sh"


def loopback_only() -> bool:
    """Whether ``lo`` is this process's only network interface (so Ray's every address is 127.0.0.1)."""
    return [name for _, name in socket.if_nameindex()] == ["lo"]


def ray_available() -> bool:
    try:
        import ray  # noqa: F401, PLC0415
    except ImportError:
        return False
    return RAY.exists()


@contextmanager
def ray_head(num_cpus: int = 2, timeout_s: float = 60.0) -> Iterator[str]:
    """Start ``ray start --head --block`` (our own process group) and yield its address; stop it after."""
    port = free_port()
    log_path = ROOT / "test-results" / f"ray-head-{port}.log"
    log_path.parent.mkdir(exist_ok=True)
    paths = [str(ROOT), str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")]  # actors import tests' job specs
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    command = [
        str(RAY), "start", "--head", "--block", f"--port={port}", f"--num-cpus={num_cpus}",
        "--include-dashboard=false", "--disable-usage-stats",
        f"--temp-dir=/tmp/ray-test-{port}",
    ]  # fmt: skip
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        address = f"127.0.0.1:{port}"
        try:
            _wait_for_port(port, process, timeout_s, log_path)
            yield address
        finally:
            _stop_group(process)


def _wait_for_port(port: int, process: subprocess.Popen, timeout_s: float, log_path: Path) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"ray start exited early:\n{log_path.read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1.0):
                time.sleep(2.0)  # the GCS listens before the raylet has registered
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"ray head not up after {timeout_s:.0f} s:\n{log_path.read_text(errors='replace')}")


def _stop_group(process: subprocess.Popen) -> None:
    """SIGTERM to ``ray start --block`` stops its node's processes; the group kill catches stragglers."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        pass
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
