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

from playground.core.config_table import DIGITS, knob
from playground.core.params import Param
from playground.core.seeding import seeded_torch_init
from playground.training.features import DEFAULT_FEATURES, FEATURES, FeatureExpansion

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


WIDTH = Param("width", "int", 4, low=1, high=MAX_WIDTH, label_key="train.width")
ACTIVATION = Param("activation", "choice", "tanh", choices=tuple(ACTIVATIONS), label_key="train.activation")


@dataclass(frozen=True)
class ModelConfig:
    """Architecture only; defaults follow TensorFlow Playground's opening network (4-2 tanh).

    Each field is also a row of the training studio's state table (:func:`knob`:
    its link name, bounds and widget key); ``ModelConfig(**spec)`` works as before.
    """

    features: tuple[str, ...] = knob("f", "multi", DEFAULT_FEATURES, choices=tuple(FEATURES),
                                     label_key="train.features_label")  # fmt: skip
    widths: tuple[int, ...] = knob("h", "list", (4, 2), key="train.width", item=WIDTH, max_items=MAX_LAYERS,
                                   label_key="train.n_layers")  # fmt: skip
    # one per hidden layer
    activations: tuple[str, ...] = knob("act", "list", ("tanh", "tanh"), key="train.act", item=ACTIVATION,
                                        max_items=MAX_LAYERS, label_key="train.layers")  # fmt: skip
    # after every hidden activation; 0 = off (links take up to 0.9)
    dropout: float = knob("drop", "float", 0.0, low=0.0, high=0.9, step=0.05, digits=DIGITS, label_key="train.dropout",
                          help_key="train.dropout_help")  # fmt: skip
    # before every hidden activation
    batch_norm: bool = knob("bn", "bool", False, label_key="train.batch_norm", help_key="train.batch_norm_help")
    # "zeros" shows why symmetric weights never learn
    init: str = knob("init", "choice", "default", choices=INITS, label_key="train.init", help_key="train.init_help")


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
