"""The two models take either front end and give ten logits; their Keras twins are valid Python of the same shape."""

from __future__ import annotations

import ast

import pytest
import torch

from playground.speech.features import FRONT_ENDS, frames_of
from playground.speech.models import MODELS, n_parameters
from playground.speech.synth import CLIP_SAMPLES


@pytest.mark.parametrize("model", list(MODELS))
@pytest.mark.parametrize("front_end", list(FRONT_ENDS))
def test_every_model_takes_every_front_end(model: str, front_end: str) -> None:
    channels, frames = FRONT_ENDS[front_end].channels, frames_of(CLIP_SAMPLES)
    net = MODELS[model].build(channels, frames, seed=3)
    assert net(torch.zeros(4, channels, frames)).shape == (4, 10)
    again = MODELS[model].build(channels, frames, seed=3)
    assert all(torch.equal(a, b) for a, b in zip(net.state_dict().values(), again.state_dict().values(), strict=True))
    assert 5_000 < n_parameters(net) < 60_000, "small enough to train live on one core"
    code = MODELS[model].keras_code(channels, frames, 0.003)
    ast.parse(code)
    expected = f"({frames}, {channels})" if model == "conv1d" else f"({channels}, {frames}, 1)"
    assert f"keras.Input(shape={expected}" in code


def test_the_curriculum_model_is_conv1d_maxpool_flatten_dense() -> None:
    net = MODELS["conv1d"].build(40, 64, seed=0)
    kinds = [type(module).__name__ for module in net.children()]
    assert kinds == ["Conv1d", "MaxPool1d", "Linear"]
    code = MODELS["conv1d"].keras_code(40, 64, 0.003)
    order = [code.index(layer) for layer in ("Conv1D", "MaxPooling1D", "Flatten", "Dense(10")]
    assert order == sorted(order)
