"""The compression studio through the router: pick methods, run, see the table and plots."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import torch
from streamlit.testing.v1 import AppTest

from support.apptest import ENTRYPOINT, assert_clean, open_page

PAGE = "pages/compression.py"


@pytest.fixture(scope="module")
def ran():
    """One run shared by the tests below: digits MLP, two cheap methods."""
    app = open_page(PAGE, "en")
    assert_clean(app)
    app.multiselect(key="compress.methods").set_value(["fp16", "dyn_int8_ao"]).run()
    app.button(key="compress.run").click().run()
    return app


def test_page_starts_with_the_model_and_method_pickers():
    app = open_page(PAGE, "en")
    assert_clean(app)
    assert app.selectbox(key="compress.model").value == "digits_mlp"
    assert app.multiselect(key="compress.methods").value  # sensible defaults
    assert not app.dataframe  # nothing measured before Run
    assert any("Run the comparison" in info.value for info in app.info)


def test_run_shows_the_table_and_plots(ran):
    assert_clean(ran)
    assert not ran.error
    assert len(ran.dataframe) == 1
    table = ran.dataframe[0].value
    assert len(table) == 3  # fp32 + the two chosen methods
    assert len(ran.get("plotly_chart")) >= 4  # pareto, speed, histogram, per-layer error
    assert "compress.report" in ran.session_state


def test_results_survive_a_language_switch_without_recomputing(ran):
    report = ran.session_state["compress.report"]
    ran.session_state["global.lang"] = "zh"
    ran.run()
    assert_clean(ran)
    assert ran.session_state["compress.report"] is report  # same object: not recomputed
    assert len(ran.dataframe) == 1
    assert ran.multiselect(key="compress.methods").value == ["fp16", "dyn_int8_ao"]
    ran.session_state["global.lang"] = "en"
    ran.run()


def test_moons_shows_decision_boundaries():
    app = open_page(PAGE, "en")
    app.selectbox(key="compress.model").select("moons_mlp").run()
    app.multiselect(key="compress.methods").set_value(["wo_int4_intx", "prune_channels"]).run()
    app.button(key="compress.run").click().run()
    assert_clean(app)
    assert len(app.dataframe) == 1
    assert len(app.get("plotly_chart")) == 5  # + the decision boundaries of a 2-D model


def test_the_training_pages_model_is_offered_and_refusals_are_messages():
    generator = torch.Generator().manual_seed(0)
    x = torch.randn(80, 2, generator=generator)
    trained = SimpleNamespace(
        model=torch.nn.Sequential(torch.nn.Linear(2, 16), torch.nn.Tanh(), torch.nn.Linear(16, 2)).eval(),
        x_test=x.numpy(), y_test=(x[:, 0] > 0).long().numpy(), task="classification", n_classes=2, name="my tanh net",
    )  # fmt: skip
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    app.query_params["lang"] = "en"
    app.session_state["train.trained_model"] = trained
    app.run()
    app.switch_page(PAGE).run()
    assert app.selectbox(key="compress.model").value == "trained"
    app.multiselect(key="compress.methods").set_value(["fuse_fp32", "fp16"]).run()
    app.button(key="compress.run").click().run()
    assert_clean(app)
    assert len(app.dataframe[0].value) == 2  # fp32 and fp16; layer folding refused
    assert any("Nothing to fold" in warning.value for warning in app.warning)


def test_the_chosen_methods_and_knobs_survive_a_visit_to_another_page():
    app = open_page(PAGE, "en")
    app.multiselect(key="compress.methods").set_value(["fp16", "prune_magnitude"]).run()
    app.slider(key="compress.sparsity").set_value(0.8).run()
    app.switch_page("pages/home.py").run()
    app.switch_page(PAGE).run()
    assert_clean(app)
    assert app.multiselect(key="compress.methods").value == ["fp16", "prune_magnitude"]
    assert app.slider(key="compress.sparsity").value == 0.8


def test_each_knob_is_enabled_for_the_methods_that_read_it_and_reaches_the_report_as_before():
    app = open_page(PAGE, "en")
    app.multiselect(key="compress.methods").set_value(["prune_magnitude"]).run()
    assert not app.slider(key="compress.sparsity").disabled and not app.radio(key="compress.prune_scope").disabled
    assert app.slider(key="compress.channels").disabled and app.checkbox(key="compress.finetune").disabled
    assert app.select_slider(key="compress.calib_size").disabled and app.radio(key="compress.observer").disabled
    app.slider(key="compress.sparsity").set_value(0.8).run()
    app.radio(key="compress.prune_scope").set_value("layer").run()
    app.multiselect(key="compress.methods").set_value(["prune_magnitude", "static_int8"]).run()
    app.select_slider(key="compress.calib_size").set_value("64").run()
    app.multiselect(key="compress.methods").set_value(["prune_magnitude"]).run()  # kept while disabled
    assert app.select_slider(key="compress.calib_size").disabled
    app.button(key="compress.run").click().run()
    assert_clean(app)
    settings = dict(app.session_state["compress.report"].settings)
    assert isinstance(settings.pop("seed"), int)
    assert settings == {"calib_size": 64, "per_channel": True, "sparsity": 0.8, "prune_scope": "layer",
                        "channel_fraction": 0.25, "finetune": True, "finetune_epochs": 4,
                        "methods": ["fp32", "prune_magnitude"]}  # fmt: skip
