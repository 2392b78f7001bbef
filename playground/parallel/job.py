"""An experiment as a backend ``Job``: start the measuring child, poll its lines, kill it at the time cap.

Why polled and not waited for: the worker calls ``run(budget_s)`` in ~10 ms
slices round robin with every other student's training; a measurement takes
seconds. ``run`` starts the child (``playground.parallel.child``) once, then
only reads the lines it wrote since the last call and sleeps out its slice
(so a waiting job does not spin the worker's core that the measurement
needs). The child runs in its own process group, so the cap kills it with
every DDP rank or training process it started.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from playground.parallel.results import Result, read_lines
from playground.training.runner.jobs import Job, JobSpec

ROOT = Path(__file__).resolve().parents[2]  # the repository: the child imports ``playground`` from here
CAP_GRACE_S = 5.0  # beyond the experiment's cap: the child's own alarm fires first


def child_command(out_path: Path) -> list[str]:
    return [sys.executable, "-m", "playground.parallel.child", str(out_path)]


class ExperimentJob(Job):
    """One measurement in a child process; ``report`` is the :class:`Result` so far."""

    def __init__(self, experiment: str, values: dict[str, Any], device: str, cap_s: float) -> None:
        super().__init__()
        self.result = Result(experiment, values)
        self._request = {"experiment": experiment, "values": values, "device": device, "cap_s": cap_s}
        self._cap_s = cap_s
        self._dir: Path | None = None  # its own folder, made when it starts
        self._out = Path()
        self._offset = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._started = 0.0

    def _start(self) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="parallel-"))
        self._out = self._dir / "lines.jsonl"
        self._out.touch()
        log = open(self._dir / "stderr.txt", "wb")  # noqa: SIM115 (the child holds it; closed with the job)
        path = os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH", ""))))
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": path}
        self._process = subprocess.Popen(
            child_command(self._out),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
            env=env,
            cwd=ROOT,
        )
        log.close()
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps(self._request).encode())
        self._process.stdin.close()
        self._started = time.monotonic()

    def run(self, budget_s: float) -> None:
        if self._process is None:
            self._start()
            return
        self._collect()
        code = self._process.poll()
        if code is not None:
            self._collect()
            if code == -getattr(signal, "SIGALRM", 14) and not self.result.done:  # the child's own cap fired
                self.result.capped = True
                self._finish("parallel.msg.capped")
                return
            if not self.result.done and not self.result.error:
                self.result.error = self._stderr_tail() or f"exit status {code}"
            self._finish("parallel.msg.error" if self.result.error else "")
            return
        if time.monotonic() - self._started > self._cap_s + CAP_GRACE_S:
            self.kill()
            self._collect()
            self.result.capped = True
            self._finish("parallel.msg.capped")
            return
        time.sleep(min(budget_s, 0.05))  # nothing to do until the child writes: give the core to it

    def _collect(self) -> None:
        lines, self._offset = read_lines(self._out, self._offset)
        for line in lines:
            self.result.apply(line)

    def _stderr_tail(self) -> str:
        if self._dir is None:
            return ""
        try:
            return (self._dir / "stderr.txt").read_text(encoding="utf-8", errors="replace")[-600:].strip()
        except OSError:
            return ""

    def _finish(self, message: str) -> None:
        self.status, self.message = "finished", message
        if self._dir is not None:  # everything it wrote is in ``result`` now
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def kill(self) -> None:
        """Stop the child and every process it started (its own process group)."""
        if self._process is not None and self._process.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self._process.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=5)

    def step(self, unit: str) -> None:  # type: ignore[override]
        self.run(0.01)

    def report(self, detail: bool) -> Result:
        return replace(
            self.result, points=list(self.result.points), extra=dict(self.result.extra), notes=list(self.result.notes)
        )

    def __del__(self) -> None:  # the worker freed the job (released, or nobody watched): no child outlives it
        with contextlib.suppress(Exception):
            self.kill()


@dataclass(frozen=True)
class ExperimentSpec(JobSpec):
    """Which experiment with which (already checked) settings, on which device; crosses the pipe to a worker."""

    experiment: str
    values: tuple[tuple[str, Any], ...]
    device: str = "cpu"

    def build(self, session_id: str, device: str) -> Job:
        from playground.parallel.experiments import EXPERIMENTS  # noqa: PLC0415

        entry = EXPERIMENTS[self.experiment]
        return ExperimentJob(self.experiment, dict(self.values), self.device, entry.cap_for(dict(self.values)))


def run_here(experiment: str, values: dict[str, Any], device: str = "cpu", poll_s: float = 0.05) -> Result:
    """Run one experiment's job to its end in this process (a notebook, a test, the benchmark)."""
    job = ExperimentSpec(experiment, tuple(sorted(values.items())), device).build("here", device)
    job.status = "running"
    while job.status == "running":
        job.run(poll_s)
    return job.report(False)
