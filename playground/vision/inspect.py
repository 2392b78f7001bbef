"""Looking inside a trained model: every layer's feature maps for one input, first-layer filters, saliency.

Why from the student's own weights (not a pretrained net as in CNN
Explainer): the lab's question is what *this* run learned, with and without
augmentation, so every picture here is computed from a run's ``state_dict``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from playground.vision.models import MODELS


@dataclass(frozen=True)
class LayerMaps:
    """One layer's output for one input: ``maps`` is ``[C, H, W]`` for image-like layers, ``[N]`` for flat ones."""

    name: str
    kind: str  # the layer's class name: Conv2d, ReLU, MaxPool2d, Linear, Flatten
    maps: np.ndarray


def load_model(model_name: str, size: int, weights: bytes) -> nn.Sequential:
    """Rebuild a run's model from its ``state_dict`` bytes (``weights_only=True``: safe to unpickle), in eval mode."""
    model = MODELS.require(model_name).build(size, 0)
    model.load_state_dict(torch.load(io.BytesIO(weights), weights_only=True, map_location="cpu"))
    return model.eval()


def _tensor(image: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(np.array(image, dtype=np.float32))[None, None]


def probabilities(model: nn.Module, images: np.ndarray) -> np.ndarray:
    """Softmax ``[N, 10]`` for ``[N, S, S]`` images."""
    with torch.no_grad():
        return torch.softmax(model(torch.from_numpy(np.array(images, dtype=np.float32))[:, None]), 1).numpy()


def feature_maps(model: nn.Sequential, image: np.ndarray) -> list[LayerMaps]:
    """The output of every layer, in order, for one ``S`` x ``S`` image."""
    out: list[LayerMaps] = []
    x = _tensor(image)
    with torch.no_grad():
        for name, layer in model.named_children():
            x = layer(x)
            out.append(LayerMaps(name, type(layer).__name__, x[0].numpy().copy()))
    return out


def first_filters(model: nn.Sequential, size: int) -> np.ndarray:
    """The first layer's weights as pictures: ``[out, k, k]`` for a convolution, ``[hidden, S, S]`` for an MLP."""
    for layer in model.modules():
        if isinstance(layer, nn.Conv2d):
            return layer.weight.detach()[:, 0].numpy().copy()
        if isinstance(layer, nn.Linear):
            return layer.weight.detach().reshape(-1, size, size).numpy().copy()
    raise ValueError("the model has no convolution or dense layer")


def saliency(model: nn.Module, image: np.ndarray, target: int | None = None) -> tuple[np.ndarray, int]:
    """Gradient x input of the ``target`` digit's score (default: the predicted one): which pixels pushed it up."""
    x = _tensor(image).requires_grad_(True)
    logits = model(x)
    chosen = int(logits.argmax(1)) if target is None else int(target)
    (gradient,) = torch.autograd.grad(logits[0, chosen], x)  # the input's gradient only: the weights stay untouched
    return (gradient[0, 0] * x[0, 0]).detach().numpy().copy(), chosen
