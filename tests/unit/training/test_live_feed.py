"""The live feed: tokens, answers, history since an epoch, JSON the browser can parse, and the redraw budget."""

from __future__ import annotations

import json

import numpy as np
import pytest

from playground.training.runner.budget import RedrawBudget
from playground.training.runner.live_feed import LiveFeeds, encode, snapshot_json
from playground.training.snapshot import HISTORY_FIELDS, Snapshot


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _snapshot(epochs: int = 5, status: str = "running") -> Snapshot:
    history = {name: np.arange(epochs, dtype=np.float64) for name in HISTORY_FIELDS}
    history["test_loss"][-1] = np.nan  # a diverging run: JSON must not carry NaN
    norms = {"weight_norms": [1.0, float("inf")], "grad_norms": [0.1, 0.2]}
    return Snapshot("s1", status, epochs, 10 * epochs, 123.0, history, "classification", 2, 6.0,
                    confusion=np.eye(2, dtype=int), **norms)  # fmt: skip


class FakeBackend:
    def __init__(self, snapshot: Snapshot | None) -> None:
        self.snapshot = snapshot
        self.requests = 0

    def latest(self, session_id: str) -> Snapshot | None:
        return self.snapshot

    def request_snapshot(self, session_id: str, weights: bool = False, probe: bool = True) -> int:
        self.requests += 1
        return self.requests


def test_one_token_per_trainer_and_closed_feeds_answer_nothing() -> None:
    feeds, backend = LiveFeeds(), FakeBackend(_snapshot())
    token = feeds.open(backend, "s1")  # type: ignore[arg-type]
    assert feeds.open(backend, "s1") == token and len(token) >= 20  # type: ignore[arg-type]
    assert feeds.answer("guessed-token") is None
    body = feeds.answer(token)
    assert body is not None and backend.requests == 1  # each poll also asks for the next snapshot
    feeds.close_session("s1")
    assert feeds.answer(token) is None and len(feeds) == 0


def test_history_rows_after_an_epoch_and_json_without_nan() -> None:
    body = snapshot_json(_snapshot(epochs=5), after_epoch=2)
    assert body["history"]["epoch"] == [3.0, 4.0]
    assert body["history"]["test_loss"][-1] is None and body["weight_norms"] == [1.0, None]
    assert body["confusion"] == [[1, 0], [0, 1]]
    json.loads(encode({"snapshot": body}).decode())  # strict JSON: allow_nan=False would have raised


def test_the_budget_slows_every_feed_smoothly_as_feeds_join() -> None:
    clock = FakeClock()
    budget = RedrawBudget(updates_per_s=60.0, fastest_s=0.1, slowest_s=2.0, window_s=3.0, clock=clock)
    assert budget.interval_for("a") == pytest.approx(0.1)
    intervals = [budget.interval_for(f"feed{i}") for i in range(30)]
    assert intervals == sorted(intervals) and intervals[-1] == pytest.approx(31 / 60)
    assert budget.busy(intervals[-1]) and not budget.busy(0.1)
    clock.now += 10  # everyone stopped polling (tabs closed): the next feed gets full speed again
    assert budget.interval_for("late") == pytest.approx(0.1) and budget.live_feeds() == 1
    assert all(budget.interval_for(f"x{i}") <= 2.0 for i in range(500))  # never slower than the floor
