"""Paced live fragments: the pacer is the fragment's last element while live, waits follow the server's budget."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from playground.i18n import translate
from playground.training.runner.budget import RedrawBudget
from playground.ui import paced


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def _page(interval: float | None, language: str = "en") -> AppTest:
    def script(interval: float | None, language: str) -> None:
        import streamlit as st  # noqa: PLC0415 (AppTest runs this function's body as the page)

        from playground.ui.paced import paced_fragment  # noqa: PLC0415

        st.query_params["lang"] = language

        @paced_fragment("demo", interval)
        def body() -> None:
            st.markdown("the live part")

        body()

    app = AppTest.from_function(script, kwargs={"interval": interval, "language": language})
    app.run()
    return app


def test_a_live_view_mounts_its_pacer_with_a_growing_tick() -> None:
    app = _page(0.5)
    assert not app.exception and app.markdown[0].value == "the live part"
    assert app.session_state["paced.tick.demo"] == 1
    app.run()
    assert app.session_state["paced.tick.demo"] == 2


def test_a_view_that_is_not_live_is_a_plain_fragment() -> None:
    app = _page(None)
    assert not app.exception and app.markdown[0].value == "the live part"
    assert "paced.tick.demo" not in app.session_state


def test_the_shared_budget_slows_every_view_smoothly_as_tabs_join(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    budget = RedrawBudget(updates_per_s=10.0, fastest_s=0.0, slowest_s=5.0, window_s=6.0, clock=clock)
    waits = []
    for viewers in (1, 5, 10, 20, 40, 100):
        for index in range(viewers):
            wait = max(0.5, budget.interval_for(f"tab{index}:vision.live"))
        waits.append(wait)
        clock.now += 10.0  # everyone's entry ages out before the next round
    assert waits[:3] == [0.5, 0.5, 1.0]  # the view's own interval until the budget bites
    assert waits[3] == pytest.approx(2.0) and waits[4] == pytest.approx(4.0)
    assert waits[-1] == pytest.approx(5.0)  # never slower than SLOWEST_S
    assert waits == sorted(waits)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_busy_server_says_so_in_both_languages(monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    clock = FakeClock()
    crowded = RedrawBudget(updates_per_s=2.0, fastest_s=0.0, slowest_s=5.0, window_s=6.0, clock=clock)
    for index in range(9):
        crowded.interval_for(f"other{index}:vision.live")
    monkeypatch.setattr(paced, "BUDGET", crowded)
    app = _page(0.5, language)
    expected = translate("live.paced_busy", language, s="5.0")
    assert expected in [caption.value for caption in app.caption]
