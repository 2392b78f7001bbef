"""The studio's network: features → hidden layers (each its own activation) → output.

Why a plain ``nn.Sequential`` of named blocks: the trainer reads per-layer
weight and gradient norms and each neuron's output from the same structure,
and ``torch.load(weights_only=True)`` of the state dict works in any notebook
that rebuilds the model with :func:`build_model`.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from playground.core.seeding import seeded_torch_init
from playground.training.features import DEFAULT_FEATURES, FeatureExpansion

ACTIVATIONS: dict[str, type[nn.Module] | None] = {
    "relu": nn.ReLU,
    "leaky_relu": nn.LeakyReLU,
    "elu": nn.ELU,
    "gelu": nn.GELU,
    "silu": nn.SiLU,
    "tanh": nn.Tanh,
    "sigmoid": nn.Sigmoid,
    "linear": None,
}
INITS = ("default", "xavier", "kaiming", "zeros")
MAX_LAYERS, MAX_WIDTH = 6, 64


@dataclass(frozen=True)
class ModelConfig:
    """Architecture only; defaults follow TensorFlow Playground's opening network (4-2 tanh)."""

    features: tuple[str, ...] = DEFAULT_FEATURES
    widths: tuple[int, ...] = (4, 2)
    activations: tuple[str, ...] = ("tanh", "tanh")  # one per hidden layer
    dropout: float = 0.0  # after every hidden activation; 0 = off
    batch_norm: bool = False  # before every hidden activation
    init: str = "default"  # "zeros" shows why symmetric weights never learn


class Hidden(nn.Module):
    """One hidden layer: linear, optional batch norm, activation, optional dropout."""

    def __init__(self, n_in: int, n_out: int, activation: str, batch_norm: bool, dropout: float) -> None:
        super().__init__()
        self.linear = nn.Linear(n_in, n_out)
        # Absent parts are None rather than nn.Identity: each module call costs microseconds,
        # which is a tenth of a training step of these tiny networks.
        self.norm = nn.BatchNorm1d(n_out) if batch_norm else None
        maker = ACTIVATIONS.get(activation, nn.Tanh)
        self.act = maker() if maker is not None else None
        self.drop = nn.Dropout(dropout) if dropout > 0 else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.linear(x)
        if self.norm is not None:
            x = self.norm(x)
        if self.act is not None:
            x = self.act(x)
        if self.drop is not None:
            x = self.drop(x)
        return x


def _initialise(module: nn.Linear, scheme: str, activation: str) -> None:
    if scheme == "xavier":
        nn.init.xavier_uniform_(module.weight)
        nn.init.zeros_(module.bias)
    elif scheme == "kaiming":
        nonlinearity = "relu" if activation in ("relu", "leaky_relu", "elu", "gelu", "silu") else "linear"
        nn.init.kaiming_uniform_(module.weight, nonlinearity=nonlinearity)
        nn.init.zeros_(module.bias)
    elif scheme == "zeros":
        nn.init.zeros_(module.weight)
        nn.init.zeros_(module.bias)


def build_model(config: ModelConfig, n_outputs: int, seed: int) -> nn.Sequential:
    """A seeded model: the same config and seed give the same initial weights."""
    with seeded_torch_init(seed, "train.init"):
        layers: list[nn.Module] = [FeatureExpansion(config.features)]
        width_in = len(layers[0].features)
        widths = [int(min(max(w, 1), MAX_WIDTH)) for w in config.widths[:MAX_LAYERS]]
        for index, width in enumerate(widths):
            activation = config.activations[index] if index < len(config.activations) else "tanh"
            block = Hidden(width_in, width, activation, config.batch_norm, config.dropout)
            _initialise(block.linear, config.init, activation)
            layers.append(block)
            width_in = width
        output = nn.Linear(width_in, n_outputs)
        _initialise(output, config.init, "linear")
        layers.append(output)
        return nn.Sequential(*layers)


def linear_layers(model: nn.Sequential) -> list[nn.Linear]:
    """Every weight matrix in order (hidden layers, then the output)."""
    return [module for module in model.modules() if isinstance(module, nn.Linear)]
