"""AppTest of the audio augmentation studio: renders in both languages, draws, reacts to its stable keys."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest
import soundfile as sf
from streamlit.testing.v1 import AppTest

from playground.augment.audio.pipeline import CURRENT, LEGACY, Pipeline
from playground.augment.audio.presets import preset
from playground.augment.audio.registry import TRANSFORMS
from playground.data.samples import samples_of
from playground.i18n import translate
from playground.io.audio import ACCEPTED
from support.apptest import ENTRYPOINT, assert_clean, open_page

PAGE = "pages/audio_augmentation.py"


def wav_bytes(seconds: float = 1.0, rate: int = 8000) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    buffer = io.BytesIO()
    sf.write(buffer, 0.3 * np.sin(2 * np.pi * 440 * t), rate, format="WAV", subtype="PCM_16")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def app():
    return open_page(PAGE, "en")


def test_opens_with_a_sample_a_recipe_and_draws(app) -> None:
    assert_clean(app)
    for key in ("audio.sample", "audio.rate", "audio.preset", "audio.focus"):
        assert app.selectbox(key=key) is not None
    assert app.number_input(key="audio.seed").value == 42
    assert app.slider(key="audio.n_draws").value == 6
    assert len(app.multiselect(key="audio.transforms").value) == 4
    charts = app.get("plotly_chart")
    assert len(charts) >= 6 + 2  # a thumbnail per draw, the spectrogram and the waveform


def test_the_chinese_page_renders() -> None:
    app = open_page(PAGE, "zh")
    assert_clean(app)
    assert app.title[0].value == "音频增强工作室"


def test_widget_values_survive_a_language_switch() -> None:
    # AppTest formats selectbox options outside the script (always in English), so the switch goes en -> zh last.
    app = open_page(PAGE, "en")
    app.slider(key="audio.n_draws").set_value(2).run()
    app.number_input(key="audio.seed").set_value(5).run()
    app.session_state["global.lang"] = "zh"  # as the sidebar would: labels change, keyed values stay
    app.run()
    assert_clean(app)
    assert app.title[0].value == "音频增强工作室"
    assert app.slider(key="audio.n_draws").value == 2
    assert app.number_input(key="audio.seed").value == 5


def test_seed_draw_count_recipe_and_transforms(app) -> None:
    app.number_input(key="audio.seed").set_value(7).run()
    app.slider(key="audio.n_draws").set_value(3).run()
    app.selectbox(key="audio.preset").select("specaugment").run()
    assert_clean(app)
    assert app.multiselect(key="audio.transforms").value == ["time_mask", "freq_mask"]
    assert app.selectbox(key="audio.preset").value == "keep"
    app.multiselect(key="audio.transforms").select("pitch_shift").run()
    app.slider(key="audio.w.pitch_shift.semitones").set_value((12.0, 12.0)).run()
    app.toggle(key="audio.diff").set_value(True).run()
    assert_clean(app)
    assert len(app.get("plotly_chart")) >= 3 + 2


def test_every_transform_renders_its_widgets() -> None:
    app = open_page(PAGE, "en")
    app.slider(key="audio.n_draws").set_value(1).run()
    app.multiselect(key="audio.transforms").set_value([spec.name for spec in TRANSFORMS]).run()
    assert_clean(app)
    assert len(app.expander) >= len(TRANSFORMS)


def test_upload_switches_the_source_and_a_bad_file_gets_a_clear_error() -> None:
    app = open_page(PAGE, "en")
    app.file_uploader(key="audio.upload").upload("tone.wav", wav_bytes(), "audio/wav").run()
    assert_clean(app)
    assert app.radio(key="audio.source").value == "upload"
    assert any("tone.wav" in element.value for element in app.markdown)
    app.file_uploader(key="audio.upload").upload("long.wav", wav_bytes(seconds=31.0), "audio/wav").run()
    assert_clean(app)
    assert any("30" in element.value for element in app.info), "a long file is trimmed with a notice"
    app.file_uploader(key="audio.upload").upload("broken.wav", b"hello, not a sound", "audio/wav").run()
    assert not app.exception
    assert app.error, "a text file must be refused with a message"


def test_rate_and_stereo() -> None:
    app = open_page(PAGE, "en")
    app.slider(key="audio.n_draws").set_value(1).run()
    app.selectbox(key="audio.rate").select(22_050).run()
    app.toggle(key="audio.stereo").set_value(True).run()
    assert_clean(app)
    assert any("22050 Hz" in element.value for element in app.markdown)


def test_loading_a_pipeline_json_fills_the_builder() -> None:
    app = open_page(PAGE, "en")
    pipeline = Pipeline((Pipeline.step("gain", 0.5, gain_db=(-3.0, 3.0)), Pipeline.step("reverse", 1.0)))
    app.file_uploader(key="audio.pipeline_json").upload("p.json", pipeline.to_json().encode(), "application/json").run()
    assert_clean(app)
    assert app.multiselect(key="audio.transforms").value == ["gain", "reverse"]
    assert app.slider(key="audio.w.gain.p").value == 0.5
    bad = json.dumps({"format": "nope"}).encode()
    app.file_uploader(key="audio.pipeline_json").upload("bad.json", bad, "application/json").run()
    assert not app.exception and app.error


def test_keeping_stereo_reaches_the_draws() -> None:
    app = open_page(PAGE, "en")
    app.slider(key="audio.n_draws").set_value(1).run()
    stereo = np.stack([np.sin(np.arange(8000) / 5), np.zeros(8000)], axis=1) * 0.3
    buffer = io.BytesIO()
    sf.write(buffer, stereo, 8000, format="WAV", subtype="PCM_16")
    app.file_uploader(key="audio.upload").upload("stereo.wav", buffer.getvalue(), "audio/wav").run()
    assert any("mono" in element.value for element in app.markdown)
    app.toggle(key="audio.stereo").set_value(True).run()
    assert_clean(app)
    assert any("2 channels" in element.value for element in app.markdown)


def _open_with_link(params: dict[str, str]) -> AppTest:
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    app.run()
    app.query_params.update(params)
    app.switch_page(PAGE).run()
    return app


def test_a_shared_link_restores_the_pipeline_seed_draws_sample_and_rate() -> None:
    shared = preset("pitch_time")
    other_sample = samples_of("audio")[1].name
    link = {"pipe": shared.to_url(), "seed": "77", "n": "3", "sample": other_sample, "rate": "22050"}
    app = _open_with_link(link)
    assert_clean(app)
    assert app.multiselect(key="audio.transforms").value == [step.name for step in shared.steps]
    assert app.number_input(key="audio.seed").value == 77
    assert app.slider(key="audio.n_draws").value == 3
    assert app.selectbox(key="audio.sample").value == other_sample
    assert app.selectbox(key="audio.rate").value == 22_050
    assert app.query_params["pipe"] in (link["pipe"], [link["pipe"]]), "the page keeps the link shareable"


def _token(app: AppTest) -> str:
    shared = app.query_params["pipe"]
    return shared[0] if isinstance(shared, list) else shared


def test_an_old_link_keeps_its_draws_says_why_and_can_move_to_the_current_recipe() -> None:
    """A link from before recipe 2 (bare rows) opens with recipe 1, so its draws are those it was shared with."""
    old = preset("loudness").with_dice(LEGACY)
    app = _open_with_link({"pipe": old.to_url(), "seed": "5", "n": "2"})
    assert_clean(app)
    notice = translate("audio.dice.legacy", "en", old=LEGACY, new=CURRENT)
    assert any(notice == info.value for info in app.info)
    assert Pipeline.from_url(_token(app)).dice == LEGACY  # shared again, it still opens to the same draws
    app.number_input(key="audio.seed").set_value(6).run()  # editing keeps the recipe: steps 1 and 2 stay put
    assert any(notice == info.value for info in app.info)
    assert Pipeline.from_url(_token(app)).dice == LEGACY
    app.button(key="audio.dice.switch").click().run()
    assert_clean(app)
    assert not any(notice == info.value for info in app.info)
    moved = Pipeline.from_url(_token(app))
    assert moved.dice == CURRENT and moved.steps == old.steps
    zh = open_page(None, "zh")
    zh.query_params["pipe"] = old.to_url()
    zh.switch_page(PAGE).run()
    assert_clean(zh)
    assert any(translate("audio.dice.legacy", "zh", old=LEGACY, new=CURRENT) == info.value for info in zh.info)


def test_a_new_link_and_a_recipe_use_the_current_recipe_without_a_notice() -> None:
    app = _open_with_link({"pipe": preset("loudness").to_url()})
    assert_clean(app)
    assert Pipeline.from_url(_token(app)).dice == CURRENT
    assert not any("recipe 1" in info.value for info in app.info)


def test_a_damaged_link_is_reported_and_its_good_parts_still_apply() -> None:
    app = _open_with_link({"pipe": "not-a-pipeline", "seed": "12", "n": "999", "rate": "abc"})
    assert not app.exception
    assert any(translate("audio.error.bad_link", "en") in error.value for error in app.error)
    assert len(app.multiselect(key="audio.transforms").value) == 4  # the default recipe
    assert app.number_input(key="audio.seed").value == 12
    assert app.slider(key="audio.n_draws").value == 12  # clamped to the most the grid shows


def test_settings_survive_a_visit_to_another_page() -> None:
    app = open_page(PAGE, "en")
    app.selectbox(key="audio.preset").set_value("pitch_time").run()
    app.number_input(key="audio.seed").set_value(9).run()
    chosen = app.multiselect(key="audio.transforms").value
    app.switch_page("pages/training.py").run()
    app.switch_page(PAGE).run()
    assert_clean(app)
    assert app.multiselect(key="audio.transforms").value == chosen
    assert app.number_input(key="audio.seed").value == 9


def test_an_uploaded_file_is_kept_when_the_user_visits_another_page_and_forgotten_when_cleared() -> None:
    app = open_page(PAGE, "en")
    app.file_uploader(key="audio.upload").upload("tone.wav", wav_bytes(), "audio/wav").run()
    app.switch_page("pages/home.py").run()
    app.switch_page(PAGE).run()  # Streamlit has emptied the uploader
    assert_clean(app)
    assert app.radio(key="audio.source").value == "upload"
    assert any("tone.wav" in element.value for element in app.markdown)
    assert any(translate("audio.kept_input", "en", name="tone.wav") == c.value for c in app.caption)
    app.file_uploader(key="audio.upload").upload("tone.wav", wav_bytes(), "audio/wav").run()
    app.file_uploader(key="audio.upload").clear().run()
    assert any(translate("audio.no_upload", "en") in info.value for info in app.info), "cleared on purpose: gone"


def test_a_step_can_be_switched_off_and_a_link_keeps_it_off() -> None:
    app = open_page(PAGE, "en")
    app.slider(key="audio.n_draws").set_value(1).run()
    app.toggle(key="audio.w.gain.on").set_value(False).run()
    assert_clean(app)
    assert "~~Gain~~" in " ".join(element.value for element in app.markdown)  # struck through in the strip
    shared = app.query_params["pipe"]
    token = shared[0] if isinstance(shared, list) else shared
    again = _open_with_link({"pipe": token})
    assert_clean(again)
    assert again.toggle(key="audio.w.gain.on").value is False
    assert again.toggle(key="audio.w.background_noise.on").value is True


def test_a_pipeline_file_with_bad_values_loads_cleaned_with_notices() -> None:
    app = open_page(PAGE, "en")
    text = json.dumps({"format": "playground.audio_pipeline/1",
                       "steps": [{"name": "gain", "p": 3, "settings": {"gain_db": [-99, 99], "loud": 1}}]})  # fmt: skip
    app.file_uploader(key="audio.pipeline_json").upload("p.json", text.encode(), "application/json").run()
    assert_clean(app)
    assert app.multiselect(key="audio.transforms").value == ["gain"]
    assert app.slider(key="audio.w.gain.p").value == 1.0
    assert tuple(app.slider(key="audio.w.gain.gain_db").value) == (-24.0, 12.0)
    infos = " ".join(info.value for info in app.info)
    assert "1. gain · p" in infos and "1. gain · gain_db" in infos and "“loud”" in infos and not app.error


M4A_HEADER = b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00M4A isommp42" + bytes(256)  # an ISO-BMFF voice memo's start


def test_an_m4a_upload_is_accepted_by_the_uploader_and_answered_with_how_to_convert() -> None:
    app = open_page(PAGE, "en")
    app.file_uploader(key="audio.upload").upload("memo.m4a", M4A_HEADER, "audio/x-m4a").run()
    for lang in ("en", "zh"):  # en first: AppTest formats selectbox options in English outside the script
        app.session_state["global.lang"] = lang
        app.run()
        assert not app.exception
        shown = " ".join(error.value for error in app.error)
        expected = translate("io.audio.unsupported_format", lang, format="M4A/MP4", accepted=ACCEPTED, ext="m4a")
        assert expected in shown, lang
        assert "ffmpeg -i input.m4a output.wav" in shown


def test_a_deep_huge_or_binary_pipeline_file_is_refused_with_a_message() -> None:
    app = open_page(PAGE, "en")
    before = app.multiselect(key="audio.transforms").value
    for name, data, key in (
        ("deep.json", b"[" * 20_000 + b"]" * 20_000, "io.json.too_deep"),
        ("huge.json", b'{"x": "' + b"a" * 1_100_000 + b'"}', "io.json.too_large"),
        ("binary.json", bytes(range(256)) * 8, "io.json.not_text"),
    ):
        app.file_uploader(key="audio.pipeline_json").upload(name, data, "application/json").run()
        assert not app.exception, name
        assert any(translate(key, "en").split("{")[0][:20] in error.value for error in app.error), name
        assert app.multiselect(key="audio.transforms").value == before, "a refused file changes nothing"


def test_the_method_choice_shows_its_measured_trade_off() -> None:
    app = open_page(PAGE, "en")
    app.slider(key="audio.n_draws").set_value(1).run()
    app.selectbox(key="audio.preset").select("pitch_time").run()
    app.selectbox(key="audio.w.pitch_shift.method").select("signalsmith").run()
    assert_clean(app)
    assert any("Signalsmith Stretch takes" in caption.value for caption in app.caption)
    assert "signalsmith" in app.query_params["pipe"][0] if isinstance(app.query_params["pipe"], list) else True
