"""Language lab through the router: both languages, stable keys, URL state, training in the backend, a typed
sentence explained by every trained model, bad input refused with a message.

AppTest never ticks ``run_every``: each ``run()`` is one tick of the live view, so the tests poll by rerunning.
"""

from __future__ import annotations

import time

import pytest
from streamlit.testing.v1 import AppTest

from playground.i18n import translate
from support.apptest import ENTRYPOINT, assert_clean, open_page

PAGE = "pages/language.py"


def wait_until_trained(app: AppTest, runs: int, timeout: float = 120.0) -> None:
    """Rerun until ``runs`` runs have finished (their explanation boxes appear in the sentence tab)."""
    deadline = time.monotonic() + timeout
    while True:
        app.run()
        details = app.session_state["language.details"] if "language.details" in app.session_state else {}  # noqa: SIM401 (AppTest's session state has no .get)
        if len(details) >= runs and not app.session_state["language.was_running"]:
            return
        assert time.monotonic() < deadline, "training did not finish"
        time.sleep(0.5)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_page_renders_in_both_languages_with_its_stable_keys(language: str) -> None:
    app = open_page(PAGE, language)
    assert_clean(app)
    assert app.title[0].value == translate("language.title", language)
    assert app.selectbox(key="language.corpus").value == "reviews_zh"
    assert app.selectbox(key="language.model").value == "ngram"
    assert app.button(key="language.train") and app.text_area(key="language.sentence")
    assert any(translate("language.stat.kept", language) == m.label for m in app.metric)


def test_the_url_carries_the_setup_and_a_new_model_brings_its_defaults() -> None:
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    app.query_params["lang"] = "en"
    app.run()
    app.query_params.update({"c": "synthetic_en", "tok": "words", "m": "transformer", "layers": "1", "d": "999"})
    app.switch_page(PAGE).run()
    assert_clean(app)
    assert app.selectbox(key="language.corpus").value == "synthetic_en"
    assert app.selectbox(key="language.model").value == "transformer"
    assert app.slider(key="language.dim").value == 128, "an out-of-range link value is clamped"
    assert app.query_params["m"] == ["transformer"] or app.query_params["m"] == "transformer"
    app.selectbox(key="language.model").select("ngram").run()
    assert app.number_input(key="language.lr").value == pytest.approx(0.05)
    assert app.slider(key="language.epochs").value == 2
    app.selectbox(key="language.corpus").select("reviews_zh").run()
    assert app.selectbox(key="language.tokenizer").value == "char_bigrams"
    app.selectbox(key="language.model").select("transformer").run()
    assert app.selectbox(key="language.tokenizer").value == "chars", "a Transformer reads plain characters"


def test_train_two_models_and_explain_a_typed_sentence_with_unknown_characters() -> None:
    app = open_page(PAGE, "en")
    app.selectbox(key="language.corpus").select("synthetic_en").run()
    assert app.selectbox(key="language.tokenizer").value == "words"
    app.text_input(key="language.add_text").input("   ").run()
    app.button(key="language.add").click().run()
    assert any(translate("language.error.empty", "en") in e.value for e in app.error), "an empty sentence is refused"
    app.text_input(key="language.add_text").input("the soup was not cold").run()
    app.button(key="language.add").click().run()
    assert app.session_state["language.added"] == [("the soup was not cold", 1)]
    app.button(key="language.train").click().run()
    app.selectbox(key="language.model").select("embedding_bag").run()
    app.button(key="language.train").click().run()
    assert [run.added for run in app.session_state["language.runs"]] == [1, 1], "own sentences train both runs"
    wait_until_trained(app, 2)
    assert_clean(app)
    app.text_area(key="language.sentence").input("the food was not good ☃☃ 🍕").run()
    assert_clean(app)
    verdicts = [m.value for m in app.markdown if "→" in m.value]
    assert len(verdicts) == 2, verdicts
    assert any("<unk>" in c.value for c in app.caption), "unknown tokens are named, not an error"
    app.text_area(key="language.sentence").input("x" * 1_000_000).run()
    assert_clean(app)
    assert any(translate("language.error.too_long", "en", size=1_000_000, limit=500) == e.value for e in app.error)
    app.text_area(key="language.sentence").input("   ").run()
    assert any(translate("language.error.empty", "en") in e.value for e in app.error)
    app.button(key="language.clear").click().run()
    assert not app.session_state["language.runs"]
