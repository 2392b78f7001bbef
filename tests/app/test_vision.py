"""Vision lab through the router: both languages, the link, training both runs in the backend, results, own images.

AppTest never ticks ``run_every``: each ``run()`` is one tick, so the tests
rerun until the job reports it has finished.
"""

from __future__ import annotations

import time

import cv2
import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from playground.i18n import translate
from playground.io.images import encode_png
from support.apptest import ENTRYPOINT, assert_clean, open_page

PAGE = "pages/vision.py"


def _train(app: AppTest, timeout: float = 150.0) -> None:
    app.button(key="vision.train").click().run()
    assert app.session_state["vision.running"] is True
    deadline = time.monotonic() + timeout
    while app.session_state["vision.running"]:
        assert time.monotonic() < deadline, "training did not finish"
        time.sleep(0.5)
        app.run()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_page_renders_in_both_languages_with_its_stable_keys(language: str) -> None:
    app = open_page(PAGE, language)
    assert_clean(app)
    assert app.title[0].value == translate("vision.title", language)
    assert app.selectbox(key="vision.dataset").value == "printed"
    assert app.slider(key="vision.train_size").value == 300
    assert app.toggle(key="vision.augment").value is True
    assert app.button(key="vision.train")
    assert app.query_params["data"] == ["printed"] or app.query_params["data"] == "printed"


def test_a_link_sets_the_lab_and_a_bad_value_is_reported() -> None:
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    app.query_params.update({"lang": "en", "data": "digits", "n": "999999", "model": "mlp", "aug": "0"})
    app.run()
    app.switch_page(PAGE).run()
    assert_clean(app)
    assert app.selectbox(key="vision.dataset").value == "digits"
    assert app.selectbox(key="vision.model").value == "mlp"
    assert app.slider(key="vision.train_size").value == 2400
    assert app.toggle(key="vision.augment").value is False
    assert any("999999" in info.value for info in app.info)  # the clamp is reported, not silent


def test_pause_and_resume_and_the_image_studios_pipeline() -> None:
    app = open_page(PAGE)
    app.segmented_control(key="vision.source").set_value("studio").run()
    assert_clean(app)
    assert any(translate("vision.studio_empty", "en") in info.value for info in app.info)
    app.switch_page("pages/image_augmentation.py").run()  # the studio's default pipeline is now in the session
    app.switch_page(PAGE).run()
    assert_clean(app)
    assert app.segmented_control(key="vision.source").value == "studio"  # kept across the page switch
    assert not any(translate("vision.studio_empty", "en") in info.value for info in app.info)
    app.selectbox(key="vision.dataset").set_value("digits").run()
    app.slider(key="vision.epochs").set_value(40).run()
    app.button(key="vision.train").click().run()
    assert app.session_state["vision.running"] is True
    app.button(key="vision.pause").click().run()
    assert app.session_state["vision.running"] is False
    app.button(key="vision.resume").click().run()
    assert app.session_state["vision.running"] is True
    app.button(key="vision.reset").click().run()
    assert app.session_state["vision.running"] is False and "vision.job_id" not in app.session_state


def test_train_both_runs_see_both_tables_open_a_mistake_and_read_an_own_image() -> None:
    app = open_page(PAGE)
    app.selectbox(key="vision.dataset").set_value("digits").run()
    app.slider(key="vision.train_size").set_value(150).run()
    app.slider(key="vision.epochs").set_value(3).run()
    _train(app)
    assert_clean(app)
    result = app.session_state["vision.result"]
    assert list(result["runs"]) == ["plain", "augmented"]
    tables = app.get("table")
    assert len(tables) >= 2  # one accuracy table per run
    first_wrong = next(b for b in app.button if b.key and b.key.startswith("vision.wrong."))
    first_wrong.click().run()
    assert app.session_state["vision.selected"] is not None
    assert_clean(app)
    photo = np.full((90, 90, 3), 240, np.uint8)
    cv2.putText(photo, "3", (20, 75), cv2.FONT_HERSHEY_SIMPLEX, 2.5, (10, 10, 10), 7)
    app.file_uploader(key="vision.upload").upload("three.png", encode_png(photo), "image/png").run()
    assert_clean(app)
    assert any(translate("vision.run.augmented", "en") in m.value for m in app.markdown)
    app.file_uploader(key="vision.upload").upload("broken.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "image/png").run()
    assert_clean(app)
    assert any("broken.png" in error.value for error in app.error)
    app.button(key="vision.reset").click().run()
    assert "vision.result" not in app.session_state and "vision.job_id" not in app.session_state
    assert app.session_state["vision.trained_model"].n_classes == 10  # offered to the compression studio
