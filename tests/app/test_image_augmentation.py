"""AppTest of the image augmentation studio: input, pipeline editing, grid size, seed, URL state, exports."""

from __future__ import annotations

import json
import re

import cv2
import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from playground.augment.image.pipeline import Pipeline, Step
from playground.augment.image.presets import preset
from playground.i18n import translate
from playground.ui.image import keys
from support.apptest import ENTRYPOINT, assert_clean, open_page

PAGE = "pages/image_augmentation.py"


def png_bytes(h: int = 60, w: int = 80) -> bytes:
    img = np.zeros((h, w, 3), np.uint8)
    img[10:40, 20:60] = (200, 80, 30)
    return cv2.imencode(".png", img)[1].tobytes()


def jpeg_bytes(h: int = 90, w: int = 70) -> bytes:
    img = np.random.default_rng(0).integers(0, 256, (h, w, 3), dtype=np.uint8)
    return cv2.imencode(".jpg", img)[1].tobytes()


def step_names(app: AppTest) -> list[str]:
    return [row["name"] for row in app.session_state["image.steps"]]


def grid_captions(app: AppTest) -> list[str]:
    return [c.value for c in app.caption if c.value.startswith("**#")]


@pytest.fixture(scope="module")
def app() -> AppTest:
    return open_page(PAGE, "en")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_page_renders_the_grid_in_both_languages(language: str) -> None:
    app = open_page(PAGE, language)
    assert_clean(app)
    assert app.title[0].value == translate("image.title", language)
    assert len(grid_captions(app)) == app.slider(key="image.n_draws").value
    assert app.get("plotly_chart"), "the pixel histogram is missing"
    assert app.selectbox(key="image.sample").value == "astronaut"


def test_grid_size_and_seed_drive_the_draws(app: AppTest) -> None:
    app.slider(key="image.n_draws").set_value(5).run()
    assert len(grid_captions(app)) == 5
    before = grid_captions(app)
    app.number_input(key="image.seed").set_value(1234).run()
    assert_clean(app)
    after = grid_captions(app)
    assert len(after) == 5 and after != before
    app.number_input(key="image.seed").set_value(1234).run()
    assert grid_captions(app) == after, "the same seed must give the same draws"
    app.button(key="image.reroll").click().run()
    assert app.number_input(key="image.seed").value != 1234
    assert app.query_params["seed"] in (
        str(app.number_input(key="image.seed").value),
        [str(app.number_input(key="image.seed").value)],
    )


def test_add_reorder_disable_and_remove_steps(app: AppTest) -> None:
    app.button(key="image.load_preset").click().run()
    assert step_names(app) == ["hflip", "rotate", "brightness_contrast"]
    app.selectbox(key="image.add_name").set_value("gaussian_noise").run()
    app.button(key="image.add").click().run()
    assert step_names(app)[-1] == "gaussian_noise"
    noise_id = app.session_state["image.steps"][-1]["id"]
    app.button(key=f"image.up.{noise_id}").click().run()
    assert step_names(app) == ["hflip", "rotate", "gaussian_noise", "brightness_contrast"]
    app.toggle(key=f"image.step.{noise_id}.on").set_value(False).run()
    assert app.session_state["image.steps"][2]["enabled"] is False
    app.slider(key=f"image.step.{noise_id}.p").set_value(1.0).run()
    assert app.session_state["image.steps"][2]["p"] == 1.0
    app.button(key=f"image.remove.{noise_id}").click().run()
    assert step_names(app) == ["hflip", "rotate", "brightness_contrast"]
    assert_clean(app)


def test_step_parameters_reach_the_sampled_values(app: AppTest) -> None:
    app.button(key="image.load_preset").click().run()
    rotate_id = app.session_state["image.steps"][1]["id"]
    app.slider(key=f"image.step.{rotate_id}.p").set_value(1.0).run()
    app.slider(key=f"image.step.{rotate_id}.limit").set_value((25.0, 25.0)).run()
    captions = " ".join(grid_captions(app))
    assert "angle=25" in captions and "Rotate" in captions


def test_upload_png_and_jpeg_then_pick_one() -> None:
    app = open_page(PAGE, "en")
    app.segmented_control(key="image.source").set_value("upload").run()
    assert_clean(app)
    assert app.info, "an empty uploader says what to do"
    app.file_uploader(key="image.upload").set_value(
        [("a.png", png_bytes(), "image/png"), ("b.jpg", jpeg_bytes(), "image/jpeg")]
    ).run()
    assert_clean(app)
    assert app.selectbox(key="image.upload_pick").options == ["a.png", "b.jpg"]
    assert "80×60" in " ".join(c.value for c in app.caption)
    app.selectbox(key="image.upload_pick").set_value(1).run()
    assert "70×90" in " ".join(c.value for c in app.caption)
    assert grid_captions(app)


def test_a_broken_upload_gets_a_clear_error_not_a_traceback() -> None:
    app = open_page(PAGE, "en")
    app.segmented_control(key="image.source").set_value("upload").run()
    app.file_uploader(key="image.upload").set_value(("broken.png", b"\x89PNG\r\n\x1a\nnot really", "image/png")).run()
    assert not app.exception
    assert app.error and "broken.png" in app.error[0].value


def test_quick_mode_shows_one_transform_always_applied() -> None:
    app = open_page(PAGE, "en")
    app.toggle(key="image.quick").set_value(True).run()
    app.selectbox(key="image.quick_name").set_value("vflip").run()
    assert_clean(app)
    captions = grid_captions(app)
    assert captions and all("Vertical flip" in c for c in captions)


def test_the_url_restores_a_shared_pipeline_and_seed() -> None:
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    shared = preset("occlusion")
    app.query_params["lang"] = "zh"
    app.run()
    app.query_params.update({"pipe": shared.to_url(), "seed": "77", "n": "3"})
    app.switch_page(PAGE).run()
    assert_clean(app)
    assert step_names(app) == [s.name for s in shared.steps]
    assert app.number_input(key="image.seed").value == 77
    assert len(grid_captions(app)) == 3
    assert app.query_params["pipe"] in (shared.to_url(), [shared.to_url()]), "the page keeps the link shareable"


def test_a_damaged_link_falls_back_with_a_message() -> None:
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    app.run()
    app.query_params["pipe"] = "definitely-not-a-pipeline"
    app.switch_page(PAGE).run()
    assert not app.exception
    assert any(translate("image.err.bad_link", "en") in e.value for e in app.error)
    assert step_names(app) == [s.name for s in preset("light").steps]


def test_loading_a_pipeline_json_replaces_the_steps() -> None:
    app = open_page(PAGE, "en")
    app.file_uploader(key="image.load_json").set_value(
        ("p.json", preset("heavy_geometric").to_json().encode(), "application/json")
    ).run()
    assert_clean(app)
    assert step_names(app) == [s.name for s in preset("heavy_geometric").steps]
    app.file_uploader(key="image.load_json").set_value(("bad.json", b"{oops", "application/json")).run()
    assert not app.exception and app.error


def test_camera_source_explains_itself_and_36_draws_render() -> None:
    app = open_page(PAGE, "en")
    app.slider(key="image.n_draws").set_value(36).run()
    assert len(grid_captions(app)) == 36
    app.segmented_control(key="image.source").set_value("camera").run()
    assert not app.exception
    assert any(translate("image.camera_hint", "en") in info.value for info in app.info)


def test_seed_draw_count_and_quick_mode_survive_a_visit_to_another_page() -> None:
    app = open_page(PAGE, "en")
    app.number_input(key="image.seed").set_value(5).run()
    app.slider(key="image.n_draws").set_value(4).run()
    app.switch_page("pages/home.py").run()
    app.switch_page(PAGE).run()
    assert_clean(app)
    assert app.number_input(key="image.seed").value == 5
    assert app.slider(key="image.n_draws").value == 4
    assert len(grid_captions(app)) == 4


def test_an_uploaded_image_is_kept_when_the_user_visits_another_page() -> None:
    app = open_page(PAGE, "en")
    app.segmented_control(key="image.source").set_value("upload").run()
    app.file_uploader(key="image.upload").set_value([("a.png", png_bytes(), "image/png")]).run()
    app.switch_page("pages/home.py").run()
    app.switch_page(PAGE).run()
    assert_clean(app)
    assert app.segmented_control(key="image.source").value == "upload"
    captions = " ".join(c.value for c in app.caption)
    assert translate("image.kept_input", "en", name="a.png") in captions and "80×60" in captions
    assert grid_captions(app)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_link_with_bad_values_opens_cleaned_and_says_what_changed(language: str) -> None:
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    app.query_params["lang"] = language
    app.run()
    shared = Pipeline((Step("rotate", 7.0, {"limit": [0, 999]}),))  # written by hand: p and limit out of range
    app.query_params.update({"pipe": shared.to_url(), "seed": "abc", "n": "999"})
    app.switch_page(PAGE).run()
    assert_clean(app)
    assert app.session_state["image.steps"][0]["p"] == 1.0
    assert tuple(app.session_state["image.steps"][0]["params"]["limit"]) == (0.0, 180.0)
    assert app.slider(key="image.n_draws").value == 36
    infos = " ".join(info.value for info in app.info)
    for name in ("seed", "n", "1. rotate · p", "1. rotate · limit"):
        assert f"{name}{'：' if language == 'zh' else ':'}" in infos, (name, infos)
    assert translate("param.note.clamped", language, name="n", given="999", used="36", accepted="[1, 36]") in infos


def test_a_pipeline_file_with_bad_values_loads_cleaned_with_notices() -> None:
    app = open_page(PAGE, "en")
    text = json.dumps({"version": 1, "steps": [{"name": "hflip", "p": -3}, {"name": "rotate", "params": {"x": 1}}]})
    app.file_uploader(key="image.load_json").set_value(("p.json", text.encode(), "application/json")).run()
    assert_clean(app)
    assert step_names(app) == ["hflip", "rotate"] and app.session_state["image.steps"][0]["p"] == 0.0
    infos = " ".join(info.value for info in app.info)
    assert "1. hflip · p" in infos and "2. rotate" in infos and not app.error


def solid_png(h: int, w: int) -> bytes:
    img = np.zeros((h, w, 3), np.uint8)
    img[..., 0] = 200
    return cv2.imencode(".png", img)[1].tobytes()


@pytest.mark.parametrize(("name", "h", "w", "preview"), [("dot.png", 1, 1, "1×1"), ("strip.png", 2, 4000, "1024×1")])
def test_a_one_pixel_image_renders_the_grid_and_every_view(name: str, h: int, w: int, preview: str) -> None:
    """Bug fix: a 1×1 PNG and a 4000×2 strip (preview 1024×1) showed a traceback (label sliders, thumbnails)."""
    app = open_page(PAGE, "en")
    app.segmented_control(key="image.source").set_value("upload").run()
    app.file_uploader(key="image.upload").set_value([(name, solid_png(h, w), "image/png")]).run()
    assert_clean(app)
    assert not app.error, [e.value for e in app.error]
    assert preview in " ".join(c.value for c in app.caption)
    assert len(grid_captions(app)) == app.slider(key="image.n_draws").value
    assert app.get("plotly_chart"), "the pixel histogram is missing"
    app.button(key="image.zoom.0").click().run()  # the enlarged view with every intermediate
    assert_clean(app)
    app.selectbox(key="image.inspect").set_value(1).run()
    assert_clean(app)
    for preset_name in ("classic", "heavy_geometric", "photometric", "occlusion"):
        app.selectbox(key="image.preset").set_value(preset_name).run()
        app.button(key="image.load_preset").click().run()
        assert_clean(app)
        assert not app.error and len(grid_captions(app)) == app.slider(key="image.n_draws").value, preset_name


def test_a_pipeline_json_nested_100000_deep_is_refused_with_a_message() -> None:
    app = open_page(PAGE, "en")
    before = step_names(app)
    deep = b"[" * 100_000 + b"]" * 100_000
    app.file_uploader(key="image.load_json").set_value(("deep.json", deep, "application/json")).run()
    assert not app.exception, [e.value for e in app.exception]
    assert any(translate("io.json.too_deep", "en", depth=100_000, limit=32) in e.value for e in app.error)
    assert step_names(app) == before


def test_every_session_key_of_the_studio_is_declared_in_its_keys_module() -> None:
    """``playground.ui.image.keys`` names every key the page puts in session state: constants or their builders."""
    declared = {value for name, value in vars(keys).items() if name.isupper() and isinstance(value, str)}
    assert len(declared) == len([n for n, v in vars(keys).items() if n.isupper() and isinstance(v, str)]), "a key twice"
    built = re.compile(
        r"^image\.(step\.\d+\.\w+|(up|down|remove)\.\d+|zoom\.\d+|box_[xy]\.\w+|kp\d+_[xy]\.\w+)$"
    )  # keys.step_widget, step_button, zoom_button, box_slider, point_slider
    app = open_page(PAGE, "en")
    app.toggle(key=keys.QUICK).set_value(True).run()
    app.segmented_control(key=keys.SOURCE).set_value("upload").run()
    app.file_uploader(key=keys.UPLOAD).set_value([("a.png", png_bytes(), "image/png")]).run()
    app.file_uploader(key=keys.LOAD_JSON).set_value(("bad.json", b"{oops", "application/json")).run()
    used = {key for key in app.session_state.keys() if str(key).startswith("image.")}  # noqa: SIM118 (no __iter__)
    undeclared = sorted(key for key in used if key not in declared and not built.match(key))
    assert not undeclared, undeclared
