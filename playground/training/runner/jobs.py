"""Long work other than the training studio's trainer: ensembles, the applications' trainings, experiments.

Why one more abstraction: the house has one training backend, and the new
studios (fusion, vision, speech, language, parallel) must run behind it too,
in the same worker processes, with the same pause, step, snapshot, idle-pause,
orphan and crash handling the training studio already has. A studio writes
two small things:

- a ``JobSpec``: a frozen, picklable dataclass that says what to build (it
  crosses the pipe to a worker, so it holds settings and small arrays, never
  a model);
- a ``Job``: what ``JobSpec.build`` returns inside the worker. The worker calls
  ``run(budget_s)`` in slices of ~10 ms round robin with every other session,
  ``report(detail)`` when the page asks for a picture, and ``control`` for a
  live change of a knob.

The page calls ``backend.create_job(spec)``, ``start``/``pause``/``step``/
``release`` as for a trainer, ``control(sid, name, value)``, and reads
``latest_report(sid)`` / ``fetch_report(sid)``. A ``Job`` is plain Python with
no Streamlit and no pipe, so a test or a notebook drives it directly:
``job = spec.build("s", "cpu"); job.status = "running"; while job.status == "running": job.run(0.1)``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

from playground.training.runner.protocol import StepUnit, TrainerStatus, check_status

__all__ = ["Job", "JobReport", "JobSpec", "lost_report"]


class Job(ABC):
    """Work done in bounded slices by a worker; ``status`` uses the trainers' statuses.

    ``status`` starts ``"idle"``; the worker sets ``"running"`` on Start and
    ``"paused"`` on Pause (and when nobody watched for a while). The job sets
    ``"finished"`` itself when its work is done (or ``"diverged"``), and may
    set ``message`` to an i18n key the page shows.
    """

    def __init__(self) -> None:
        self.status: TrainerStatus = "idle"
        self.message: str = ""

    @abstractmethod
    def run(self, budget_s: float) -> None:
        """Work for about ``budget_s`` seconds (at least one small unit, e.g. one mini-batch), then return.

        Why a budget and not "one step": the worker shares its core between
        many sessions and must answer a Pause or a snapshot request at once;
        a job that blocks for seconds here freezes every other student on
        the worker. Work longer than a slice (a subprocess, a long
        measurement) is started here and *polled* on the next calls.
        """

    def step(self, unit: StepUnit) -> None:
        """The page's Step button (the job is paused around it): one unit of work by default."""
        self.run(0.01 if unit == "batch" else 0.5)

    @abstractmethod
    def report(self, detail: bool) -> Any:
        """A small picklable picture of the work so far, for the page to draw.

        ``detail=True`` is asked rarely (exports, a chosen example): it may
        carry state_dicts or big arrays; the periodic report should stay
        small (a few KB: curves, metrics, a coarse decision grid).
        """

    def control(self, name: str, value: Any) -> None:
        """A live change from the page (a knob while it trains). Unknown names are bugs: raise."""
        raise ValueError(f"{type(self).__name__} has no live control {name!r}")


class JobSpec(ABC):
    """What to build, sent to a worker; subclasses are frozen dataclasses of plain settings."""

    @abstractmethod
    def build(self, session_id: str, device: str) -> Job:
        """Build the job inside the worker (import torch-heavy modules here, not at module level)."""


@dataclass(frozen=True)
class JobReport:
    """What a worker answers for a job: its status, the request it answers, and the job's own report."""

    session_id: str
    status: TrainerStatus
    request_id: int
    message: str
    data: Any
    elapsed_s: float = 0.0  # seconds spent in run() so far

    def __post_init__(self) -> None:
        check_status(self.status)


def lost_report(session_id: str, status: TrainerStatus, message: str) -> JobReport:
    """What the backend returns for a job that no longer exists (its worker died, or it was freed)."""
    return JobReport(session_id, status, 0, message, None)
