"""A small dense network's forward pass, ``y = act(x·W + b)`` layer by layer, with shape checks.

Why row vectors (``x·W`` with ``W`` of shape ``inputs × outputs``): it is the
shape ``torch.nn.functional.linear`` sees after transposing ``nn.Linear``'s
weight, and it reads left to right like the diagram. Every shape mismatch is
an ``InputError`` that names the dimensions that disagree and how to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from playground.core.errors import InputError

ACTIVATIONS = {
    "identity": (lambda z: z, r"a = z"),
    "relu": (torch.relu, r"a = \max(0, z)"),
    "sigmoid": (torch.sigmoid, r"a = \sigma(z) = \frac{1}{1 + e^{-z}}"),
    "tanh": (torch.tanh, r"a = \tanh(z)"),
}


@dataclass(frozen=True)
class Layer:
    """One dense layer as typed: ``weights`` has one row per input and one column per output."""

    weights: tuple[tuple[float, ...], ...]
    bias: tuple[float, ...]
    activation: str = "identity"


@dataclass(frozen=True)
class LayerResult:
    """Every intermediate value of one layer, as plain lists for tables and figures."""

    index: int  # 1-based, as on the page
    inputs: list[float]
    weights: list[list[float]]
    bias: list[float]
    pre_activation: list[float]  # z = x·W + b
    outputs: list[float]  # a = act(z)
    activation: str

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.weights), len(self.weights[0])

    def sum_text(self, column: int) -> str:
        """``z_j = x_1·W_1j + … + b_j`` with the numbers, so a student can redo it by hand."""
        terms = [f"{_fmt(x)}·{_fmt(row[column])}" for x, row in zip(self.inputs, self.weights, strict=True)]
        return " + ".join([*terms, _fmt(self.bias[column])]) + f" = {_fmt(self.pre_activation[column])}"


def _fmt(value: float) -> str:
    text = f"{value:.4g}"
    return f"({text})" if value < 0 else text


def check_layer(layer: Layer, n_inputs: int, index: int, input_name: str) -> None:
    """Raise ``InputError`` saying which dimension disagrees (rows of W, or length of b)."""
    rows, cols = len(layer.weights), len(layer.weights[0])
    if rows != n_inputs:
        raise InputError("opt.err.x_vs_w", layer=index, input=input_name, n_x=n_inputs, rows=rows, cols=cols)
    if len(layer.bias) != cols:
        raise InputError("opt.err.b_vs_w", layer=index, n_b=len(layer.bias), rows=rows, cols=cols)
    if layer.activation not in ACTIVATIONS:
        raise InputError("opt.err.activation", name=layer.activation, accepted=", ".join(ACTIVATIONS))


def forward(x: tuple[float, ...], layers: list[Layer]) -> list[LayerResult]:
    """Run the layers on ``x`` with torch (float64) and keep every intermediate value."""
    current = torch.tensor([x], dtype=torch.float64)  # a batch of one row vector: shape 1 × n
    results: list[LayerResult] = []
    for index, layer in enumerate(layers, start=1):
        check_layer(layer, current.shape[1], index, "x" if index == 1 else f"a{index - 1}")
        weights = torch.tensor(layer.weights, dtype=torch.float64)
        bias = torch.tensor(layer.bias, dtype=torch.float64)
        pre_activation = current @ weights + bias
        outputs = ACTIVATIONS[layer.activation][0](pre_activation)
        results.append(
            LayerResult(
                index=index,
                inputs=current[0].tolist(),
                weights=weights.tolist(),
                bias=bias.tolist(),
                pre_activation=pre_activation[0].tolist(),
                outputs=outputs[0].tolist(),
                activation=layer.activation,
            )
        )
        current = outputs
    return results
