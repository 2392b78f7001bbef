"""The lab's job in the server's training backend: start, pause, resume, reset, poll, and free it with the session.

Why the backend and not the script thread: training two CNNs takes seconds to
minutes; in the script it would freeze the page and die on any click. The
page sends commands and reads reports (``playground.training.runner.jobs``);
the worker pool is the training studio's (``get_backend``), so a class's
trainings share the same processes, priorities and idle rules.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from playground.training.runner.jobs import JobReport
from playground.training.runner.protocol import LOST
from playground.ui.training.session import get_backend, session_trainers  # one holder frees a tab's runs
from playground.ui.vision.keys import JOB_ID, JOB_SPEC, RESULT, RUNNING, SELECTED, STARTED_AT
from playground.vision.job import VisionSpec


def release() -> None:
    """Free the current job (Reset, or before a new one) and forget its result."""
    state = st.session_state
    sid = state.pop(JOB_ID, None)
    if sid is not None:
        get_backend().release(sid)
        session_trainers().session_ids.discard(sid)
    for key in (JOB_SPEC, RESULT, SELECTED):
        state.pop(key, None)
    state[RUNNING] = False


def train(spec: VisionSpec, device: str) -> None:
    """The Train button: a fresh job for ``spec`` (the previous one is freed), started at once."""
    release()
    backend = get_backend()
    sid = backend.create_job(spec, device)
    session_trainers().session_ids.add(sid)
    backend.start(sid)
    state = st.session_state
    state[JOB_ID], state[JOB_SPEC], state[RUNNING] = sid, spec, True
    state[STARTED_AT] = backend.request_snapshot(sid)  # reports older than this one predate the start


def pause() -> None:
    sid = st.session_state.get(JOB_ID)
    if sid:
        get_backend().pause(sid)
    st.session_state[RUNNING] = False


def resume() -> None:
    sid = st.session_state.get(JOB_ID)
    if sid:
        backend = get_backend()
        backend.start(sid)
        st.session_state[RUNNING] = True
        st.session_state[STARTED_AT] = backend.request_snapshot(sid)


def current_report(wait_s: float = 10.0) -> JobReport | None:
    """While running: the newest report, and ask for the next; otherwise a fresh one (waits for a starting worker)."""
    sid = st.session_state.get(JOB_ID)
    if sid is None:
        return None
    session_trainers().session_ids.add(sid)  # again after a reconnect: the resource is new then
    backend = get_backend()
    if st.session_state.get(RUNNING):
        report = backend.latest_report(sid)
        backend.request_snapshot(sid)
        if report is not None:
            return report
    return backend.fetch_report(sid, timeout=wait_s)


def stopped(report: JobReport) -> bool:
    """The job has stopped (finished, paused, failed, gone) according to a report sent after the last start."""
    fresh = report.request_id >= st.session_state.get(STARTED_AT, 0) or report.status in LOST
    return fresh and report.status not in ("running", "idle")


def finished_result() -> dict[str, Any] | None:
    """The finished job's detail report (scores and weights), fetched once and kept for the session."""
    state = st.session_state
    if RESULT in state:
        return state[RESULT]
    sid = state.get(JOB_ID)
    if sid is None:
        return None
    backend = get_backend()
    latest = backend.latest_report(sid)
    if latest is None or latest.status != "finished":  # the weights are asked for once, when they are final
        return None
    report = backend.fetch_report(sid, detail=True, timeout=30)
    if report is None or report.status != "finished":
        return None
    state[RESULT] = report.data
    return report.data


def job_error() -> str | None:
    sid = st.session_state.get(JOB_ID)
    return get_backend().error_of(sid) if sid else None
