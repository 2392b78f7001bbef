"""The parallel computing lab through the router: guess first, refusals, the URL, a run, and the shared queue.

AppTest never ticks ``run_every``: each ``run()`` is one tick, so the tests
poll by rerunning until the measurement has landed in the lab's cache.
"""

from __future__ import annotations

import time

import pytest
from streamlit.testing.v1 import AppTest

from playground.i18n import translate
from playground.parallel.admission import Cached
from playground.ui.parallel.session import get_lab
from support.apptest import ENTRYPOINT, assert_clean, open_page

PAGE = "pages/parallel.py"
SMALL = {"parallel.devices.n": 128, "parallel.devices.repeats": 3}


def wait_for(app: AppTest, predicate, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.5)
        app.run()


def choose(app: AppTest, experiment: str, sizes: dict[str, object]) -> None:
    app.selectbox(key="parallel.experiment").select(experiment).run()
    for key, value in sizes.items():
        app.slider(key=key).set_value(value).run()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_page_renders_and_asks_for_a_guess_first(language: str) -> None:
    app = open_page(PAGE, language)
    assert_clean(app)
    assert app.title[0].value == translate("parallel.title", language)
    assert app.session_state["parallel.experiment"] == "threads"
    assert app.button(key="parallel.run").disabled, "Run waits for a guess"
    assert app.radio(key="parallel.guess.threads").value is None
    if language == "en":  # AppTest formats a changed page's choices in English (its format_func has no session)
        app.radio(key="parallel.guess.threads").set_value("matmul_only").run()
        assert not app.button(key="parallel.run").disabled
        assert_clean(app)


def test_sizes_over_the_time_cap_are_refused_in_words() -> None:
    app = open_page(PAGE)
    app.radio(key="parallel.guess.threads").set_value("neither").run()
    app.slider(key="parallel.threads.n").set_value(4096).run()
    app.slider(key="parallel.threads.repeats").set_value(15).run()
    refusal = translate("parallel.refused", "en", needed="0", cap="60").split(" 0 ")[0]
    assert any(e.value.startswith(refusal) for e in app.error), [e.value for e in app.error]
    assert app.button(key="parallel.run").disabled
    assert_clean(app)


def test_the_url_restores_the_experiment_and_its_sizes() -> None:
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    app.query_params.update({"exp": "ddp", "ddp.world": "3", "ddp.width": "9999"})
    app.run()
    app.switch_page(PAGE).run()
    assert app.selectbox(key="parallel.experiment").value == "ddp"
    assert app.slider(key="parallel.ddp.world").value == 3
    assert app.slider(key="parallel.ddp.width").value == 1024, "out of range: clamped"
    assert any("9999" in w.value for w in app.warning), "and the link's clamp is reported"
    assert app.query_params["exp"] == "ddp" and app.query_params["ddp.width"] == "1024"
    assert "threads.n" not in app.query_params, "only the chosen experiment's sizes are in the link"


def test_run_shows_the_result_with_load_figure_and_csv_and_two_sessions_share_it() -> None:
    first, second = open_page(PAGE), open_page(PAGE)
    lab = get_lab()
    before = lab.started
    for app in (first, second):
        choose(app, "devices", SMALL)
        app.radio(key="parallel.guess.devices").set_value("no_gpu").run()
    first.button(key="parallel.run").click()
    second.button(key="parallel.run").click()
    first.run()
    second.run()
    assert lab.started == before + 1, "two sessions pressing Run get one measurement"
    wait_for(first, lambda: bool(first.get("plotly_chart")) and not first.session_state["parallel.waiting"])
    second.run()
    assert lab.started == before + 1
    for app in (first, second):
        assert_clean(app)
        assert app.get("plotly_chart"), "the figure is drawn"
        assert app.button(key="parallel.again"), "a cached result offers Measure again"
        assert any(translate("parallel.your_guess", "en", guess="").strip() in m.value for m in app.markdown)
        captions = " ".join(c.value for c in app.caption)
        assert "Load while it ran" in captions and "Measured at" in captions
        assert app.get("download_button")
    cached = next(iter(v for v in lab._cache.values() if v.result.experiment == "devices"))
    assert isinstance(cached, Cached) and cached.result.points
    late = open_page(PAGE)  # a classmate arrives later: the shared result waits for their guess
    choose(late, "devices", SMALL)
    assert not late.get("plotly_chart")
    assert any(i.value == translate("parallel.guess_to_see", "en") for i in late.info)
    late.radio(key="parallel.guess.devices").set_value("cpu_faster").run()
    assert late.get("plotly_chart") and lab.started == before + 1, "answered from the cache, not measured again"
