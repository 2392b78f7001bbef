"""The page's side of the lab's training: one job per Train press, in the server's worker pool.

Why the training studio's pool and session resource: the house has one
training backend (``get_backend()``), and the session-scoped resource that
frees a closed tab's trainers frees this lab's job the same way (the job's
id joins that set). The page only sends commands and reads reports; the
finished runs (histories, predictions, weights as bytes) are kept in
``st.session_state[RESULT]`` so evaluation, try-it and exports redraw
without asking the worker again.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from playground.augment.audio.pipeline import Pipeline
from playground.speech.export import state_bytes
from playground.speech.job import SpeechSpec
from playground.speech.settings import SpeechConfig
from playground.training.runner.jobs import JobReport
from playground.ui.speech.keys import JOB_CONFIG, JOB_PIPELINE, RESULT, RUNNING, SESSION_ID
from playground.ui.training.session import get_backend, session_trainers

LIVE = ("idle", "running", "paused")
__all__ = ["LIVE", "finish", "forget", "get_backend", "latest", "pause", "resume", "train"]


def _release_current() -> None:
    sid = st.session_state.pop(SESSION_ID, None)
    if sid is not None:
        get_backend().release(sid)
        session_trainers().session_ids.discard(sid)


def train(config: SpeechConfig, pipeline: Pipeline, device: str) -> None:
    """The Train button: a fresh job with both runs, started at once (the old one, if any, is let go)."""
    _release_current()
    backend = get_backend()
    pipeline_json = pipeline.to_json()
    sid = backend.create_job(SpeechSpec(config, pipeline_json), device)
    session_trainers().session_ids.add(sid)
    backend.start(sid)
    s = st.session_state
    s[SESSION_ID], s[JOB_CONFIG], s[JOB_PIPELINE], s[RUNNING] = sid, config, pipeline_json, True
    s.pop(RESULT, None)


def forget() -> None:
    """The job failed or is gone: stop polling and let the next Train press start a fresh one."""
    st.session_state[RUNNING] = False
    _release_current()


def pause() -> None:
    sid = st.session_state.get(SESSION_ID)
    if sid:
        get_backend().pause(sid)
    st.session_state[RUNNING] = False


def resume() -> None:
    sid = st.session_state.get(SESSION_ID)
    if sid:
        get_backend().start(sid)
        st.session_state[RUNNING] = True


def latest() -> JobReport | None:
    """The newest report of this session's job (asks the worker for a fresh one)."""
    sid = st.session_state.get(SESSION_ID)
    if sid is None:
        return None
    session_trainers().session_ids.add(sid)  # again after a reconnect: the resource is new then
    return get_backend().fetch_report(sid, timeout=0.3)  # short: the fragment must end well before its next tick


def finish(report: JobReport) -> None:
    """Both runs are done: keep their histories, predictions and weights, and free the worker's copy."""
    sid = st.session_state.get(SESSION_ID)
    detail = get_backend().fetch_report(sid, detail=True, timeout=10.0) if sid else None
    data = (detail or report).data or {}
    runs: dict[str, Any] = {}
    for name, run in data.get("runs", {}).items():
        runs[name] = {"history": run["history"], "predictions": run.get("predictions", {}),
                      "state": state_bytes(run["state_dict"]) if "state_dict" in run else b""}  # fmt: skip
    s = st.session_state
    s[RESULT] = {"config": s.get(JOB_CONFIG), "pipeline": s.get(JOB_PIPELINE, ""), "runs": runs}
    st.session_state[RUNNING] = False
    _release_current()
