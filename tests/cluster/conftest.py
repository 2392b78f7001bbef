"""The loopback demo cluster (``scripts/run_cluster.sh``) for the tests in this folder, one for all of them.

A Ray head and a second Ray node (one CPU each), two app replicas on the Ray
backend and HAProxy in front start once for this folder and stop after it
(starting them costs about a minute of the suite's budget on two cores);
:class:`Cluster` gives the proxy's URL, the state directory (process ids,
ports, logs) and the faults: stopping or killing one replica or one node, and
starting it again. A test that breaks something puts it back, since every
test of the folder shares the cluster.

Only in a loopback-only network namespace (``scripts/test.sh`` runs the suite
in one): elsewhere Ray would advertise this host's address, so these tests
skip and say why.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.ray_cluster import NOT_LOOPBACK, loopback_only
from support.server import ROOT

SCRIPT = ROOT / "scripts" / "run_cluster.sh"
# Fixed ports are safe: the namespace is this test run's own. Replicas P+1.., Ray from P+1000.
PORT = int(os.environ.get("PLAYGROUND_CLUSTER_TEST_PORT", "18600"))
START_TIMEOUT_S = 300  # two Ray nodes and two Streamlit replicas starting together on two cores


@dataclass(frozen=True)
class Cluster:
    url: str  # the proxy, where students connect
    state_dir: Path  # run_cluster.sh's pids/, logs/, cluster.env
    settings: dict[str, str]

    @property
    def ray_address(self) -> str:
        return self.settings["RAY_ADDRESS"]

    @property
    def replicas(self) -> int:
        return int(self.settings["REPLICAS"])

    def replica_url(self, k: int) -> str:
        """Replica ``k`` directly (1-based), bypassing the proxy."""
        return self.settings[f"REPLICA_{k}_URL"]

    def run(self, *args: str, timeout: float = 180, check: bool = True) -> subprocess.CompletedProcess[str]:
        """``run_cluster.sh ARGS --state-dir <this cluster's>``; a failure shows the script's output."""
        done = subprocess.run(
            ["bash", str(SCRIPT), *args, "--state-dir", str(self.state_dir)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and done.returncode != 0:
            raise AssertionError(
                f"run_cluster.sh {' '.join(args)} failed ({done.returncode}):\n{done.stdout}{done.stderr}"
            )
        return done

    # --- faults: by the process ids the script recorded ---
    def stop_replica(self, k: int, kill: bool = False) -> None:
        """SIGTERM (or SIGKILL: a crash) replica ``k``; HAProxy marks it down within ~2 s."""
        self.run("stop-replica", str(k), *(["--kill"] if kill else []))

    def start_replica(self, k: int) -> None:
        """Start replica ``k`` again; returns once it is healthy and HAProxy sends students to it."""
        self.run("start-replica", str(k))

    def stop_node(self, k: int, kill: bool = False) -> None:
        """Stop Ray node ``k`` (2: the second node; 1 is the head, which takes the whole cluster down).

        SIGTERM drains the node (up to 30 s); ``kill=True`` SIGKILLs its raylet and workers at once,
        as a host losing power would (Ray then notices the node's death after its health checks).
        """
        self.run("stop-node", str(k), *(["--kill"] if kill else []))

    def start_node(self, k: int) -> None:
        """Start Ray node ``k`` (not the head) again; returns once the head counts it."""
        self.run("start-node", str(k))

    # --- what is up ---
    def status(self) -> str:
        return self.run("status", check=False).stdout

    def ray_nodes(self) -> int:
        """Nodes the Ray head counts as alive."""
        found = re.search(r"ray: (\d+) node\(s\) alive", self.status())
        return int(found.group(1)) if found else 0

    def proxy_state(self, k: int) -> str:
        """``UP``, ``DOWN``… as HAProxy's health checks see replica ``k``."""
        with urllib.request.urlopen(f"{self.settings['STATS_URL']};csv", timeout=5) as response:
            for line in response.read().decode().splitlines():
                fields = line.split(",")
                if fields[:2] == ["replicas", f"r{k}"]:
                    return fields[17]
        return ""

    def wait_proxy_state(self, k: int, state: str, timeout_s: float = 30) -> None:
        deadline = time.monotonic() + timeout_s
        while (seen := self.proxy_state(k)) != state:
            assert time.monotonic() < deadline, f"HAProxy sees r{k} as {seen!r}, not {state!r}, after {timeout_s} s"
            time.sleep(0.25)

    def log(self, name: str) -> str:
        """A component's log: ``replica-1``, ``ray-node-2``, ``haproxy``."""
        return (self.state_dir / "logs" / f"{name}.log").read_text(errors="replace")


def read_settings(state_dir: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in (state_dir / "cluster.env").read_text().splitlines() if "=" in line)
    return dict(pairs)


def fresh_state_dir(module: str) -> Path:
    """``.cluster/tests/<module>.<pid>``, the earlier runs' directories removed once nothing of theirs runs.

    Why not test-results/: pytest-playwright deletes that folder when any pytest session starts, and a
    cluster whose process ids vanish could not be stopped. The pid keeps two runs apart (each in its own
    network namespace, so their ports do not collide, but their records would).
    """
    parent = ROOT / ".cluster" / "tests"
    for old in parent.glob(f"{module}.*"):
        if not any((old / "pids").glob("*.pid")):
            shutil.rmtree(old, ignore_errors=True)
    state_dir = parent / f"{module}.{os.getpid()}"
    state_dir.mkdir(parents=True, exist_ok=True)
    return state_dir


@pytest.fixture(scope="package")
def cluster() -> Iterator[Cluster]:
    """The whole demo cluster, started for this folder and stopped after it (its logs stay in .cluster/tests/)."""
    if not loopback_only():
        pytest.skip(NOT_LOOPBACK)
    state_dir = fresh_state_dir("cluster")
    command = ["bash", str(SCRIPT), "--state-dir", str(state_dir)]
    started = subprocess.run(
        [*command[:2], "start", *command[2:], "--port", str(PORT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
        check=False,
        # A closed tab's runs (and so their CPUs) are freed after 5 s, not a minute: the tests share the
        # cluster's two CPUs, and each test's browser closes when it ends.
        env={**os.environ, "PLAYGROUND_ORPHAN_GRACE_S": "5"},
    )
    try:
        if started.returncode != 0:
            pytest.fail(f"run_cluster.sh start failed:\n{started.stdout}{started.stderr}", pytrace=False)
        yield Cluster(f"http://127.0.0.1:{PORT}", state_dir, read_settings(state_dir))
    finally:
        subprocess.run([*command[:2], "stop", *command[2:]], cwd=ROOT, capture_output=True, timeout=180, check=False)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/cluster/" in str(item.fspath):
            item.add_marker(pytest.mark.cluster)
