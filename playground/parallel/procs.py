"""Starting, waiting for and killing the helper processes an experiment uses (DDP ranks, trainings).

Why subprocess and not multiprocessing: the measuring child is itself a
plain process, but the code must also run from places where multiprocessing
children are not allowed (daemon workers), and a helper started with
``python -m`` imports nothing of the parent's state. Every helper is killed
when the deadline passes, so a hung rank never outlives its experiment.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (gloo's rendezvous)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_module(module: str, settings: dict[str, object], **options: object) -> subprocess.Popen[bytes]:
    """``python -m module '<settings as JSON>'`` with ``playground`` importable."""
    path = os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH", ""))))
    env = {**os.environ, "PYTHONPATH": path, "PYTHONUNBUFFERED": "1", "OMP_NUM_THREADS": "1"}
    return subprocess.Popen([sys.executable, "-m", module, json.dumps(settings)], cwd=ROOT, env=env, **options)  # type: ignore[call-overload, no-any-return]


def wait_all(processes: Sequence[subprocess.Popen[bytes]], timeout_s: float) -> list[int]:
    """Every process's exit status; all are killed when ``timeout_s`` passes first (status -9)."""
    deadline = time.monotonic() + timeout_s
    for process in processes:
        left = deadline - time.monotonic()
        try:
            process.wait(timeout=max(0.01, left))
        except subprocess.TimeoutExpired:
            break
    kill_all(processes)
    return [process.returncode if process.returncode is not None else -9 for process in processes]


def kill_all(processes: Sequence[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)
