"""Measurements against simple oracles: bytes, counts, SQNR, Pareto, latency, report export."""

from __future__ import annotations

import io
import json
import math

import numpy as np
import torch
from torch import nn

from playground.compress import measure
from playground.compress.compare import compare
from playground.compress.methods import MethodSettings
from playground.compress.models import BuiltinSpec, train_builtin
from playground.compress.pareto import pareto_front


def test_serialized_size_is_what_torch_save_writes():
    model = nn.Sequential(nn.Linear(10, 20), nn.ReLU(), nn.Linear(20, 3))
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    data = measure.state_dict_bytes(model)
    assert len(data) == len(buffer.getvalue())
    restored = torch.load(io.BytesIO(data), weights_only=True)
    assert torch.equal(restored["0.weight"], model[0].weight)


def test_parameter_and_nonzero_counts():
    model = nn.Sequential(nn.Linear(4, 3), nn.BatchNorm1d(3))
    with torch.no_grad():
        model[0].weight[0].zero_()
        model[1].bias.fill_(1.0)  # BatchNorm starts with zero biases
    params, nonzero = measure.count_parameters(model)
    assert params == 4 * 3 + 3 + 3 + 3
    assert nonzero == params - 4


def test_sqnr_oracle():
    reference = np.ones(1000)
    assert math.isinf(measure.sqnr_db(reference, reference))
    assert abs(measure.sqnr_db(reference, reference * 1.1) - 20.0) < 1e-9  # 10% error amplitude


def test_pareto_front():
    sizes = [100, 30, 50, 30, 100]
    accuracy = [0.98, 0.97, 0.96, 0.90, 0.98]
    assert pareto_front(sizes, accuracy) == [True, True, False, False, True]


def test_latency_is_positive_and_restores_threads():
    threads = torch.get_num_threads()
    assert measure.latency_s(nn.Linear(8, 8), 8, batch=4, repeats=3) > 0
    assert torch.get_num_threads() == threads


def test_moons_report_has_boundaries_and_exports():
    model, task = train_builtin(BuiltinSpec("moons", "mlp", hidden=32, epochs=6), 3)
    report = compare(model, task, ["fp16", "wo_int8"], MethodSettings(), repeats=(3, 2))
    assert report.grid is not None and report.baseline.boundary.shape == (len(report.grid[1]), len(report.grid[0]))
    assert all(result.boundary is not None for result in report.results)
    document = json.loads(report.to_json())
    assert [row["method"] for row in document["variants"]] == ["fp32", "fp16", "wo_int8"]
    assert report.to_csv().decode().splitlines()[0].startswith("method,status,size_bytes")
    assert all(row["latency_b1_ms"] > 0 for row in report.rows())


def test_a_regression_model_from_the_training_page_is_compared_by_loss():
    from types import SimpleNamespace  # noqa: PLC0415

    from playground.compress.models import task_from_trained  # noqa: PLC0415

    generator = torch.Generator().manual_seed(0)
    x = torch.randn(64, 3, generator=generator)
    trained = SimpleNamespace(
        model=nn.Sequential(nn.Linear(3, 32), nn.ReLU(), nn.Linear(32, 1)), x_test=x.numpy(),
        y_test=x.sum(dim=1).numpy(), task="regression", n_classes=0, name="sum",
    )  # fmt: skip
    model, task = task_from_trained(trained)
    assert len(task.x_calib) == 32 and len(task.x_test) == 32  # half tunes, half measures
    report = compare(model, task, ["dyn_int8_ao", "prune_channels"], MethodSettings(), repeats=(2, 2))
    rows = report.rows()
    assert [row["method"] for row in rows] == ["fp32", "dyn_int8_ao", "prune_channels"]
    assert all(row["accuracy"] is None and row["loss"] >= 0 for row in rows)
    assert report.grid is None  # 3 inputs: no decision boundary
