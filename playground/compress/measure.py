"""Measure a variant: bytes as saved, counts, accuracy, agreement, SQNR, latency, per-layer error.

Why these measures: on an easy task accuracy hardly moves, so agreement with the fp32
predictions and the output SQNR (signal-to-quantization-noise ratio, in dB) are what
separate methods. Size is the ``state_dict`` as ``torch.save`` writes it, which counts
quantized tensor subclasses honestly (scales, zero points and all); gzip of those bytes
is where unstructured pruning's zeros show up.
"""

from __future__ import annotations

import gzip
import io
import math
import statistics
import time
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torch.ao.nn.intrinsic.modules.fused import _FusedModule

from playground.compress.backends import quiet

EVAL_BATCH = 512


def state_dict_bytes(model: nn.Module) -> bytes:
    """The model's ``state_dict`` exactly as ``torch.save`` writes it (what a download holds)."""
    buffer = io.BytesIO()
    with quiet():
        torch.save(model.state_dict(), buffer)
    return buffer.getvalue()


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def dense(tensor: torch.Tensor) -> np.ndarray:
    """A float32 copy of any weight: plain, fp16/bf16, torch.ao quantized or a torchao subclass."""
    with torch.no_grad(), quiet():
        if tensor.is_quantized or type(tensor) not in (torch.Tensor, nn.Parameter):
            tensor = tensor.dequantize()
        return tensor.detach().float().cpu().numpy()


def _tensor_attr(module: nn.Module, name: str) -> torch.Tensor | None:
    value = getattr(module, name, None)
    if callable(value) and not isinstance(value, torch.Tensor):  # torch.ao quantized: weight(), bias()
        try:
            value = value()
        except Exception:
            return None
    return value if isinstance(value, torch.Tensor) else None


def layer_weights(model: nn.Module) -> list[tuple[str, np.ndarray]]:
    """(name, dense weight) of every layer with a matrix or conv kernel, in module order."""
    found = []
    for name, module in model.named_modules():
        if type(module).__name__ in ("LinearPackedParams",):
            continue
        weight = _tensor_attr(module, "weight")
        if weight is not None and weight.dim() >= 2:
            found.append((name or type(module).__name__, dense(weight)))
    return found


def count_parameters(model: nn.Module) -> tuple[int, int]:
    """(parameters, non-zero parameters) over every layer's weight and bias, quantized or not."""
    total = nonzero = 0
    for name, module in model.named_modules():
        if type(module).__name__ == "LinearPackedParams" or name.endswith("_packed_params"):
            continue
        for attr in ("weight", "bias"):
            tensor = _tensor_attr(module, attr)
            if tensor is None:
                continue
            values = dense(tensor)
            total += values.size
            nonzero += int(np.count_nonzero(values))
    return total, nonzero


def logits_of(model: nn.Module, x: np.ndarray) -> np.ndarray:
    """Model outputs for ``x`` as float32, in batches, without autograd."""
    outputs = []
    tensor = torch.from_numpy(np.asarray(x, np.float32))
    with torch.no_grad(), quiet():
        for start in range(0, len(tensor), EVAL_BATCH):
            outputs.append(model(tensor[start : start + EVAL_BATCH]).float().cpu().numpy())
    return np.concatenate(outputs).reshape(len(tensor), -1)


def sqnr_db(reference: np.ndarray, output: np.ndarray) -> float:
    """10 log10(signal power / error power); inf when identical. 20 dB = 10% error amplitude."""
    noise = float(np.sum((reference.astype(np.float64) - output) ** 2))
    signal = float(np.sum(reference.astype(np.float64) ** 2))
    if noise == 0.0:
        return math.inf
    return 10.0 * math.log10(max(signal, 1e-30) / noise)


@dataclass(frozen=True)
class Quality:
    accuracy: float | None  # None for regression
    loss: float
    agreement: float | None  # share of test samples where the prediction equals fp32's
    sqnr_db: float


def quality(logits: np.ndarray, y: np.ndarray, reference: np.ndarray, kind: str) -> Quality:
    """Accuracy, loss (cross-entropy or MSE), agreement with the fp32 outputs and SQNR."""
    if kind == "classification":
        shifted = logits - logits.max(axis=1, keepdims=True)
        log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        loss = float(-log_probs[np.arange(len(y)), y.astype(np.int64)].mean())
        predicted = logits.argmax(axis=1)
        accuracy = float((predicted == y).mean())
        agreement = float((predicted == reference.argmax(axis=1)).mean())
    else:
        loss = float(np.mean((logits - y.reshape(len(y), -1)) ** 2))
        accuracy = agreement = None
    return Quality(accuracy, loss, agreement, sqnr_db(reference, logits))


def latency_s(model: nn.Module, n_features: int, batch: int, repeats: int = 30, warmup: int = 3) -> float:
    """Median wall time of one forward pass on ``batch`` rows, one intra-op thread.

    One thread: that is how the app runs (and a fair, repeatable comparison on a shared
    machine); the previous thread count is restored afterwards.
    """
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    x = torch.rand(batch, n_features, generator=torch.Generator().manual_seed(0))
    try:
        with torch.no_grad(), quiet():
            for _ in range(warmup):
                model(x)
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                model(x)
                times.append(time.perf_counter() - start)
    finally:
        torch.set_num_threads(threads)
    return statistics.median(times)


def _weighted_layers(model: nn.Module) -> list[tuple[str, nn.Module]]:
    """The modules ``layer_weights`` reports, each lifted to its fused parent (LinearReLU...) when it has one.

    Why lift: a float fused module keeps its Linear inside, before the ReLU, while
    its quantized twin is one module whose output is after the ReLU; comparing
    the two outputs means hooking the same point in both.
    """
    parents = {name: module for name, module in model.named_modules() if isinstance(module, _FusedModule)}
    found: dict[str, nn.Module] = {}
    for name, module in model.named_modules():
        if type(module).__name__ == "LinearPackedParams" or isinstance(module, _FusedModule):
            continue
        weight = _tensor_attr(module, "weight")
        if weight is None or weight.dim() < 2:
            continue
        parent = name.rpartition(".")[0]
        if parent in parents:
            found.setdefault(parent, parents[parent])
        else:
            found[name or type(module).__name__] = module
    return list(found.items())


def layer_outputs(model: nn.Module, x: np.ndarray, rows: int = 256) -> list[tuple[str, np.ndarray]]:
    """(name, output) of every weight layer for the first ``rows`` samples of ``x``, in the order they run.

    Why outputs and not only weights: quantization error adds up through the
    network, and a layer with faithful weights can still receive drifted inputs.
    """
    captured: list[tuple[str, np.ndarray]] = []
    handles = [
        module.register_forward_hook(lambda _m, _i, out, name=name: captured.append((name, dense(out))))
        for name, module in _weighted_layers(model)
    ]
    try:
        with torch.no_grad(), quiet():
            model(torch.from_numpy(np.asarray(x[:rows], np.float32)))
    finally:
        for handle in handles:
            handle.remove()
    return captured


def layer_errors(reference: list[tuple[str, np.ndarray]], variant: list[tuple[str, np.ndarray]]) -> list[float | None]:
    """Per-layer SQNR (dB) of weights or outputs against the reference, matched by order; None where shapes differ."""
    errors: list[float | None] = []
    for index, (_, ref) in enumerate(reference):
        if index < len(variant) and variant[index][1].shape == ref.shape:
            errors.append(sqnr_db(ref, variant[index][1]))
        else:
            errors.append(None)
    return errors
