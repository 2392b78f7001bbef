"""The page's side of the fusion jobs: the server's worker pool, one job per slot per browser session.

Why the training studio's pool: every long piece of work in the playground
runs behind one backend, in worker processes (never in this script thread).
The page has three slots (``ens``: the ensemble, ``bv``: bias–variance,
``mi``: the two-input models); each holds one job id, a running flag and the
settings it was built from. A session-scoped resource lets the jobs go when
the browser session ends (after a grace, in case the tab reconnects).
"""

from __future__ import annotations

import json
from dataclasses import asdict

import streamlit as st

from playground.training.runner.jobs import JobReport, JobSpec
from playground.training.runner.protocol import LOST, StepUnit
from playground.ui.fusion.keys import job_keys, report_key, waiting_key
from playground.ui.training.session import get_backend, session_trainers  # one holder frees a tab's runs

STOPPED = ("finished", "diverged", "error", *LOST)  # a job in one of these no longer trains


def ensure_job(slot: str, spec: JobSpec, device: str) -> str:
    """The slot's job for ``spec`` on ``device``: the same one while the settings stay, a new one when they change."""
    sid_key, running_key, structure_key = job_keys(slot)
    s, backend = st.session_state, get_backend()
    structure = json.dumps([type(spec).__name__, asdict(spec), device], sort_keys=True, default=str)  # type: ignore[call-overload]
    sid = s.get(sid_key)
    if sid is None or s.get(structure_key) != structure:
        if sid is not None:
            release(slot)
        sid = backend.create_job(spec, device)
        s[sid_key], s[structure_key], s[running_key], s[waiting_key(slot)] = sid, structure, False, True
        s.pop(report_key(slot), None)
    session_trainers().session_ids.add(sid)
    return sid


def release(slot: str) -> None:
    sid_key, running_key, structure_key = job_keys(slot)
    s = st.session_state
    sid = s.pop(sid_key, None)
    if sid is not None:
        get_backend().release(sid)
        session_trainers().session_ids.discard(sid)
    s[running_key] = False
    s.pop(structure_key, None)
    s.pop(report_key(slot), None)


def running(slot: str) -> bool:
    return bool(st.session_state.get(job_keys(slot)[1]))


def play(slot: str) -> None:
    sid_key, running_key, _ = job_keys(slot)
    sid = st.session_state.get(sid_key)
    st.session_state.pop(report_key(slot), None)
    if sid:
        get_backend().start(sid)
        st.session_state[running_key] = True


def pause(slot: str) -> None:
    sid_key, running_key, _ = job_keys(slot)
    sid = st.session_state.get(sid_key)
    st.session_state.pop(report_key(slot), None)
    if sid:
        get_backend().pause(sid)
        st.session_state[running_key] = False


def step(slot: str, unit: StepUnit = "epoch") -> None:
    sid_key, running_key, _ = job_keys(slot)
    sid = st.session_state.get(sid_key)
    st.session_state.pop(report_key(slot), None)
    if sid:
        get_backend().step(sid, unit)
        st.session_state[running_key] = False


def report(slot: str, detail: bool = False, timeout: float = 10.0) -> JobReport | None:
    """While running: the newest report (and ask for the next); otherwise the last one, or wait for a fresh one.

    Why keep the last one: a job that is not training does not change, and a full rerun that waited for
    every slot's worker in turn took seconds on a busy host, long enough for a training job elsewhere on
    the page to miss its polls and pause itself.
    """
    sid_key, running_key, _ = job_keys(slot)
    sid = st.session_state.get(sid_key)
    if sid is None:
        return None
    backend = get_backend()
    cached = st.session_state.get(report_key(slot))
    if not detail and not st.session_state.get(running_key) and cached is not None and cached.session_id == sid:
        return cached
    if st.session_state.get(running_key) and not detail:
        latest = backend.latest_report(sid)
        backend.request_snapshot(sid)
        if latest is not None:
            if latest.status in STOPPED or latest.message == "train.msg.idle_paused":
                st.session_state[running_key] = False
            st.session_state[report_key(slot)] = latest
            return latest
    fetched = backend.fetch_report(sid, detail=detail, timeout=timeout)
    if fetched is not None and (fetched.status in STOPPED or fetched.status == "paused"):
        st.session_state[running_key] = False
    if fetched is not None and not detail and fetched.data is not None:
        st.session_state[report_key(slot)] = fetched
    return fetched


def ticking(slot: str) -> bool:
    """Whether the slot's view should poll: while its job trains, or until a new job first answers."""
    return running(slot) or bool(st.session_state.get(waiting_key(slot)))


def poll(slot: str, was_ticking: bool) -> JobReport | None:
    """The report a view draws this tick; a full rerun when polling should start or stop."""
    waiting = bool(st.session_state.get(waiting_key(slot)))
    answer = report(slot, timeout=1.0 if waiting else 10.0)
    if answer is None:
        st.session_state[waiting_key(slot)] = True
        if not was_ticking:
            st.rerun()  # start polling: the worker is still starting
        return None
    st.session_state[waiting_key(slot)] = False
    if was_ticking and not running(slot):
        st.rerun()  # the first answer came, or the job stopped by itself: stop polling, flip the buttons
    return answer
