"""What leaves the training studio: a trained model for the compression studio, and files.

Why rebuild the model in the server process from the state dict: trainers
live in worker processes, and a ``state_dict`` (a few kB) is all that crosses
back. The same bytes are the download, so what a student downloads is exactly
what the compression studio receives.
"""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass
from typing import Literal

import numpy as np
import torch
from torch import nn

from playground.training.config import TrainConfig
from playground.training.model import build_model


@dataclass
class TrainedModel:
    """The contract with the compression studio (session key ``playground.ui.training.keys.TRAINED_MODEL``).

    ``model`` is a CPU module in eval mode that takes raw ``[N, 2]`` points
    (feature expansion inside) and returns logits ``[N, n_classes]`` (or
    ``[N, 1]`` values for regression).
    """

    model: nn.Module
    x_test: np.ndarray
    y_test: np.ndarray
    task: Literal["classification", "regression"]
    n_classes: int
    name: str


def load_state(config: TrainConfig, n_outputs: int, state: bytes) -> nn.Module:
    """Rebuild the architecture and load trained weights (``weights_only=True``: safe to unpickle)."""
    model = build_model(config.model, n_outputs, config.seed)
    model.load_state_dict(torch.load(io.BytesIO(state), weights_only=True, map_location="cpu"))
    return model.eval()


def onnx_bytes(model: nn.Module) -> bytes | None:
    """The model as ONNX (input ``x`` [N, 2], output ``y``), or None if the exporter is unavailable."""
    buffer = io.BytesIO()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                model.eval(),
                (torch.zeros(1, 2),),
                buffer,
                dynamo=False,
                input_names=["x"],
                output_names=["y"],
                dynamic_axes={"x": {0: "n"}, "y": {0: "n"}},
            )
    except Exception:  # onnx missing, or an operator the exporter cannot write
        return None
    return buffer.getvalue()


def history_csv(history: dict[str, np.ndarray]) -> str:
    """One row per recorded epoch, columns as in ``HISTORY_FIELDS``."""
    out = io.StringIO()
    writer = csv.writer(out)
    names = list(history)
    writer.writerow(names)
    for row in zip(*(history[name] for name in names), strict=True):
        writer.writerow([f"{value:.6g}" for value in row])
    return out.getvalue()
