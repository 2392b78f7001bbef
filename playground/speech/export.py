"""What leaves the lab: each run's weights (``torch.load(weights_only=True)``), ONNX, the history CSV; and top-3.

Why rebuild the models in the server process from their state dicts: the
runs live in a worker, and a state dict (~130 kB) is all that crosses back.
The same bytes are the download and what the try-it panel predicts with, so
what a student downloads is exactly what they tried.
"""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Mapping
from typing import Any

import numpy as np
import torch
from torch import nn

from playground.speech.features import FRONT_ENDS, frames_of
from playground.speech.models import MODELS
from playground.speech.settings import SpeechConfig
from playground.speech.synth import CLIP_SAMPLES, RATE, fit_clip


def state_bytes(state_dict: Mapping[str, torch.Tensor]) -> bytes:
    buffer = io.BytesIO()
    torch.save(dict(state_dict), buffer)
    return buffer.getvalue()


def load_model(config: SpeechConfig, state: bytes) -> nn.Module:
    """Rebuild the run's architecture and load its weights (``weights_only=True``: safe to unpickle)."""
    model = MODELS[config.model].build(FRONT_ENDS[config.front_end].channels, frames_of(CLIP_SAMPLES), config.seed)
    model.load_state_dict(torch.load(io.BytesIO(state), weights_only=True, map_location="cpu"))
    return model.eval()


def onnx_bytes(model: nn.Module, channels: int) -> bytes | None:
    """The model as ONNX (input ``features`` [N, channels, frames], output ``logits``), or None if unavailable."""
    buffer = io.BytesIO()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(model.eval(), (torch.zeros(1, channels, frames_of(CLIP_SAMPLES)),), buffer,
                              dynamo=False, input_names=["features"], output_names=["logits"],
                              dynamic_axes={"features": {0: "n"}, "logits": {0: "n"}})  # fmt: skip
    except Exception:  # onnx missing, or an operator the exporter cannot write
        return None
    return buffer.getvalue()


def history_csv(runs: Mapping[str, Mapping[str, Any]]) -> str:
    """One row per run and epoch: loss, training accuracy and every test set's accuracy."""
    rows = [{"run": name, **row} for name, run in runs.items() for row in run["history"]]
    out = io.StringIO()
    if not rows:
        return ""
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow({k: (f"{v:.6g}" if isinstance(v, float) else v) for k, v in row.items()})
    return out.getvalue()


def prepare_clip(samples: np.ndarray, rate: int) -> np.ndarray:
    """A recording or upload (already at ``RATE`` by ``decode_audio``) trimmed and centred as the set's clips."""
    if rate != RATE:
        raise ValueError(f"decode the clip at {RATE} Hz first")
    return fit_clip(np.asarray(samples, dtype=np.float32))


def top_k(model: nn.Module, config: SpeechConfig, clip: np.ndarray, k: int = 3) -> list[tuple[int, float]]:
    """The ``k`` likeliest digits for one prepared clip, with their softmax probabilities."""
    features = FRONT_ENDS[config.front_end].compute(clip[None, :], RATE)
    with torch.no_grad():
        probs = torch.softmax(model(torch.from_numpy(features)), dim=1)[0].numpy()
    best = np.argsort(-probs)[:k]
    return [(int(d), float(probs[d])) for d in best]


def confusion(truth: np.ndarray, predicted: np.ndarray, n: int = 10) -> np.ndarray:
    """Counts (true digit, predicted digit)."""
    out = np.zeros((n, n), np.int64)
    np.add.at(out, (np.asarray(truth), np.asarray(predicted)), 1)
    return out
