"""Models compute what they declare: every layer's shape, feature maps, filters, saliency, weights round trip."""

from __future__ import annotations

import io

import numpy as np
import pytest
import torch

from playground.vision.inspect import feature_maps, first_filters, load_model, probabilities, saliency
from playground.vision.models import MODELS


@pytest.mark.parametrize("size", [16, 28])
@pytest.mark.parametrize("name", list(MODELS))
def test_feature_maps_have_the_shapes_the_model_declares(name: str, size: int) -> None:
    entry = MODELS[name]
    model = entry.build(size, seed=1).eval()
    image = np.random.default_rng(0).random((size, size)).astype(np.float32)
    layers = feature_maps(model, image)
    assert [(layer.name, layer.maps.shape) for layer in layers] == entry.shapes(size)
    assert layers[-1].maps.shape == (10,)


def test_the_same_seed_builds_the_same_first_weights() -> None:
    a, b = MODELS["seed_cnn"].build(28, 4), MODELS["seed_cnn"].build(28, 4)
    c = MODELS["seed_cnn"].build(28, 5)
    assert all(torch.equal(x, y) for x, y in zip(a.state_dict().values(), b.state_dict().values(), strict=True))
    assert not torch.equal(a.conv.weight, c.conv.weight)


def test_filters_saliency_and_probabilities() -> None:
    model = MODELS["seed_cnn"].build(28, 1).eval()
    assert first_filters(model, 28).shape == (32, 3, 3)
    assert first_filters(MODELS["mlp"].build(16, 1), 16).shape == (64, 16, 16)
    image = np.zeros((28, 28), np.float32)
    image[6:22, 12:16] = 1.0
    sal, target = saliency(model, image)
    assert sal.shape == (28, 28) and 0 <= target < 10
    assert np.all(sal[image == 0] == 0)  # gradient x input: no ink, no credit
    assert model.conv.weight.grad is None  # the weights are only read
    probs = probabilities(model, np.stack([image, image]))
    assert probs.shape == (2, 10) and np.allclose(probs.sum(1), 1.0, atol=1e-5)


def test_weights_round_trip_through_weights_only_loading() -> None:
    model = MODELS["tiny_vgg"].build(16, 3)
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    again = load_model("tiny_vgg", 16, buffer.getvalue())
    assert torch.equal(again.conv1.weight, model.conv1.weight)
