"""Live updates for the browser, served outside Streamlit's script runner.

Why a feed of its own: a Streamlit fragment rerun costs the one app process
~19 ms under its interpreter lock (a new-session message, ~30 forward
messages, websocket framing) before it draws anything, and the browser's
fixed-rate fragment timer cuts a slow run short, so ten students training
got no redraws at all (issue 13). Here the live view (a browser component)
asks ``GET /_live/<token>?after=<epoch>`` on the app's own origin and gets
a few kilobytes of JSON: the model's weights, the counters and the history
rows it does not have yet. Nothing of Streamlit runs for it.

A token is a random secret per trainer (not the Streamlit session id), so
one student cannot read another's feed by guessing. The feeds are one
server-wide table, like the worker pool itself; a page opens its feed when
it creates a trainer and closes it when the trainer is released or the
session ends.
"""

from __future__ import annotations

import json
import math
import secrets
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.training.runner.backend import TrainingBackend
from playground.training.runner.budget import RedrawBudget
from playground.training.runner.protocol import LOST
from playground.training.snapshot import HISTORY_FIELDS, Snapshot

ROUTE = "/_live/{token}"


@dataclass(frozen=True)
class Feed:
    backend: TrainingBackend
    session_id: str


class LiveFeeds:
    """Token → trainer, and the JSON answer for each poll (thread-safe: the event loop and scripts share it)."""

    def __init__(self, budget: RedrawBudget | None = None) -> None:
        self.budget = budget or RedrawBudget()
        self._feeds: dict[str, Feed] = {}
        self._by_session: dict[str, str] = {}
        self._lock = threading.Lock()

    def open(self, backend: TrainingBackend, session_id: str) -> str:
        """The feed token of this trainer (the same token again for the same trainer)."""
        with self._lock:
            token = self._by_session.get(session_id)
            if token is None:
                token = secrets.token_urlsafe(18)
                self._feeds[token] = Feed(backend, session_id)
                self._by_session[session_id] = token
            return token

    def close_session(self, session_id: str) -> None:
        with self._lock:
            token = self._by_session.pop(session_id, None)
            if token is not None:
                self._feeds.pop(token, None)
        if token is not None:
            self.budget.forget(token)

    def __len__(self) -> int:
        return len(self._feeds)

    def answer(self, token: str, after_epoch: float = -1.0) -> dict[str, Any] | None:
        """What one poll returns, or None for an unknown (closed) feed."""
        feed = self._feeds.get(token)
        if feed is None:
            return None
        interval = self.budget.interval_for(token)
        snapshot = feed.backend.latest(feed.session_id)
        if snapshot is None or snapshot.status not in LOST:
            # the next one is computed while this answer travels; the browser draws the probes itself
            feed.backend.request_snapshot(feed.session_id, probe=False)
        body: dict[str, Any] = {
            "next_ms": round(interval * 1000),
            "busy": self.budget.busy(interval),
            "updates_per_s": round(1.0 / interval, 1),
        }
        if snapshot is not None:
            body["snapshot"] = snapshot_json(snapshot, after_epoch)
        return body


def _finite(value: float) -> float | None:
    """JSON has no NaN or infinity (the browser's JSON.parse refuses them): null instead."""
    return value if math.isfinite(value) else None


def _rows(history: dict[str, np.ndarray], after_epoch: float) -> dict[str, list[float | None]]:
    epochs = history.get("epoch", np.zeros(0))
    keep = epochs > after_epoch
    return {name: [_finite(float(v)) for v in history[name][keep]] for name in HISTORY_FIELDS if name in history}


def snapshot_json(snapshot: Snapshot, after_epoch: float = -1.0) -> dict[str, Any]:
    """A snapshot as the live view reads it: counters, new history rows, the model, norms, confusion."""
    return {
        "status": snapshot.status,
        "message": snapshot.message,
        "epoch": snapshot.epoch,
        "step": snapshot.step,
        "steps_per_second": _finite(float(snapshot.steps_per_second)),
        "lr": _finite(float(snapshot.lr)),
        "n_params": snapshot.n_params,
        "task": snapshot.task,
        "history": _rows(snapshot.history, after_epoch),
        "model": snapshot.model,
        "weight_norms": [_finite(float(v)) for v in snapshot.weight_norms],
        "grad_norms": [_finite(float(v)) for v in snapshot.grad_norms],
        "confusion": None if snapshot.confusion is None else np.asarray(snapshot.confusion).astype(int).tolist(),
    }


FEEDS = LiveFeeds()
MOUNTED = {"routes": False}  # set by live_routes() once the app server really serves ROUTE


def encode(body: dict[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":"), allow_nan=False).encode()
