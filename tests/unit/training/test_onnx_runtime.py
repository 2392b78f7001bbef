"""The ONNX download runs in onnxruntime and gives PyTorch's outputs, for every kind of network the studio builds.

Why run it and not only ``onnx.checker``: a file can be well formed and still
compute something else (a batch norm exported in training mode, a feature
stacked in the wrong order, a dynamic batch axis that is not dynamic). A
student who opens the download in another runtime must get the numbers the
studio showed. Tolerance: float32 on both sides, so ``rtol=1e-4, atol=1e-5``
(measured differences are ~1e-7; a wrong operator is off by far more).
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from playground.training.config import TrainConfig
from playground.training.export import onnx_bytes
from playground.training.features import FEATURES
from playground.training.model import ACTIVATIONS, ModelConfig, build_model
from playground.training.toy_data import make_dataset, split
from playground.training.trainer import Trainer

ort = pytest.importorskip("onnxruntime")
RTOL, ATOL = 1e-4, 1e-5
ALL_FEATURES = tuple(FEATURES)


def _points(n: int, seed: int) -> np.ndarray:
    """Raw points across the plot's range [-6, 6], and a little beyond (sin and squares wrap and grow there)."""
    return np.random.default_rng(seed).uniform(-6.5, 6.5, size=(n, 2)).astype(np.float32)


def _ready(config: ModelConfig, n_outputs: int, seed: int) -> torch.nn.Module:
    """A model with non-trivial batch-norm statistics (as after training), in eval mode as the export sees it."""
    model = build_model(config, n_outputs, seed)
    if config.batch_norm:
        model.train()
        with torch.no_grad():
            for step in range(5):
                model(torch.as_tensor(_points(64, 100 + step)) * 1.7 + 0.3)
    return model.eval()


def _run_both(model: torch.nn.Module, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    data = onnx_bytes(model)
    assert data is not None, "the exporter refused a model the studio builds"
    session = ort.InferenceSession(data, providers=["CPUExecutionProvider"])
    assert [i.name for i in session.get_inputs()] == ["x"] and [o.name for o in session.get_outputs()] == ["y"]
    (from_onnx,) = session.run(["y"], {"x": points})
    with torch.no_grad():
        from_torch = model(torch.as_tensor(points)).numpy()
    return from_onnx, from_torch


CASES = [
    # every activation, one hidden layer, the default features
    *[pytest.param(ModelConfig(widths=(6,), activations=(act,)), 2, id=f"act-{act}") for act in ACTIVATIONS],
    pytest.param(
        ModelConfig(features=ALL_FEATURES, widths=(8, 5), activations=("relu", "tanh"), batch_norm=True),
        3,
        id="all-features-bn-3-classes",
    ),
    pytest.param(
        ModelConfig(features=("x1sq", "x2sq"), widths=(4,), activations=("sigmoid",), dropout=0.3),
        1,
        id="squares-dropout-regression",
    ),
    pytest.param(
        ModelConfig(
            features=("x1", "x2", "x1x2", "sin_x1"),
            widths=(16, 16, 8),
            activations=("gelu", "elu", "silu"),
            batch_norm=True,
            dropout=0.5,
        ),
        5,
        id="deep-bn-dropout-5-classes",
    ),
    pytest.param(
        ModelConfig(features=("sin_x2",), widths=(3,), activations=("leaky_relu",), batch_norm=False),
        4,
        id="one-feature-4-classes",
    ),
    pytest.param(
        ModelConfig(features=("x1", "x2", "x1sq"), widths=(), activations=()), 1, id="no-hidden-layer-regression"
    ),
    pytest.param(
        ModelConfig(
            widths=(64,) * 6,
            activations=("linear", "relu", "tanh", "gelu", "silu", "sigmoid"),
            batch_norm=True,
            init="kaiming",
        ),
        2,
        id="widest-deepest-bn",
    ),
]


@pytest.mark.parametrize(("config", "n_outputs"), CASES)
def test_onnx_export_computes_what_pytorch_computes(config: ModelConfig, n_outputs: int) -> None:
    model = _ready(config, n_outputs, seed=11)
    from_onnx, from_torch = _run_both(model, _points(257, 3))  # not the export's batch of 1: the axis is dynamic
    assert from_onnx.shape == from_torch.shape == (257, n_outputs)
    np.testing.assert_allclose(from_onnx, from_torch, rtol=RTOL, atol=ATOL)


def test_a_single_point_and_a_trained_models_predictions_survive_the_export() -> None:
    """Batch 1 (a student's hand-typed point) and the argmax a classifier reports must agree too."""
    config = TrainConfig(
        dataset="blobs",
        n_classes=4,
        model=ModelConfig(features=("x1", "x2", "x1x2"), widths=(8,), activations=("relu",), batch_norm=True),
        batch_size=16,
    )
    trainer = Trainer(config, split(make_dataset("blobs", 200, 0.1, 1, n_classes=4), 0.5, 1))
    for _ in range(4):
        trainer.step_epoch()
    model = trainer.model.eval()
    points = _points(200, 5)
    from_onnx, from_torch = _run_both(model, points)
    np.testing.assert_allclose(from_onnx, from_torch, rtol=RTOL, atol=ATOL)
    assert (from_onnx.argmax(1) == from_torch.argmax(1)).all()
    one, reference = _run_both(model, points[:1])
    np.testing.assert_allclose(one, reference, rtol=RTOL, atol=ATOL)
