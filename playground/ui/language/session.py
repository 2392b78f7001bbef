"""The lab's runs in the training backend: one job per "Train" click, polled, freed with the session.

Why one job per run (not one per session): the student compares models, so several runs live side
by side (overlaid curves, every model predicts the typed sentence). Each is a ``LanguageJobSpec``
in the server's worker pool (``playground.ui.training.session.get_backend``); nothing trains in
the script thread. When a run finishes, its weights are fetched once and a ``Predictor`` is rebuilt
here, which explains typed sentences without another round trip to the worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from playground.language.config import LanguageConfig
from playground.language.explain import Predictor
from playground.language.trainer import LanguageJobSpec
from playground.language.vocab import from_json
from playground.training.runner.jobs import JobReport
from playground.training.runner.protocol import LOST
from playground.ui.language.keys import ADDED, DETAILS, PREDICTORS, RUNS
from playground.ui.training.session import ORPHAN_GRACE_S, get_backend

MAX_RUNS = 6  # older runs are freed: each holds a model (the n-gram one: 100,000 weights) in a worker


@dataclass
class RunRecord:
    """A run this session started: its job id, settings and number on the page."""

    sid: str
    config: LanguageConfig
    number: int
    added: int = 0  # how many of the student's sentences it trained on

    @property
    def label(self) -> str:
        return f"#{self.number} {self.config.label()}"


@dataclass
class SessionJobs:
    """The job ids one browser session owns, so they are let go when the session ends."""

    sids: set[str] = field(default_factory=set)


def _session_ended(jobs: SessionJobs) -> None:
    backend = get_backend()
    for sid in list(jobs.sids):
        backend.orphan(sid, ORPHAN_GRACE_S)


@st.cache_resource(scope="session", on_release=_session_ended, show_spinner=False)
def session_jobs() -> SessionJobs:
    """This session's jobs (a session-scoped resource: Streamlit releases it when the session ends)."""
    return SessionJobs()


def runs() -> list[RunRecord]:
    return st.session_state.setdefault(RUNS, [])


def added_sentences() -> list[tuple[str, int]]:
    return st.session_state.setdefault(ADDED, [])


def start_run(config: LanguageConfig, device: str) -> RunRecord:
    """A new job for ``config`` (with the student's sentences), started at once."""
    backend = get_backend()
    added = tuple(added_sentences())
    sid = backend.create_job(LanguageJobSpec(config, added), device)
    backend.start(sid)
    session_jobs().sids.add(sid)
    records = runs()
    number = (records[-1].number + 1) if records else 1
    record = RunRecord(sid, config, number, len(added))
    records.append(record)
    while len(records) > MAX_RUNS:
        forget(records[0].sid)
    return record


def forget(sid: str) -> None:
    """Free one run in the worker and every trace of it here."""
    get_backend().release(sid)
    session_jobs().sids.discard(sid)
    st.session_state[RUNS] = [r for r in runs() if r.sid != sid]
    st.session_state.setdefault(DETAILS, {}).pop(sid, None)
    st.session_state.setdefault(PREDICTORS, {}).pop(sid, None)


def forget_all() -> None:
    for record in list(runs()):
        forget(record.sid)


def pause_all() -> None:
    backend = get_backend()
    for record, report in reports():
        if report is not None and report.status == "running":
            backend.pause(record.sid)


def resume(sid: str) -> None:
    get_backend().start(sid)


def reports() -> list[tuple[RunRecord, JobReport | None]]:
    """Each run with its latest report (asking the worker for a fresh one for the next poll)."""
    backend = get_backend()
    out = []
    for record in runs():
        session_jobs().sids.add(record.sid)  # again after a reconnect: the resource is new then
        report = backend.latest_report(record.sid)
        if report is None or report.status not in LOST:
            backend.request_snapshot(record.sid)
        out.append((record, report if report is not None else None))
    return out


def any_running() -> bool:
    """True while a run is being created or trains (the live view then polls)."""
    return any(report is None or report.status == "running" for _, report in reports())


def detail(record: RunRecord, status: str) -> dict[str, Any] | None:
    """The finished (or paused) run's weights, vocabulary and mistakes, fetched once per epoch reached."""
    store: dict[str, dict[str, Any]] = st.session_state.setdefault(DETAILS, {})
    kept = store.get(record.sid)
    report = get_backend().latest_report(record.sid)
    epoch = report.data.get("epoch", 0) if report is not None and report.data else 0
    if kept is not None and kept.get("epoch") == epoch:
        return kept
    if status not in ("finished", "paused") or epoch < 1:
        return kept
    fetched = get_backend().fetch_report(record.sid, detail=True, timeout=10.0)
    if fetched is None or not fetched.data or "state_dict" not in fetched.data:
        return kept
    store[record.sid] = fetched.data
    st.session_state.setdefault(PREDICTORS, {}).pop(record.sid, None)
    return fetched.data


def predictor(record: RunRecord) -> Predictor | None:
    """The run's model rebuilt here from its weights (once per fetched detail)."""
    data = st.session_state.setdefault(DETAILS, {}).get(record.sid)
    if data is None:
        return None
    cache: dict[str, Predictor] = st.session_state.setdefault(PREDICTORS, {})
    if record.sid not in cache and "state_dict" in data:
        # the weights now live in the rebuilt model only: one copy per run in this session's memory, not two
        cache[record.sid] = Predictor.from_state(record.config, data.pop("state_dict"), from_json(data["vocab"]))
    return cache.get(record.sid)


def trained() -> list[tuple[RunRecord, Predictor]]:
    """Every run with weights here, newest first: the models that explain the typed sentence."""
    out = []
    for record, report in reports():
        if report is None or report.data is None:
            continue
        detail(record, report.status)
        model = predictor(record)
        if model is not None:
            out.append((record, model))
    return out[::-1]
