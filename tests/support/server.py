"""Start ``streamlit run`` on a free loopback port and wait until it is healthy.

One server per browser-test module (a module-scoped fixture) keeps the suite
fast: starting Streamlit with torch costs several seconds.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def streamlit_server(timeout_s: float = 90.0, script: str = "app.py") -> Iterator[str]:
    """Yield the base URL of a fresh app server; stop it afterwards.

    ``app.py`` is how the app is served (``scripts/run_app.sh``): the router plus
    the training live view's feed. ``streamlit_app.py`` serves the router alone.
    """
    port = free_port()
    log_path = ROOT / "test-results" / f"streamlit-{port}.log"
    log_path.parent.mkdir(exist_ok=True)
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / script),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
    ]  # fmt: skip
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=os.environ.copy())
        base_url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(base_url, process, timeout_s, log_path)
            yield base_url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_healthy(base_url: str, process: subprocess.Popen, timeout_s: float, log_path: Path) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log_path.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"streamlit did not become healthy in {timeout_s} s:\n{log_path.read_text(errors='replace')}")
