"""Input features of TensorFlow Playground (``src/playground.ts`` INPUTS) as a torch module.

Why the expansion is the model's first module: the exported model then takes
raw ``(x1, x2)`` points, so the compression studio, ONNX and a notebook can
use it without knowing which features were ticked.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from torch import nn

FEATURES: dict[str, Callable[[torch.Tensor, torch.Tensor], torch.Tensor]] = {
    "x1": lambda a, b: a,
    "x2": lambda a, b: b,
    "x1sq": lambda a, b: a * a,
    "x2sq": lambda a, b: b * b,
    "x1x2": lambda a, b: a * b,
    "sin_x1": lambda a, b: torch.sin(a),
    "sin_x2": lambda a, b: torch.sin(b),
}
# LaTeX labels; mathematics needs no translation.
FEATURE_LABELS: dict[str, str] = {
    "x1": "x_1",
    "x2": "x_2",
    "x1sq": "x_1^2",
    "x2sq": "x_2^2",
    "x1x2": "x_1 x_2",
    "sin_x1": r"\sin x_1",
    "sin_x2": r"\sin x_2",
}
PLAIN_LABELS: dict[str, str] = {
    "x1": "x₁",
    "x2": "x₂",
    "x1sq": "x₁²",
    "x2sq": "x₂²",
    "x1x2": "x₁x₂",
    "sin_x1": "sin x₁",
    "sin_x2": "sin x₂",
}
DEFAULT_FEATURES = ("x1", "x2")


class FeatureExpansion(nn.Module):
    """``[N, 2]`` raw points → ``[N, F]`` chosen features, in registry order."""

    def __init__(self, features: tuple[str, ...]) -> None:
        super().__init__()
        chosen = tuple(name for name in FEATURES if name in features) or DEFAULT_FEATURES
        self.features = chosen

    def forward(self, points: torch.Tensor) -> torch.Tensor:
        a, b = points[:, 0], points[:, 1]
        if self.features == DEFAULT_FEATURES:
            return points  # the common case costs nothing
        return torch.stack([FEATURES[name](a, b) for name in self.features], dim=1)

    def extra_repr(self) -> str:
        return ", ".join(self.features)
