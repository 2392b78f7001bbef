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


def test_the_model_travels_to_the_browser_unchanged() -> None:
    """describe_model → JSON → the browser's float32 arrays: every weight, bias and norm statistic equal."""
    import torch  # noqa: PLC0415

    from playground.training.live_model import decode_floats, describe_model  # noqa: PLC0415
    from playground.training.model import ModelConfig, build_model  # noqa: PLC0415

    model = build_model(ModelConfig(features=("x1", "x2", "x1x2"), widths=(5, 3), batch_norm=True), 3, seed=1)
    model.eval()
    described = json.loads(json.dumps(describe_model(model, "classification")))
    assert described["features"] == ["x1", "x2", "x1x2"] and [x["act"] for x in described["layers"]] == [
        "tanh",
        "tanh",
        "linear",
    ]
    linears = [m for m in model.modules() if isinstance(m, torch.nn.Linear)]
    norms = [m for m in model.modules() if isinstance(m, torch.nn.BatchNorm1d)]
    for layer, linear in zip(described["layers"], linears, strict=True):
        assert np.array_equal(decode_floats(layer["w"]), linear.weight.detach().numpy().ravel())
        assert np.array_equal(decode_floats(layer["b"]), linear.bias.detach().numpy())
    for layer, norm in zip(described["layers"], norms, strict=False):
        assert np.array_equal(decode_floats(layer["bn"]["var"]), norm.running_var.numpy())


def test_a_feed_under_load_answers_every_poll_and_paces_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forty pollers at once through the real route: every request answered, none cut short, all paced."""
    import threading  # noqa: PLC0415
    import time  # noqa: PLC0415

    from starlette.applications import Starlette  # noqa: PLC0415
    from starlette.testclient import TestClient  # noqa: PLC0415

    from playground.training.runner import live_feed, live_http  # noqa: PLC0415

    # live_routes() marks the routes mounted for the whole process: pages run by later tests in this
    # process (AppTest, which serves no routes) would mount a browser view no one can poll
    monkeypatch.setitem(live_feed.MOUNTED, "routes", live_feed.MOUNTED.get("routes", False))
    backend = FakeBackend(_snapshot())
    tokens = [live_feed.FEEDS.open(backend, f"load{i}") for i in range(40)]  # type: ignore[arg-type]
    client = TestClient(Starlette(routes=live_http.live_routes()))
    answers: dict[str, list[int]] = {token: [] for token in tokens}

    def poll(token: str) -> None:
        end = time.monotonic() + 1.5
        while time.monotonic() < end:
            response = client.get(f"/_live/{token}", params={"after": "2"})
            answers[token].append(response.status_code)
            time.sleep(response.json()["next_ms"] / 1000)  # as the component: the next only after the wait

    threads = [threading.Thread(target=poll, args=(token,)) for token in tokens]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    try:
        assert all(codes and set(codes) == {200} for codes in answers.values()), "a poll went unanswered"
        total = sum(len(codes) for codes in answers.values())
        assert total <= 1.5 * live_feed.FEEDS.budget.updates_per_s * 1.3 + 40, "the budget did not pace the pollers"
    finally:
        for i in range(40):
            live_feed.FEEDS.close_session(f"load{i}")
    assert client.get(f"/_live/{tokens[0]}").status_code == 404  # closed feeds answer nothing


def test_a_session_that_ends_orphans_its_trainers_and_closes_their_feeds() -> None:
    from playground.training.runner import live_feed  # noqa: PLC0415
    from playground.ui.training.session import SessionTrainers, _session_ended  # noqa: PLC0415

    class Recorder(FakeBackend):
        orphaned: list[tuple[str, float]]

        def orphan(self, session_id: str, grace_s: float = 60.0) -> None:
            self.orphaned.append((session_id, grace_s))

    backend = Recorder(_snapshot())
    backend.orphaned = []
    token = live_feed.FEEDS.open(backend, "mine")  # type: ignore[arg-type]
    _session_ended(SessionTrainers(backend, {"mine"}))  # type: ignore[arg-type]
    assert backend.orphaned == [("mine", 60.0)] and live_feed.FEEDS.answer(token) is None
