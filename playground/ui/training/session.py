"""The page's side of training: one worker pool per server, one trainer per browser session.

Why ``st.cache_resource`` for the pool: worker processes are expensive (each
imports torch) and shared by every user of the server; they are started once
and stopped when the server exits (``atexit`` in the pool). Per-user things
(which trainer is mine, is it running, my finished runs) live in
``st.session_state`` under the keys of ``playground.ui.training.keys``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass

import numpy as np
import streamlit as st

from playground.training.config import TrainConfig
from playground.training.runner.backend import TrainingBackend
from playground.training.runner.choose import BackendHolder, make_backend, settings_from_environment
from playground.training.runner.live_feed import FEEDS
from playground.training.runner.pool import ProcessPool
from playground.training.runner.protocol import StepUnit
from playground.training.snapshot import Snapshot
from playground.training.toy_data import Split
from playground.ui.i18n import t
from playground.ui.training.keys import LIVE_CONFIG, RUN_CONFIG, RUNNING, RUNS, SESSION_ID, STRUCTURE

MAX_RUNS = 8


def _secrets_table() -> dict[str, object]:
    """The ``[playground]`` table of ``.streamlit/secrets.toml``, empty when there is no such file."""
    try:
        return dict(st.secrets.get("playground", {})) if st.secrets.load_if_toml_exists() else {}
    except Exception:  # (a broken secrets file must not stop the app; the log says why)
        logging.getLogger(__name__).exception("could not read .streamlit/secrets.toml")
        return {}


@st.cache_resource(show_spinner=False)
def _backend_holder() -> BackendHolder:
    settings = settings_from_environment(_secrets_table())
    return BackendHolder(lambda: make_backend(settings, ProcessPool))


def get_backend() -> TrainingBackend:
    """The server's backend: the worker pool (one process per core) unless a Ray cluster is configured.

    Created on first use and shared by every session; an unreachable cluster is asked again every
    few seconds (``runner.choose``).
    """
    return _backend_holder().get()


def backend_notice() -> None:
    """Say above a page's work when training does not run where the server was set up to run it."""
    notice = get_backend().notice
    if notice:
        st.warning(t(notice), icon=":material/cloud_off:")


def starting_notice(session_id: str | None, starting_key: str) -> None:
    """While a run has not answered yet: its place in a full cluster's queue, else the page's "starting" line."""
    place = get_backend().queue_position(session_id) if session_id else None
    if place is not None:
        st.warning(t("train.msg.queued", n=place), icon=":material/groups:")
    else:
        st.info(t(starting_key), icon=":material/hourglass_top:")


def _orphan_grace_s(default: float = 60.0) -> float:
    """How long a closed tab keeps its runs: ``PLAYGROUND_ORPHAN_GRACE_S`` (1 s to 1 h), else a minute.

    Why a setting: on a cluster a kept run also keeps its CPU, so a course may want it shorter;
    a class on flaky Wi-Fi may want it longer.
    """
    try:
        return min(3600.0, max(1.0, float(os.environ.get("PLAYGROUND_ORPHAN_GRACE_S", default))))
    except ValueError:
        return default


ORPHAN_GRACE_S = _orphan_grace_s()  # a tab closed for longer than this loses its runs (memory, a cluster's CPU)


@dataclass
class SessionTrainers:
    """The trainers one browser session owns, so they can be let go when the session ends."""

    backend: TrainingBackend
    session_ids: set[str]


def _session_ended(trainers: SessionTrainers) -> None:
    """Streamlit ended the session (tab closed, or its websocket dropped): free its trainers after a grace."""
    for sid in list(trainers.session_ids):
        FEEDS.close_session(sid)
        trainers.backend.orphan(sid, ORPHAN_GRACE_S)


@st.cache_resource(scope="session", on_release=_session_ended, show_spinner=False)
def session_trainers() -> SessionTrainers:
    """This session's trainers (a session-scoped resource: Streamlit releases it when the session ends)."""
    return SessionTrainers(get_backend(), set())


def _release(backend: TrainingBackend, sid: str) -> None:
    FEEDS.close_session(sid)
    backend.release(sid)
    session_trainers().session_ids.discard(sid)


@dataclass
class FinishedRun:
    label: str
    history: dict[str, np.ndarray]


def data_fingerprint(split: Split) -> str:
    digest = hashlib.sha1()
    for part in (split.train, split.test):
        digest.update(part.x.tobytes())
        digest.update(part.y.tobytes())
    return digest.hexdigest()


def run_label(config: TrainConfig) -> str:
    layers = "-".join(map(str, config.model.widths)) or "0"
    acts = "/".join(sorted(set(config.model.activations))) or "linear"
    return f"{config.optimizer} lr={config.lr:g} · {config.loss} · {layers} {acts}"


def keep_run(snapshot: Snapshot | None, config: TrainConfig | None) -> None:
    """Keep a run that trained at least one epoch for the comparison overlay."""
    if snapshot is None or config is None or snapshot.epoch < 1:
        return
    runs: list[FinishedRun] = st.session_state.setdefault(RUNS, [])
    label = f"#{len(runs) + 1} {run_label(config)}"
    if runs and runs[-1].history["step"][-1:].tolist() == snapshot.history["step"][-1:].tolist():
        return  # the same run again
    runs.append(FinishedRun(label, {k: v.copy() for k, v in snapshot.history.items()}))
    del runs[:-MAX_RUNS]


RUN_PARAM = "run"  # the run id in the address bar: a reconnected or re-opened page finds its trainer again


def _owner() -> str:
    """Who may reattach to a run: a hash of this browser's XSRF token (the same on every replica that shares
    the cookie secret), so a teacher's address pasted to the class gives each student a run of their own."""
    try:
        cookie = st.context.cookies.get("_streamlit_xsrf") or ""
    except Exception:  # (no browser context: a script or a test)
        cookie = ""
    if not isinstance(cookie, str) or not cookie:
        return ""
    return hashlib.sha1(xsrf_secret(cookie)).hexdigest()[:12]


def xsrf_secret(cookie: str) -> bytes:
    """The token inside Tornado's XSRF cookie ``2|mask|masked token|time``; the server re-masks it on new pages."""
    parts = cookie.split("|")
    try:
        if len(parts) == 4 and parts[0] == "2":
            mask, masked = bytes.fromhex(parts[1]), bytes.fromhex(parts[2])
            return bytes(byte ^ mask[i % len(mask)] for i, byte in enumerate(masked))
    except ValueError:
        pass
    return cookie.encode()


def _reattach(backend: TrainingBackend, tag: str) -> str | None:
    """The run the URL names, if it still trains somewhere with this structure for this browser."""
    run_id = st.query_params.get(RUN_PARAM)
    if not run_id or len(run_id) > 64 or backend.attach(run_id) != tag:
        return None
    s = st.session_state
    snapshot = backend.fetch(run_id, timeout=5.0)
    watching_stopped = snapshot is not None and snapshot.message == "train.msg.idle_paused"
    if snapshot is not None and (snapshot.status == "running" or watching_stopped):
        backend.start(run_id)  # it was training when its page went away: go on
        s[RUNNING] = True
    return run_id


def ensure_trainer(config: TrainConfig, split: Split, device: str) -> str:
    """Create a trainer when the structure (data, layers, seed, device) changed; else pass live changes on.

    A page without a trainer of its own first looks for the run its URL names (``RUN_PARAM``): after its
    app replica died the browser reconnects to another one, whose session state is empty.
    """
    backend = get_backend()
    s = st.session_state
    key = json.dumps([config.structure_key(), data_fingerprint(split), device])
    tag = hashlib.sha1(f"{key}|{_owner()}".encode()).hexdigest()
    sid = s.get(SESSION_ID)
    if sid is None and (found := _reattach(backend, tag)) is not None:
        sid = s[SESSION_ID] = found
        s[STRUCTURE], s[LIVE_CONFIG], s[RUN_CONFIG] = key, config, config
        s.setdefault(RUNNING, False)
    if sid is None or s.get(STRUCTURE) != key:
        if sid is not None:
            keep_run(backend.latest(sid), s.get(RUN_CONFIG))
            _release(backend, sid)
        sid = backend.create(config, split, device, tag=tag)
        s[SESSION_ID], s[STRUCTURE], s[LIVE_CONFIG], s[RUNNING] = sid, key, config, False
        s[RUN_CONFIG] = config
    session_trainers().session_ids.add(sid)  # again after a reconnect: the resource is new then
    if st.query_params.get(RUN_PARAM) != sid:
        st.query_params[RUN_PARAM] = sid
    if s.get(LIVE_CONFIG) != config:
        backend.configure(sid, config)
        s[LIVE_CONFIG] = config
        s[RUN_CONFIG] = config
    return sid


def restart() -> None:
    """Forget the current trainer (crashed, freed or reset): the next run creates a fresh one."""
    s = st.session_state
    sid = s.pop(SESSION_ID, None)
    if sid is not None:
        backend = get_backend()
        keep_run(backend.latest(sid), s.get(RUN_CONFIG))
        _release(backend, sid)
    s[RUNNING] = False
    s.pop(STRUCTURE, None)


def play() -> None:
    sid = st.session_state.get(SESSION_ID)
    if sid:
        get_backend().start(sid)
        st.session_state[RUNNING] = True


def pause() -> None:
    sid = st.session_state.get(SESSION_ID)
    if sid:
        get_backend().pause(sid)
        st.session_state[RUNNING] = False


def step(unit: StepUnit) -> None:
    sid = st.session_state.get(SESSION_ID)
    if sid:
        get_backend().step(sid, unit)
        st.session_state[RUNNING] = False
