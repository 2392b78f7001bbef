"""Run the chosen methods on one model and gather a plain-data report (no modules kept).

Why plain data: the page keeps the report in ``st.session_state`` so a rerun (a language
switch, a new plot choice) shows it again without recomputing; bytes and arrays pickle,
live quantized modules would tie the session to torch internals.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from torch import nn

from playground.compress import measure
from playground.compress.methods import METHODS, Calibration, MethodSettings
from playground.compress.models import Task
from playground.compress.pareto import pareto_front
from playground.core.errors import InputError

ROUNDS = 3  # latency rounds, see _time_all
GRID = 90  # decision-boundary grid side: 8,100 points, a few ms per variant
Step = Callable[[float, str], None]


@dataclass
class VariantResult:
    method_id: str
    status: str
    size_bytes: int
    gzip_bytes: int
    params: int
    nonzero: int
    sparsity: float
    accuracy: float | None
    loss: float
    agreement: float | None
    sqnr_db: float
    latency_b1_ms: float | None
    latency_b256_ms: float | None
    layer_sqnr_db: list[float | None]  # weights
    layer_output_sqnr_db: list[float | None]  # what each layer computes on test samples
    weights: list[tuple[str, np.ndarray]]
    state_dict: bytes
    boundary: np.ndarray | None = None


@dataclass
class Report:
    model_name: str
    kind: str
    results: list[VariantResult] = field(default_factory=list)
    refusals: list[tuple[str, str, dict]] = field(default_factory=list)  # (method id, i18n key, params)
    grid: tuple[np.ndarray, np.ndarray] | None = None
    points: tuple[np.ndarray, np.ndarray] | None = None
    settings: dict = field(default_factory=dict)

    @property
    def baseline(self) -> VariantResult:
        return self.results[0]

    def layer_labels(self) -> list[str]:
        """'1 · Linear 64→128', '2 · Conv 1→16 3×3': readable names for the baseline's weight layers."""
        labels = []
        for index, (_, weight) in enumerate(self.baseline.weights, start=1):
            if weight.ndim == 4:
                labels.append(f"{index} · Conv {weight.shape[1]}→{weight.shape[0]} {weight.shape[2]}×{weight.shape[3]}")
            else:
                labels.append(f"{index} · Linear {weight.shape[1]}→{weight.shape[0]}")
        return labels

    def rows(self) -> list[dict]:
        """One flat dict per variant, ratios against fp32 and the Pareto flag included."""
        base = self.baseline
        sizes = [result.size_bytes for result in self.results]
        quality = [r.accuracy if r.accuracy is not None else -r.loss for r in self.results]
        front = pareto_front(sizes, quality)
        rows = []
        for result, on_front in zip(self.results, front, strict=True):
            rows.append({
                "method": result.method_id,
                "status": result.status,
                "size_bytes": result.size_bytes,
                "size_ratio": result.size_bytes / base.size_bytes,
                "gzip_bytes": result.gzip_bytes,
                "gzip_ratio": result.gzip_bytes / base.gzip_bytes,
                "params": result.params,
                "nonzero": result.nonzero,
                "sparsity": result.sparsity,
                "accuracy": result.accuracy,
                "accuracy_delta": None if result.accuracy is None else result.accuracy - base.accuracy,
                "loss": result.loss,
                "agreement": result.agreement,
                "sqnr_db": None if math.isinf(result.sqnr_db) else result.sqnr_db,
                "latency_b1_ms": result.latency_b1_ms,
                "latency_b256_ms": result.latency_b256_ms,
                "latency_b1_ratio": _ratio(result.latency_b1_ms, base.latency_b1_ms),
                "latency_b256_ratio": _ratio(result.latency_b256_ms, base.latency_b256_ms),
                "pareto": on_front,
            })  # fmt: skip
        return rows

    def to_csv(self) -> bytes:
        rows = self.rows()
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue().encode("utf-8")

    def to_json(self) -> bytes:
        layers = self.layer_labels()
        per_layer = {r.method_id: dict(zip(layers, _finite(r.layer_sqnr_db), strict=False)) for r in self.results}
        outputs = {r.method_id: dict(zip(layers, _finite(r.layer_output_sqnr_db), strict=False)) for r in self.results}
        document = {"model": self.model_name, "task": self.kind, "settings": self.settings, "variants": self.rows(),
                    "per_layer_weight_sqnr_db": per_layer, "per_layer_output_sqnr_db": outputs,
                    "refused": [{"method": m, "reason_key": k, "params": p} for m, k, p in self.refusals]}  # fmt: skip
        return json.dumps(document, indent=2, default=str).encode("utf-8")


def _ratio(value: float | None, base: float | None) -> float | None:
    return None if value is None or not base else value / base


def _finite(values: list[float | None]) -> list[float | None]:
    return [None if value is None or math.isinf(value) else round(value, 2) for value in values]


def _grid(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    low, high = x.min(axis=0), x.max(axis=0)
    margin = 0.15 * (high - low)
    return np.linspace(low[0] - margin[0], high[0] + margin[0], GRID), np.linspace(
        low[1] - margin[1], high[1] + margin[1], GRID
    )


def _boundary(model: nn.Module, grid: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    xx, yy = np.meshgrid(*grid)
    points = np.stack([xx.ravel(), yy.ravel()], axis=1).astype(np.float32)
    return measure.logits_of(model, points).argmax(axis=1).reshape(xx.shape).astype(np.uint8)


def compare(
    model: nn.Module,
    task: Task,
    method_ids: list[str],
    settings: MethodSettings,
    *,
    model_name: str = "",
    latency: bool = True,
    repeats: tuple[int, int] = (30, 8),
    step: Step | None = None,
) -> Report:
    """fp32 first (the reference), then every chosen method; refusals are collected, not raised."""
    ids = ["fp32", *[method_id for method_id in method_ids if method_id != "fp32"]]
    report = Report(model_name or task.name, task.kind, settings=settings.__dict__ | {"methods": ids})
    calibration = Calibration(task.x_calib, task.y_calib, task.kind, settings)
    classify_2d = task.is_2d and task.kind == "classification"
    if classify_2d:
        report.grid = _grid(np.concatenate([task.x_calib, task.x_test]))
        report.points = (task.x_test, task.y_test)
    reference_logits = measure.logits_of(model, task.x_test)
    original_weights = measure.layer_weights(model)
    original_outputs = measure.layer_outputs(model, task.x_test)
    models: list[nn.Module] = []  # kept only until they are timed
    for index, method_id in enumerate(ids):
        method = METHODS.require(method_id)
        if step is not None:
            step(index / len(ids), method_id)
        try:
            variant = method.apply(model, calibration)
        except InputError as error:
            if method_id == "fp32":
                raise  # no reference, nothing to compare with
            report.refusals.append((method_id, error.key, dict(error.params)))
            continue
        data = measure.state_dict_bytes(variant.model)
        logits = measure.logits_of(variant.model, task.x_test)
        quality = measure.quality(logits, task.y_test, reference_logits, task.kind)
        params, nonzero = measure.count_parameters(variant.model)
        weights = measure.layer_weights(variant.model)
        if variant.weight_reference is None:
            reference, reference_outputs = original_weights, original_outputs
        else:
            reference = measure.layer_weights(variant.weight_reference)
            reference_outputs = measure.layer_outputs(variant.weight_reference, task.x_test)
        outputs = measure.layer_errors(reference_outputs, measure.layer_outputs(variant.model, task.x_test))
        total = sum(w.size for _, w in weights)
        models.append(variant.model)
        report.results.append(VariantResult(
            method_id, method.api_status().kind, len(data), measure.gzip_size(data), params, nonzero,
            sum(int((w == 0).sum()) for _, w in weights) / max(total, 1),
            quality.accuracy, quality.loss, quality.agreement, quality.sqnr_db, None, None,
            measure.layer_errors(reference, weights), outputs, weights, data,
            _boundary(variant.model, report.grid) if classify_2d else None,
        ))  # fmt: skip
    if latency:
        if step is not None:
            step(0.95, "latency")
        _time_all(report.results, models, task.n_features, repeats)
    if step is not None:
        step(1.0, "")
    return report


def _time_all(results: list[VariantResult], models: list[nn.Module], n_features: int, repeats: tuple[int, int],
              rounds: int = ROUNDS) -> None:  # fmt: skip
    """Latencies measured round-robin, keeping each variant's best round median.

    Why interleaved: on a shared machine a burst of load during one variant's turn would
    otherwise make it (or fp32, the denominator of every ratio) look slow; taking turns
    spreads the bursts over all variants and the minimum of the medians discards them.
    """
    best = [[math.inf, math.inf] for _ in models]
    for _ in range(rounds):
        for index, model in enumerate(models):
            for slot, (batch, count) in enumerate(((1, repeats[0]), (256, repeats[1]))):
                seconds = measure.latency_s(model, n_features, batch, repeats=max(3, count // rounds), warmup=2)
                best[index][slot] = min(best[index][slot], seconds)
    for result, (b1, b256) in zip(results, best, strict=True):
        result.latency_b1_ms, result.latency_b256_ms = 1000 * b1, 1000 * b256
