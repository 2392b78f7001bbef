"""Fusion studio through the router: both languages, training in the worker, URL state, bad links, pickers.

AppTest never ticks ``run_every``: each ``run()`` is one tick, so the tests
poll with ``run()`` until the worker's report says what they wait for.
"""

from __future__ import annotations

import time

import pytest
from streamlit.testing.v1 import AppTest

from playground.i18n import translate
from support.apptest import ENTRYPOINT, assert_clean, open_page

PAGE = "pages/fusion.py"


def metric(app: AppTest, key: str) -> str:
    label = translate(key, "en")
    return next(m.value for m in app.metric if m.label == label)


def wait_for(app: AppTest, predicate, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.3)
        app.run()


def open_fusion(language: str = "en", **query: str) -> AppTest:
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=90)
    app.query_params["lang"] = language
    for name, value in query.items():
        app.query_params[name] = value
    app.run()
    app.switch_page(PAGE).run()
    return app


@pytest.mark.parametrize("language", ["en", "zh"])
def test_page_renders_in_both_languages(language: str) -> None:
    app = open_page(PAGE, language, timeout=90)
    assert_clean(app)
    assert app.title[0].value == translate("fusion.title", language)
    assert app.button(key="fusion.train")
    assert app.selectbox(key="fusion.dataset").value == "moons"
    assert app.selectbox(key="fusion.rule").value == "soft"
    assert app.slider(key="fusion.members").value == 5


def test_training_runs_in_the_worker_and_the_views_follow() -> None:
    app = open_page(PAGE, timeout=90)
    wait_for(app, lambda: bool(app.metric))  # the worker built the job and answered with the untrained members
    untrained = metric(app, "fusion.m.fused_acc")
    assert metric(app, "fusion.m.epoch").startswith("0 /")
    app.button(key="fusion.train").click().run()
    assert app.session_state["fusion.ens.running"] is True
    wait_for(app, lambda: metric(app, "fusion.m.epoch") == "60 / 60")
    assert_clean(app)
    assert metric(app, "fusion.m.fused_acc") != untrained
    assert float(metric(app, "fusion.m.fused_acc").rstrip("%")) > 80  # noisy moons: a trained vote is far from 50 %
    drawn = {}
    for view in ("regions", "scores", "calibration", "diversity"):  # the segmented control's choices
        app.session_state["fusion.view"] = view
        app.run()
        assert_clean(app)
        drawn[view] = len(app.get("plotly_chart"))
    # the ensemble's view plus the lower sections' charts (bias–variance 1, two-input 2, loop-or-batch 1): regions
    # draw fused and members, scores the curves, calibration the reliability diagram, diversity two matrices and
    # the Condorcet curve
    assert drawn == {"regions": 2 + 4, "scores": 1 + 4, "calibration": 1 + 4, "diversity": 3 + 4}
    app.selectbox(key="fusion.rule").set_value("hard").run()  # same members, another rule: no new job
    assert metric(app, "fusion.m.epoch") == "60 / 60"


def test_a_link_sets_the_setup_and_bad_values_are_explained() -> None:
    app = open_fusion(ds="blobs", k="4", m="999", rule="boosting", kind="seed", lr="banana")
    assert_clean(app)
    assert app.selectbox(key="fusion.dataset").value == "blobs"
    assert app.slider(key="fusion.members").value == 16
    assert app.selectbox(key="fusion.kind").value == "boosting"  # boosting votes need boosting rounds
    shown = " ".join(info.value for info in app.info)
    assert "banana" in shown and "999" in shown
    assert app.query_params["m"] == ["16"] or app.query_params["m"] == "16"


def test_the_pickers_keep_rule_and_kind_consistent_and_a_challenge_loads() -> None:
    app = open_page(PAGE, timeout=90)
    app.selectbox(key="fusion.rule").set_value("boosting").run()
    assert app.selectbox(key="fusion.kind").value == "boosting"
    app.selectbox(key="fusion.kind").set_value("bagging").run()
    assert app.selectbox(key="fusion.rule").value == "soft"
    app.radio(key="fusion.challenge").set_value("calibrate_digits").run()
    app.button(key="fusion.challenge_load").click().run()
    assert app.selectbox(key="fusion.dataset").value == "digits"
    assert_clean(app)


def test_the_lower_sections_train_their_own_jobs_to_the_end() -> None:
    """Bias–variance, the two-input models and loop-or-batch each run a job of their own in the worker."""
    app = open_fusion(mie="3", bvp="20")
    for key in ("fusion.bv.train", "fusion.mi.train", "fusion.sp.train"):
        wait_for(app, lambda key=key: bool(app.button(key=key).label))
        app.button(key=key).click().run()
    for slot in ("bv", "mi", "sp"):
        wait_for(app, lambda slot=slot: app.session_state[f"fusion.{slot}.running"] is False)
    app.run()
    assert_clean(app)
    captions = " ".join(caption.value for caption in app.caption)
    assert translate("fusion.bv.caption", "en", progress="100%", nets=48, noise="0.090") in captions
    assert "Epoch 3 of 3." in captions
    assert "measured 100% of the way" in captions
    bias_variance = app.dataframe[0].value
    assert len(bias_variance) == 2 and (bias_variance.iloc[:, 2] > 0).all()  # variance of each procedure
