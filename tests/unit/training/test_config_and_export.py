"""URL round trip, presets, exports (state_dict, ONNX, CSV) and the figures."""

from __future__ import annotations

import io

import numpy as np
import onnx
import plotly.graph_objects as go
import pytest
import torch

from playground.training.config import TrainConfig, from_query, to_query
from playground.training.export import TrainedModel, history_csv, load_state, onnx_bytes
from playground.training.figures.boundary import boundary_figure, boundary_picture, click_grid_figure
from playground.training.figures.curves import curves_figure
from playground.training.figures.metrics import confusion_figure, norms_figure
from playground.training.figures.network import network_figure
from playground.training.figures.network_image import network_picture
from playground.training.model import ModelConfig
from playground.training.presets import PRESETS, preset_config
from playground.training.toy_data import make_dataset, split
from playground.training.trainer import Trainer

RICH = TrainConfig(
    dataset="blobs",
    n_points=750,
    noise=0.15,
    test_ratio=0.3,
    n_classes=4,
    draw=2,
    seed=1234,
    model=ModelConfig(
        features=("x1", "x2", "x1x2", "sin_x2"),
        widths=(8, 5, 3),
        activations=("relu", "gelu", "sigmoid"),
        dropout=0.1,
        batch_norm=True,
        init="kaiming",
    ),
    loss="focal",
    loss_params={"gamma": 1.5},
    optimizer="nadam",
    optimizer_params={"lr": 0.003, "beta1": 0.8},
    scheduler="step",
    scheduler_params={"step_size": 20, "gamma": 0.3},
    batch_size=17,
    regularization="l1",
    reg_rate=0.01,
    grad_clip=2.5,
    stop_epochs=300,
    target_loss=0.05,
)


def test_url_round_trip_restores_every_field() -> None:
    query = to_query(RICH)
    assert all(isinstance(value, str) for value in query.values())
    restored = from_query(query)
    assert restored.structure_key() == RICH.structure_key()
    assert restored.loss_params == {"gamma": 1.5} and restored.optimizer_params["beta1"] == 0.8
    assert restored.optimizer_params["lr"] == pytest.approx(0.003)
    assert (restored.scheduler, restored.scheduler_params["step_size"]) == ("step", 20)
    assert from_query(to_query(restored)) == restored


def test_a_broken_or_hostile_url_falls_back_to_safe_values() -> None:
    config = from_query(
        {
            "ds": "nope",
            "n": "1e12",
            "h": "9999,abc,3,3,3,3,3,3",
            "act": "evil",
            "loss": "kl_div",
            "opt": "sgd",
            "o.lr": "nan",
            "bs": "-4",
            "noise": "7",
            "seed": "-1",
        }
    )
    assert config.dataset == "circle" and config.n_points == 2000 and config.noise == 0.5
    assert config.model.widths == (64, 3, 3, 3, 3, 3) and set(config.model.activations) == {"tanh"}
    assert config.loss == "cross_entropy" and config.batch_size == 1 and config.seed == 0
    assert 0 < config.lr <= 10
    assert from_query({"ds": "plane", "loss": "cross_entropy"}).loss == "mse"  # the loss follows the task


@pytest.mark.parametrize("preset_id", list(PRESETS))
def test_presets_are_valid_links(preset_id: str) -> None:
    config = preset_config(preset_id, seed=3)
    assert from_query(to_query(config)) == config
    assert config.seed == 3


@pytest.fixture(scope="module")
def trained() -> tuple[TrainConfig, Trainer]:
    config = TrainConfig(
        model=ModelConfig(
            features=("x1", "x2", "x1sq", "sin_x1"), widths=(5,), activations=("tanh",), batch_norm=True, dropout=0.1
        )
    )
    trainer = Trainer(config, split(make_dataset("circle", 200, 0, 1), 0.5, 1))
    for _ in range(3):
        trainer.step_epoch()
    return config, trainer


def test_state_dict_loads_safely_and_the_model_takes_raw_points(trained) -> None:
    config, trainer = trained
    snap = trainer.snapshot(weights=True)
    state = torch.load(io.BytesIO(snap.state_dict), weights_only=True)
    assert "1.linear.weight" in state
    model = load_state(config, 2, snap.state_dict)
    points = torch.tensor([[0.5, -1.0], [3.0, 2.0]])
    trainer.model.eval()
    with torch.no_grad():
        torch.testing.assert_close(model(points), trainer.model(points))
    handed = TrainedModel(model, np.zeros((2, 2), np.float32), np.zeros(2, np.int64), "classification", 2, "x")
    assert not handed.model.training and next(handed.model.parameters()).device.type == "cpu"


def test_onnx_export_checks_and_matches_torch(trained) -> None:
    config, trainer = trained
    model = load_state(config, 2, trainer.snapshot(weights=True).state_dict)
    data = onnx_bytes(model)
    assert data is not None
    onnx.checker.check_model(onnx.load_from_string(data))
    assert [i.name for i in onnx.load_from_string(data).graph.input] == ["x"]


def test_history_csv_has_a_row_per_epoch(trained) -> None:
    _, trainer = trained
    text = history_csv(trainer.snapshot().history)
    lines = text.strip().splitlines()
    assert lines[0].startswith("epoch,step,train_loss") and len(lines) == 1 + trainer.epoch


def test_figures_are_valid_plotly_and_pictures_have_the_right_shape(trained) -> None:
    config, trainer = trained
    snap = trainer.snapshot()
    parts = split(make_dataset("circle", 200, 0, 1), 0.5, 1)
    labels = {"loss": "L", "accuracy": "A", "train": "tr", "test": "te", "epoch": "e"}
    figures = [
        boundary_figure(snap.boundary, snap.task, snap.extent, parts.train, parts.test),
        click_grid_figure(parts.train, 6.0),
        curves_figure(snap.history, labels, overlays=[("old", snap.history)]),
        confusion_figure(snap.confusion, {"hover": "h", "predicted": "p", "true": "t"}),
        norms_figure(snap.weight_norms, snap.grad_norms, {"layer": "l", "output": "o", "weights": "w", "grads": "g"}),
        network_figure(
            snap.neuron_maps,
            snap.weights,
            snap.layer_widths,
            column_titles=["in", "5", "out"],
            input_names=["a", "b", "c", "d"],
            output_image=None,
        ),
    ]
    for figure in figures:
        go.Figure(figure.to_dict())  # raises if the hand-built spec is not valid plotly
    picture = network_picture(
        snap.neuron_maps,
        snap.weights,
        snap.layer_widths,
        column_titles=["", "5 tanh", ""],
        feature_ids=list(config.model.features),
        output_image=None,
    )
    assert picture.shape == (400, 560, 3) and picture.dtype == np.uint8
    assert boundary_picture(snap.boundary, snap.task, snap.extent, parts.train, parts.test).shape == (320, 320, 3)
