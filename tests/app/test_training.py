"""Training studio through the router: start, step, stop, URL state, own data, presets, both languages.

AppTest never ticks ``run_every``: each ``run()`` is one tick, so these tests
check the state changes (running on/off, counters) rather than animation.
"""

from __future__ import annotations

import time

import pytest
from streamlit.testing.v1 import AppTest

from playground.i18n import translate
from support.apptest import ENTRYPOINT, assert_clean, open_page

PAGE = "pages/training.py"


def metric(app: AppTest, key: str) -> str:
    label = translate(key, "en")
    return next(m.value for m in app.metric if m.label == label)


def wait_for(app: AppTest, predicate, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)
        app.run()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_page_renders_in_both_languages(language: str) -> None:
    app = open_page(PAGE, language)
    assert_clean(app)
    assert app.title[0].value == translate("train.title", language)
    for key in ("train.play", "train.pause", "train.step", "train.reset"):
        assert app.button(key=key)
    for key in ("train.dataset", "train.loss", "train.optimizer"):
        assert app.selectbox(key=key)
    assert app.select_slider(key="train.lr").value == 0.03


def test_step_play_and_pause() -> None:
    app = open_page(PAGE)
    wait_for(app, lambda: bool(app.metric))  # the worker has started and answered
    app.button(key="train.step").click().run()
    assert metric(app, "train.steps") == "1"
    app.button(key="train.step_epoch").click().run()
    assert metric(app, "train.epoch") == "1"
    app.button(key="train.play").click().run()
    assert app.session_state["train.running"] is True
    wait_for(app, lambda: int(metric(app, "train.epoch").replace(",", "")) >= 3)
    app.button(key="train.pause").click().run()
    assert app.session_state["train.running"] is False
    frozen = metric(app, "train.steps")
    time.sleep(0.5)
    app.run()
    assert metric(app, "train.steps") == frozen
    assert_clean(app)
    app.button(key="train.reset").click().run()
    assert metric(app, "train.steps") == "0"
    assert app.session_state["train.runs"], "the finished run is kept for comparison"


def test_live_knobs_do_not_reset_but_structure_does() -> None:
    app = open_page(PAGE)
    app.button(key="train.step_epoch").click().run()
    sid = app.session_state["train.session_id"]
    app.select_slider(key="train.lr").set_value(0.1).run()
    app.selectbox(key="train.optimizer").select("rmsprop").run()
    assert app.session_state["train.session_id"] == sid and app.select_slider(key="train.lr").value == 0.01
    app.selectbox(key="train.dataset").select("plane").run()
    assert app.session_state["train.session_id"] != sid
    assert app.selectbox(key="train.loss").value == "mse"
    assert_clean(app)


def test_the_url_restores_a_configuration() -> None:
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    app.query_params.update(
        {
            "lang": "en",
            "ds": "xor",
            "h": "8,3",
            "act": "relu,sigmoid",
            "opt": "sgd",
            "o.lr": "0.1",
            "f": "x1,x2,x1x2",
            "bs": "25",
            "seed": "7",
        }
    )
    app.run()
    app.switch_page(PAGE).run()
    assert app.selectbox(key="train.dataset").value == "xor"
    assert app.number_input(key="train.n_layers").value == 2
    assert app.number_input(key="train.width.0").value == 8
    assert app.selectbox(key="train.act.1").value == "sigmoid"
    assert app.selectbox(key="train.optimizer").value == "sgd"
    assert app.session_state["train.config"].seed == 7
    assert app.query_params["ds"] in ("xor", ["xor"])
    assert_clean(app)


def test_a_preset_sets_every_control() -> None:
    app = open_page(PAGE)
    app.selectbox(key="train.preset").select("vanishing").run()
    app.button(key="train.preset_apply").click().run()
    assert app.number_input(key="train.n_layers").value == 6
    assert app.selectbox(key="train.act.5").value == "sigmoid"
    assert app.selectbox(key="train.optimizer").value == "sgd"
    assert_clean(app)


def test_csv_upload_good_and_bad() -> None:
    app = open_page(PAGE)
    uploader = app.get("file_uploader")
    assert uploader
    bad = b"x1,x2,label\n1,2\n"
    app.file_uploader(key="train.csv").upload("bad.csv", bad, "text/csv").run()
    assert any("3" in e.value and "bad.csv" in e.value for e in app.error), [e.value for e in app.error]
    rows = "".join(f"{i % 7 - 3},{i % 5 - 2},{i % 2}\n" for i in range(30))
    app.file_uploader(key="train.csv").upload("good.csv", ("x1,x2,label\n" + rows).encode(), "text/csv").run()
    assert app.selectbox(key="train.dataset").value == "own"
    assert not app.error
    assert len(app.session_state["train.own_data"]) == 30
    assert_clean(app)


def test_hostile_csv_uploads_get_a_message_and_keep_the_data() -> None:
    """Binary bytes, half a million tiny rows and a quote never closed: a message in the page, never a traceback.

    English only: AppTest formats a selectbox's options outside the script, where the page's language is
    unknown, so widget interaction in Chinese fails inside AppTest (the Chinese texts are checked in the unit
    tests of ``parse_toy_csv`` and by ``test_i18n``).
    """
    language = "en"
    app = open_page(PAGE, language)
    uploads = [
        ("nul.csv", b"1,2,0\n" * 20 + b"\x00" * 8, "train.csv.binary", {"at": 120}),
        ("rows.csv", b"1\n" * 499_000, "train.csv.too_many_lines", {"n": 499_000, "max": 2000}),
        ("quote.csv", b'"' + b"1,2,3\n" * 1500, "train.csv.malformed", {"row": 1}),
    ]
    for name, content, key, params in uploads:
        app.file_uploader(key="train.csv").upload(name, content, "text/csv").run()
        expected = translate(key, language, **params)
        assert any(expected in e.value and name in e.value for e in app.error), [e.value for e in app.error]
        assert not app.exception
        assert app.session_state["train.dataset"] != "own"  # the data set in use is untouched


def test_clicked_points_restart_on_the_new_data() -> None:
    app = open_page(PAGE)
    sid = app.session_state["train.session_id"]
    app.session_state["train.clicks"] = [(1.0, 1.0, 1.0), (-2.0, 0.5, 0.0)]
    app.run()
    assert app.session_state["train.session_id"] != sid
    assert app.button(key="train.click_clear").disabled is False
    app.button(key="train.click_clear").click().run()
    assert app.session_state["train.clicks"] == []


def test_the_configuration_survives_a_visit_to_another_page() -> None:
    app = open_page(PAGE)
    app.selectbox(key="train.dataset").set_value("xor").run()
    app.selectbox(key="train.optimizer").set_value("sgd").run()
    app.switch_page("pages/home.py").run()
    app.switch_page(PAGE).run()
    assert_clean(app)
    assert app.selectbox(key="train.dataset").value == "xor"
    assert app.selectbox(key="train.optimizer").value == "sgd"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_bad_link_opens_and_says_what_it_changed(language: str) -> None:
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    app.query_params.update({"lang": language, "ds": "mandelbrot", "n": "999999", "drop": "2", "h": "4,abc"})
    app.run()
    app.switch_page(PAGE).run()
    assert_clean(app)
    said = [info.value for info in app.info]
    assert translate("train.note.layer_skipped", language, given="abc") in said
    assert any("999999" in text and "2000" in text for text in said), said
    assert app.selectbox(key="train.dataset").value == "circle"
    assert app.slider(key="train.dropout").value == 0.9  # what a link may set (a 0.8 slider crashed on it)
    if language == "en":  # AppTest formats a selectbox's value outside the page's language: click in English only
        app.button(key="train.link_notes_ok").click().run()
        assert not any("999999" in info.value for info in app.info)
        assert_clean(app)


def _widgets_round_trip_script() -> None:
    """Runs inside AppTest: a rich config into the widget keys and back, without drawing the page."""
    import streamlit as st  # noqa: PLC0415 (the script's own imports)

    from playground.training.config import TrainConfig  # noqa: PLC0415
    from playground.training.model import ModelConfig  # noqa: PLC0415
    from playground.ui.training.state import config_from_widgets, write_widgets  # noqa: PLC0415

    rich = TrainConfig(
        dataset="blobs", n_points=750, noise=0.15, test_ratio=0.3, n_classes=4, seed=1234, draw=2,
        model=ModelConfig(features=("x1", "x2", "x1x2"), widths=(8, 5, 3), activations=("relu", "gelu", "sigmoid"),
                          dropout=0.1, batch_norm=True, init="kaiming"),
        loss="focal", loss_params={"gamma": 1.5},
        optimizer="nadam", optimizer_params={"lr": 0.003, "beta1": 0.8, "beta2": 0.999, "weight_decay": 0.0},
        scheduler="step", scheduler_params={"step_size": 20, "gamma": 0.3},
        batch_size=17, regularization="l1", reg_rate=0.01, grad_clip=2.5, stop_epochs=300, target_loss=0.05,
    )  # fmt: skip
    write_widgets(rich)
    st.session_state["round_trip"] = (config_from_widgets(rich.seed) == rich, st.session_state["train.width.2"])


def test_the_widgets_hold_every_field_and_give_it_back() -> None:
    app = AppTest.from_function(_widgets_round_trip_script, default_timeout=30).run()
    assert not app.exception, [e.value for e in app.exception]
    assert app.session_state["round_trip"] == (True, 3)
