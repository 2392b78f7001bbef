"""What the page's side and a trainer's worker say to each other: typed commands, messages and statuses.

Why dataclasses and a ``Literal``: the worker protocol used to be positional
tuples (``("snapshot", sid, request_id, weights)``) and bare status strings
compared in five files, so a swapped argument or a misspelt status
(``"finised"``) failed silently. Here each command names its fields, a
``match`` on the class replaces the string dispatch, and a status that is not
one of ``TrainerStatus`` cannot be set (``check_status``). Everything here is
small and picklable: it crosses a process boundary (a pipe today, a Ray
actor call tomorrow) unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:  # only for annotations: the worker imports this module before torch
    from playground.training.config import TrainConfig
    from playground.training.runner.jobs import JobReport, JobSpec
    from playground.training.snapshot import Snapshot
    from playground.training.toy_data import Split

TrainerStatus = Literal["idle", "running", "paused", "finished", "diverged", "error", "crashed", "gone"]
"""idle: built, never trained; running / paused; finished: a stop condition was met;
diverged: the loss is no longer finite; error: the trainer raised (the worker lives on);
crashed: its worker died; gone: the trainer was freed (idle too long) or never existed."""
STATUSES: tuple[TrainerStatus, ...] = get_args(TrainerStatus)
LOST: tuple[TrainerStatus, ...] = ("crashed", "gone")  # no trainer behind the session any more
LIVE: tuple[TrainerStatus, ...] = ("idle", "running", "paused")  # a page keeps polling these
STEPPABLE: tuple[TrainerStatus, ...] = ("idle", "running", "paused", "finished")  # a step button works
StepUnit = Literal["batch", "epoch"]


def check_status(status: str) -> TrainerStatus:
    """``status`` if it is a ``TrainerStatus``; a ``ValueError`` (a bug, not a user error) otherwise."""
    if status not in STATUSES:
        raise ValueError(f"unknown trainer status {status!r}; known: {', '.join(STATUSES)}")
    return status  # type: ignore[return-value]


# --- page → worker ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Create:
    """Build a paused trainer for ``session_id`` on this data."""

    session_id: str
    config: TrainConfig
    data: Split
    device: str = "cpu"


@dataclass(frozen=True)
class CreateJob:
    """Build a paused job (``playground.training.runner.jobs``) for ``session_id`` from ``spec``."""

    session_id: str
    spec: JobSpec
    device: str = "cpu"


@dataclass(frozen=True)
class Control:
    """A live change of one of a job's knobs (``Job.control``)."""

    session_id: str
    name: str
    value: object


@dataclass(frozen=True)
class Configure:
    """Live changes: loss, optimizer and knobs, schedule, batch size, penalties, stop conditions."""

    session_id: str
    config: TrainConfig


@dataclass(frozen=True)
class Start:
    session_id: str


@dataclass(frozen=True)
class Pause:
    session_id: str


@dataclass(frozen=True)
class Step:
    """One mini-batch or the rest of the epoch, then paused."""

    session_id: str
    unit: StepUnit = "batch"


@dataclass(frozen=True)
class RequestSnapshot:
    """Answer with a ``SnapshotReady`` carrying ``request_id`` (and the weights if asked).

    ``probe=False``: skip the 100×100 boundary and the neuron maps, for a view
    that draws them itself from ``Snapshot.model`` (the browser's live view).
    """

    session_id: str
    request_id: int
    weights: bool = False
    probe: bool = True


@dataclass(frozen=True)
class Release:
    """Free the trainer now."""

    session_id: str


@dataclass(frozen=True)
class Orphan:
    """The page's session ended (tab closed): free the trainer unless it hears from the page within ``grace_s``.

    Why a grace period and not ``Release``: Streamlit also ends a session's
    resources when its websocket drops for a moment; a student whose Wi-Fi
    blinks must find their run still there when the tab reconnects.
    """

    session_id: str
    grace_s: float = 60.0


@dataclass(frozen=True)
class Quit:
    """Stop the worker process."""


Command = Create | CreateJob | Control | Configure | Start | Pause | Step | RequestSnapshot | Release | Orphan | Quit


# --- worker → page ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Ready:
    """The worker has imported torch and listens."""

    worker_index: int


@dataclass(frozen=True)
class SnapshotReady:
    """A trainer's ``Snapshot`` or a job's ``JobReport`` (both carry session_id, status, request_id)."""

    snapshot: Snapshot | JobReport

    @property
    def session_id(self) -> str:
        return self.snapshot.session_id


@dataclass(frozen=True)
class Gone:
    """There is no trainer for this session (freed after being idle, or released)."""

    session_id: str


@dataclass(frozen=True)
class Failed:
    """The trainer raised; ``error`` is the exception's type and text for the server log."""

    session_id: str
    error: str


Message = Ready | SnapshotReady | Gone | Failed
