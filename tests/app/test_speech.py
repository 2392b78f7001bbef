"""Speech lab through the router: both languages, stable keys, URL state, a bad upload, and both runs trained.

AppTest never ticks ``run_every``: each ``run()`` is one poll of the job, so
the training test reruns until the page keeps the finished runs.
"""

from __future__ import annotations

import time

import pytest
from streamlit.testing.v1 import AppTest

from playground.core.errors import InputError
from playground.i18n import translate
from playground.io.audio import decode_audio
from playground.io.wav import encode_wav
from playground.speech.data_views import evaluation_clips
from playground.ui import i18n, widgets
from support.apptest import assert_clean, open_page

PAGE = "pages/speech.py"


def wait_for(app: AppTest, predicate, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.3)
        app.run()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_page_renders_in_both_languages_with_its_stable_keys(language: str) -> None:
    app = open_page(PAGE, language)
    assert_clean(app)
    assert app.title[0].value == translate("speech.title", language)
    assert app.multiselect(key="speech.words").value == ["en", "zh"]
    assert app.slider(key="speech.augment").value == 0.8
    assert app.button(key="speech.train")
    assert app.selectbox(key="speech.model").value == "conv1d"


def test_a_link_sets_the_lab_and_the_url_follows_the_widgets() -> None:
    app = AppTest.from_file(str(open_page.__globals__["ENTRYPOINT"]), default_timeout=60)
    app.query_params.update({"sm": "cnn2d", "sp": "0.5", "sw": "zh", "se": "999"})
    app.run()
    app.switch_page(PAGE).run()
    assert_clean(app)
    assert app.selectbox(key="speech.model").value == "cnn2d"
    assert app.slider(key="speech.augment").value == 0.5
    assert app.multiselect(key="speech.words").value == ["zh"]
    assert app.slider(key="speech.epochs").value == 60, "an out-of-range epoch count is clamped"
    assert app.warning or app.info, "the clamped value is reported"
    app.slider(key="speech.augment").set_value(0.3).run()
    assert app.query_params["sp"] in ("0.3", ["0.3"])


@pytest.mark.parametrize(("language", "data"), [("en", b"this is not a sound"), ("zh", b"")])
def test_a_bad_upload_gets_the_audio_studios_message(language: str, data: bytes, monkeypatch) -> None:
    # AppTest formats the select boxes' options in the test's own thread, where no session says the language:
    # pin it for the whole process so the test's formatting and the page's agree
    for module in (i18n, widgets):
        monkeypatch.setattr(module, "current_language", lambda: language)
    app = open_page(PAGE, language)
    app.file_uploader(key="speech.upload").upload("bad.wav", data, "audio/wav").run()
    assert_clean(app)
    with pytest.raises(InputError) as refused:
        decode_audio(data, target_rate=8000)
    assert refused.value.key == ("io.audio.wrong_kind" if data else "io.audio.empty")
    expected = refused.value.message(language)
    assert any(expected in error.value for error in app.error), [e.value for e in app.error]


def test_training_both_runs_fills_the_accuracy_table() -> None:
    app = AppTest.from_file(str(open_page.__globals__["ENTRYPOINT"]), default_timeout=60)
    app.query_params.update({"se": "2", "sw": "en"})
    app.run()
    app.switch_page(PAGE).run()
    app.button(key="speech.train").click().run()
    assert app.session_state["speech.running"] is True
    wait_for(app, lambda: "speech.result" in app.session_state)
    assert_clean(app)
    result = app.session_state["speech.result"]
    assert set(result["runs"]) == {"plain", "augmented"}
    assert all(len(run["history"]) == 2 and run["state"] for run in result["runs"].values())
    table = app.table[0].value
    assert {translate("speech.run.plain", "en"), translate("speech.run.augmented", "en")} <= set(table.columns)
    assert len(table) == 6 and all(str(v).endswith("%") for v in table[translate("speech.run.plain", "en")])
    downloads = {element.proto.label for element in app.get("download_button")}
    assert translate("speech.dl.history", "en") in downloads
    assert translate("speech.dl.onnx", "en", run=translate("speech.run.augmented", "en")) in downloads
    # try it: a held-out voice's clip as an upload, through the studio's decoder, to both models' top 3
    clips, _, _ = evaluation_clips(("en",))["unseen"]
    app.file_uploader(key="speech.upload").upload("five.wav", encode_wav(clips[5], 8000), "audio/wav").run()
    assert_clean(app)
    bars = [bar.proto.text for bar in app.get("progress")]
    assert len(bars) == 6, "three digits for each run"
    assert all(" · " in text and text.endswith("%") for text in bars)


def test_the_augmented_run_can_use_the_audio_studios_current_pipeline() -> None:
    app = open_page("pages/audio_augmentation.py")
    studio_steps = list(app.multiselect(key="audio.transforms").value)
    assert studio_steps, "the audio studio opens with a recipe"
    app.switch_page(PAGE).run()
    app.radio(key="speech.pipeline").set_value("studio").run()
    assert_clean(app)
    strip = next(
        m.value for m in app.markdown if m.value.startswith(translate("speech.pipeline.strip", "en", steps=""))
    )
    for name in studio_steps:
        assert translate(f"audio.t.{name}", "en") in strip
    assert translate("audio.t.pitch_shift", "en") not in strip, "the lab's recipe is not used"


def test_without_the_shipped_set_or_espeak_the_page_says_what_to_do(monkeypatch, tmp_path) -> None:
    from playground.speech import data_views, dataset, synth  # noqa: PLC0415

    monkeypatch.setattr(dataset, "SHIPPED_DIR", tmp_path / "missing")
    monkeypatch.setattr(synth.shutil, "which", lambda name: None)
    monkeypatch.setenv("PLAYGROUND_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(data_views, "_LOADED", [])
    app = open_page(PAGE)
    assert_clean(app)
    assert [e.value for e in app.error] == [translate("speech.synth.missing", "en")]
    assert "speech.train" not in [button.key for button in app.button], "nothing to train on: no Train button"
