"""The optimization lab through the router: every section, good and bad inputs, both languages."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from playground.i18n import translate
from playground.optim.calculator import CALCULATOR_KINDS, calculate
from playground.optim.descent import FUNCTIONS
from playground.optim.surfaces import SURFACES
from support.apptest import ENTRYPOINT, assert_clean, open_page

PAGE = "pages/optimization.py"


def open_section(section: str, language: str = "en"):
    app = open_page(PAGE, language)
    if section != "forward":
        app.segmented_control(key="opt.section").set_value(section).run()
    assert_clean(app)
    return app


def errors(app) -> str:
    return " ".join(element.value for element in app.error)


def metric(app, loss_id: str, language: str = "en") -> str:
    return next(m.value for m in app.metric if m.label == translate(f"loss.{loss_id}", language))


def test_forward_pass_shows_every_layer_and_explains_a_shape_error() -> None:
    app = open_section("forward")
    assert "ŷ = [2.4]" in app.success[0].value
    assert len(app.get("plotly_chart")) == 1 and len(app.latex) >= 4
    app.button(key="opt.fw_break").click().run()
    assert_clean(app)
    message = errors(app)
    assert "x has 2 entries" in message and "W1 is 3×2" in message and "Fix" in message
    app.button(key="opt.fw_reset").click().run()
    app.text_input(key="opt.fw_x").input("1, a").run()
    assert_clean(app)
    assert "“a”" in errors(app) and "not a number" in errors(app)


def test_calculator_gives_the_issue_mse_and_clear_errors() -> None:
    app = open_section("losses")
    app.text_input(key="opt.y_true").input("[1, 2]")
    app.text_input(key="opt.y_pred").input("[1.1, 1.9]").run()
    assert_clean(app)
    assert metric(app, "mse") == "0.01"
    assert metric(app, "mae") == "0.1"
    assert not app.error
    app.text_input(key="opt.y_pred").input("1.1, 1.9, 3").run()
    assert "y_true has 2 entries but y_pred has 3" in errors(app)
    app.text_input(key="opt.y_pred").input("1.1, x").run()
    assert "“x”" in errors(app) and "not a number" in errors(app)
    assert_clean(app)


def test_changing_the_kind_loads_its_example_and_every_loss() -> None:
    app = open_section("losses")
    app.segmented_control(key="opt.loss_kind").set_value("classification").run()
    assert_clean(app)
    example = CALCULATOR_KINDS["classification"].example
    assert (app.text_input(key="opt.y_true").value, app.text_input(key="opt.y_pred").value) == example
    expected = calculate("classification", *example)
    assert metric(app, "cross_entropy") == f"{expected.value('cross_entropy'):.4g}"
    assert len(app.metric) == 5
    app.segmented_control(key="opt.loss_kind").set_value("distribution").run()
    app.text_input(key="opt.y_true").input("7, 2, 1").run()
    assert_clean(app)
    assert app.info and "divided by 10" in app.info[0].value


def test_loss_curves_and_the_outlier_toggle() -> None:
    app = open_section("losses")
    charts = app.get("plotly_chart")
    assert len(charts) == 2  # curves and the outlier fit
    app.toggle(key="opt.outlier").set_value(False).run()
    assert_clean(app)
    app.radio(key="opt.curve_kind").set_value("binary").run()
    assert_clean(app)
    assert len(app.get("plotly_chart")) == 1


def test_descent_reports_divergence_above_two_over_l() -> None:
    app = open_section("descent")
    assert app.success  # the default "good" learning rate converges
    app.button(key="opt.preset.diverging").click().run()
    assert_clean(app)
    assert app.number_input(key="opt.lr").value == FUNCTIONS["quadratic"].presets["diverging"]
    message = errors(app)
    assert "Diverged" in message and "2/L = 1" in message
    table = app.dataframe[0].value
    assert len(table) == 20 and list(table.columns)[-1].startswith("w_k+1")
    app.selectbox(key="opt.fn").set_value("quartic").run()
    assert_clean(app)
    assert app.number_input(key="opt.lr").value == FUNCTIONS["quartic"].presets["good"]
    assert app.slider(key="opt.w0").value == FUNCTIONS["quartic"].start


def test_race_paths_frames_and_results() -> None:
    app = open_section("race")
    assert len(app.dataframe[0].value) == 5  # the five default racers
    app.selectbox(key="opt.surface").set_value("rosenbrock").run()
    assert (app.slider(key="opt.x0").value, app.slider(key="opt.y0").value) == SURFACES["rosenbrock"].start
    app.multiselect(key="opt.optimizers").set_value(["sgd", "adam"]).run()
    app.slider(key="opt.race_steps").set_value(30).run()
    app.toggle(key="opt.show_state").set_value(True).run()
    assert_clean(app)
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert len(spec["frames"]) == 31 and spec["frames"][-1]["name"] == "30"
    assert len(app.dataframe[0].value) == 2
    app.multiselect(key="opt.optimizers").set_value([]).run()
    assert_clean(app)
    assert app.info


@pytest.mark.parametrize("section", ["forward", "losses", "descent", "race"])
def test_every_section_renders_in_chinese(section: str) -> None:
    app = open_section(section, "zh")
    assert app.header[0].value == translate(f"opt.section.{section}", "zh")


def test_switching_language_keeps_the_section_and_the_typed_vectors() -> None:
    app = open_section("losses")
    app.text_input(key="opt.y_true").input("3, 4")
    app.text_input(key="opt.y_pred").input("3.5, 4").run()
    app.selectbox(key="global.lang").select("zh").run()
    assert_clean(app)
    assert app.segmented_control(key="opt.section").value == "losses"
    assert app.text_input(key="opt.y_true").value == "3, 4"
    assert metric(app, "mse", "zh") == "0.125"


def test_every_sections_settings_survive_a_visit_to_another_page() -> None:
    app = open_section("race")
    app.selectbox(key="opt.surface").set_value("rosenbrock").run()
    app.multiselect(key="opt.optimizers").set_value(["sgd", "adam"]).run()
    app.switch_page("pages/home.py").run()
    app.switch_page(PAGE).run()
    assert_clean(app)
    assert app.segmented_control(key="opt.section").value == "race"
    assert app.selectbox(key="opt.surface").value == "rosenbrock"
    assert app.multiselect(key="opt.optimizers").value == ["sgd", "adam"]
    assert app.query_params["section"] in ("race", ["race"]), "the link opens the same section again"
    app.segmented_control(key="opt.section").set_value("losses").run()
    app.text_input(key="opt.y_true").input("3, 4").run()
    app.switch_page("pages/training.py").run()
    app.switch_page(PAGE).run()
    assert app.text_input(key="opt.y_true").value == "3, 4"
    app.segmented_control(key="opt.section").set_value("race").run()
    assert app.selectbox(key="opt.surface").value == "rosenbrock"  # a section not drawn keeps its values too


def _open_link(**params: str) -> AppTest:
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    app.run()
    app.query_params.update(params)
    app.switch_page(PAGE).run()
    return app


def _param(app: AppTest, name: str) -> str | None:
    value = app.query_params.get(name)
    return value[-1] if isinstance(value, list) else value


def test_a_race_link_opens_the_same_experiment_and_the_page_keeps_it_in_the_url() -> None:
    link = {"section": "race", "surface": "rosenbrock", "racers": "sgd,adam", "steps": "40", "x0": "-1.5",
            "y0": "2", "hp": "adam.lr:0.05"}  # fmt: skip
    app = _open_link(**link)
    assert_clean(app)
    assert app.selectbox(key="opt.surface").value == "rosenbrock"
    assert app.multiselect(key="opt.optimizers").value == ["sgd", "adam"]
    assert (app.slider(key="opt.x0").value, app.slider(key="opt.y0").value) == (-1.5, 2.0)
    assert app.number_input(key="opt.hp.adam.lr").value == 0.05
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert len(spec["frames"]) == 41
    assert {name: _param(app, name) for name in link} == link
    app.selectbox(key="opt.surface").set_value("bowl").run()
    assert _param(app, "surface") == "bowl"
    app.segmented_control(key="opt.section").set_value("descent").run()
    assert _param(app, "surface") is None and _param(app, "fn") == "quadratic", "only the shown section's settings"


def test_a_damaged_race_link_is_clamped_and_its_unknown_parts_listed() -> None:
    app = _open_link(section="race", surface="moon", racers="sgd,warp", x0="99", steps="x", hp="adam.zz:1;sgd.lr:5e9")
    assert not app.exception
    notes = [element.value for element in app.warning if element.icon == ":material/link_off:"]
    assert len(notes) == 1, "one message lists everything the link could not use as written"
    warning = notes[0]
    for part in ("surface: “moon”", "racers: sgd,warp", "steps: “x”", "“adam.zz”", "x0: 99", "sgd.lr: 5e+09"):
        assert part in warning, (part, warning)
    assert app.selectbox(key="opt.surface").value == "bowl"
    assert app.multiselect(key="opt.optimizers").value == ["sgd"]
    assert app.slider(key="opt.x0").value == SURFACES["bowl"].x_range[1]
    assert app.number_input(key="opt.hp.sgd.lr").value <= 10.0


def test_descent_and_loss_links() -> None:
    app = _open_link(section="descent", fn="quartic", w0="1", lr="0.05", n="30")
    assert_clean(app)
    assert app.selectbox(key="opt.fn").value == "quartic"
    assert (app.slider(key="opt.w0").value, app.number_input(key="opt.lr").value) == (1.0, 0.05)
    assert app.slider(key="opt.n_steps").value == 30
    app = _open_link(section="losses", kind="regression", y="3, 4", yhat="3.5, 4")
    assert_clean(app)
    assert metric(app, "mse") == "0.125"
    assert _param(app, "y") == "3, 4"


def test_a_forward_pass_link_brings_the_typed_numbers_and_their_shape_error() -> None:
    app = _open_link(section="forward", x="1, 2", w1="0.5, -1\n0.8, 0.2\n0.3, -0.6", b1="0.1, 0", depth="1",
                     act1="tanh", act2="warp")  # fmt: skip
    assert not app.exception
    assert app.radio(key="opt.fw_depth").value == 1
    assert app.selectbox(key="opt.fw_act1").value == "tanh"
    assert app.text_area(key="opt.fw_w1").value == "0.5, -1\n0.8, 0.2\n0.3, -0.6"
    assert app.error, "the 3×2 weights cannot take an input of length 2: the page says why"
    assert "act2: “warp”" in " ".join(element.value for element in app.warning)
    assert _param(app, "w1") == "0.5, -1\n0.8, 0.2\n0.3, -0.6" and _param(app, "section") == "forward"


def test_loss_settings_travel_in_the_link_and_survive_a_page_switch() -> None:
    app = _open_link(section="losses", kind="regression", y="0, 0", yhat="3, 0", lp="delta:0.5;warp:1")
    assert not app.exception
    assert app.slider(key="opt.loss_param.delta").value == 0.5
    assert "“warp” is not a setting of lp" in " ".join(element.value for element in app.warning)
    assert metric(app, "huber") == "0.6875"  # (0.5·(3 - 0.25) + 0) / 2 with δ = 0.5
    assert _param(app, "lp") == "delta:0.5"
    app.switch_page("pages/home.py").run()
    app.switch_page(PAGE).run()
    assert app.slider(key="opt.loss_param.delta").value == 0.5
