"""The model as the browser needs it to draw the live view itself: features, weights, biases, norms.

Why send the model instead of pictures: a 100×100 decision boundary and
every neuron's map are a forward pass of a few hundred numbers, which the
browser computes in about a millisecond (``playground/ui/components/live_view/forward.js``),
so it can animate at its own frame rate while the server sends each update
as a few hundred bytes. Tensors travel as base64 float32 (4 bytes a number
instead of ~18 as JSON text).

The description follows ``playground.training.model.build_model``: the
feature expansion, then hidden blocks (linear, batch norm in eval mode,
activation; dropout is off in eval), then the output layer.
"""

from __future__ import annotations

import base64
from typing import Any

import numpy as np
import torch
from torch import nn

from playground.training.features import FeatureExpansion
from playground.training.model import ACTIVATIONS, Hidden


def floats(tensor: torch.Tensor) -> str:
    """A tensor as base64 of little-endian float32, row-major (what ``liveFloats`` in the browser reads)."""
    array = tensor.detach().to("cpu", torch.float32).contiguous().numpy().astype("<f4", copy=False)
    return base64.b64encode(array.tobytes()).decode("ascii")


def _activation_name(module: nn.Module | None) -> str:
    if module is None:
        return "linear"
    for name, maker in ACTIVATIONS.items():
        if maker is not None and type(module) is maker:
            return name
    raise ValueError(f"the live view cannot draw the activation {type(module).__name__}")


def _layer(linear: nn.Linear, act: str, norm: nn.BatchNorm1d | None) -> dict[str, Any]:
    layer: dict[str, Any] = {
        "n_in": linear.in_features,
        "n_out": linear.out_features,
        "w": floats(linear.weight),
        "b": floats(linear.bias),
        "act": act,
        "bn": None,
    }
    if norm is not None:
        running_mean = norm.running_mean if norm.running_mean is not None else torch.zeros(linear.out_features)
        running_var = norm.running_var if norm.running_var is not None else torch.ones(linear.out_features)
        layer["bn"] = {
            "mean": floats(running_mean),
            "var": floats(running_var),
            "gamma": floats(norm.weight if norm.weight is not None else torch.ones(linear.out_features)),
            "beta": floats(norm.bias if norm.bias is not None else torch.zeros(linear.out_features)),
            "eps": float(norm.eps),
        }
    return layer


@torch.no_grad()
def describe_model(model: nn.Sequential, task: str) -> dict[str, Any]:
    """Everything ``liveModel`` in the browser needs to evaluate ``model`` exactly as ``model.eval()`` would."""
    expansion = model[0]
    if not isinstance(expansion, FeatureExpansion):
        raise ValueError("the live view draws models built by playground.training.model.build_model")
    layers = []
    for module in list(model)[1:]:
        if isinstance(module, Hidden):
            layers.append(_layer(module.linear, _activation_name(module.act), module.norm))
        elif isinstance(module, nn.Linear):
            layers.append(_layer(module, "linear", None))
        else:
            raise ValueError(f"unexpected module {type(module).__name__} in the studio's model")
    return {"features": list(expansion.features), "layers": layers, "task": task}


def decode_floats(text: str) -> np.ndarray:
    """The inverse of :func:`floats` (for tests and notebooks)."""
    return np.frombuffer(base64.b64decode(text), dtype="<f4")
