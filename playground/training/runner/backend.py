"""The interface between the training page and whatever runs the trainers.

Why an interface: today trainers run in a pool of local worker processes
(:mod:`playground.training.runner.pool`); a classroom cluster could run them on a job
engine (Ray, Celery, a Kubernetes queue) by implementing these few methods.
The page only sends commands and reads snapshots, so it never waits for
training and training speed is not tied to the redraw rate. What a command
carries and which statuses a snapshot may report is fixed in
:mod:`playground.training.runner.protocol`, for every backend alike.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from playground.training.config import TrainConfig
from playground.training.runner.jobs import JobReport, JobSpec
from playground.training.runner.protocol import StepUnit
from playground.training.snapshot import Snapshot
from playground.training.toy_data import Split

__all__ = ["IDLE_FREE_S", "IDLE_PAUSE_S", "StepUnit", "TrainingBackend"]
IDLE_PAUSE_S = 5.0  # a running trainer nobody polled for this long (tab closed) pauses
IDLE_FREE_S = 900.0  # a trainer nobody touched for this long is freed


class TrainingBackend(ABC):
    """Runs many trainers at once; every call returns at once except :meth:`fetch`."""

    notice: str = ""
    """An i18n key the pages show above their work when the backend is not the one configured
    (the cluster was unreachable and training fell back to this server, or nothing can train)."""

    @abstractmethod
    def create(self, config: TrainConfig, data: Split, device: str = "cpu", tag: str = "") -> str:
        """Start a paused trainer and return its session id (also its run id, which a page's URL may carry).

        ``tag``: a short string the page recognises the run by when it attaches to it again
        (the training studio passes its structure key).
        """

    @abstractmethod
    def create_job(self, spec: JobSpec, device: str = "cpu", tag: str = "") -> str:
        """Start a paused job of another studio (``playground.training.runner.jobs``); return its session id.

        ``start``, ``pause``, ``step``, ``request_snapshot``, ``orphan`` and
        ``release`` work on it as on a trainer.
        """

    @abstractmethod
    def attach(self, session_id: str) -> str | None:
        """Find a live run by its id (a URL opened again, maybe on another app replica); its tag, or None.

        Why: the page's own memory (``st.session_state``) lives in one app
        server; the run id in the URL is what a reconnected or re-opened page
        knows. On the local pool only runs of this server are found; on a
        cluster any replica finds any run.
        """

    def queue_position(self, session_id: str) -> int | None:
        """1 for the next session to start when a trainer is waiting for room on a full cluster; else None."""
        return None

    @abstractmethod
    def control(self, session_id: str, name: str, value: object) -> None:
        """Change one of a job's live knobs (``Job.control``)."""

    @abstractmethod
    def latest_report(self, session_id: str) -> JobReport | None:
        """A job's newest report (status 'crashed' or 'gone', data None, if the job is lost)."""

    @abstractmethod
    def fetch_report(self, session_id: str, detail: bool = False, timeout: float = 5.0) -> JobReport | None:
        """Request a job's report (``detail``: the rare big one, e.g. weights) and wait for it."""

    @abstractmethod
    def configure(self, session_id: str, config: TrainConfig) -> None:
        """Change live settings (loss, optimizer and knobs, schedule, batch, stop conditions)."""

    @abstractmethod
    def start(self, session_id: str) -> None: ...

    @abstractmethod
    def pause(self, session_id: str) -> None: ...

    @abstractmethod
    def step(self, session_id: str, unit: StepUnit = "batch") -> None: ...

    @abstractmethod
    def request_snapshot(self, session_id: str, weights: bool = False, probe: bool = True) -> int:
        """Ask for a fresh snapshot (this also counts as 'someone is watching'); return its request id.

        ``probe=False`` leaves out the boundary and neuron maps (a browser view draws them from the model).
        """

    @abstractmethod
    def latest(self, session_id: str) -> Snapshot | None:
        """The newest snapshot received so far (status 'crashed' or 'gone' if the trainer is lost)."""

    @abstractmethod
    def fetch(self, session_id: str, weights: bool = False, timeout: float = 5.0) -> Snapshot | None:
        """Request a snapshot and wait for it (or give up after ``timeout``)."""

    def orphan(self, session_id: str, grace_s: float = 60.0) -> None:
        """The page's session ended: free the trainer unless the page comes back within ``grace_s``.

        A backend without a grace period frees it at once.
        """
        self.release(session_id)

    @abstractmethod
    def release(self, session_id: str) -> None:
        """Free the trainer now (reset, new data)."""

    @abstractmethod
    def shutdown(self) -> None: ...

    @abstractmethod
    def describe(self) -> dict[str, int]:
        """Numbers for the page: workers, live sessions."""
