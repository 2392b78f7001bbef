"""What leaves the lab: a run's weights, its ONNX graph and both runs' history as CSV.

Why the state_dict bytes as they came from the worker: what a student
downloads is exactly what the page inspected, and ``torch.load(...,
weights_only=True)`` opens it without running any pickled code.
"""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Mapping, Sequence

import torch
from torch import nn


def onnx_bytes(model: nn.Module, size: int) -> bytes | None:
    """The model as ONNX (input ``x`` [N, 1, S, S], output ``logits`` [N, 10]), or None if the exporter fails."""
    buffer = io.BytesIO()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                model.eval(), (torch.zeros(1, 1, size, size),), buffer, dynamo=False, input_names=["x"],
                output_names=["logits"], dynamic_axes={"x": {0: "n"}, "logits": {0: "n"}},
            )  # fmt: skip
    except Exception:  # onnx missing, or an operator the exporter cannot write
        return None
    return buffer.getvalue()


def history_csv(histories: Mapping[str, Mapping[str, Sequence[float]]]) -> str:
    """One row per (run, epoch): ``run, epoch, train_loss, ...`` for every run's history."""
    out = io.StringIO()
    writer = csv.writer(out)
    columns: list[str] = []
    for history in histories.values():
        columns = list(history)
        break
    writer.writerow(["run", *columns])
    for run, history in histories.items():
        for row in zip(*(history[name] for name in columns), strict=True):
            writer.writerow([run, *(f"{value:.6g}" for value in row)])
    return out.getvalue()


def flat_input_model(model: nn.Module, size: int) -> nn.Sequential:
    """The model behind an ``Unflatten``: it takes ``[N, S*S]`` rows, as the compression studio's contract wants.

    Why: the compression studio measures any classifier of flat feature rows
    (``playground.training.export.TrainedModel``); a digit is ``S*S`` pixels.
    """
    return nn.Sequential(nn.Unflatten(1, (1, size, size)), model).eval()
