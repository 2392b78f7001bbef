"""What an ensemble job tells the page: a small picklable picture, and its CSV / JSON exports.

Why one dataclass: the page, the exports and the challenges' checks all read
the same numbers, measured once in the worker on the *test* part.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(frozen=True)
class EnsembleReport:
    kind: str
    n_classes: int
    members: int  # members with weights so far (sequential kinds grow one by one)
    planned: int  # K
    nets: int  # nets trained at once (members plus stacking's fold models)
    epoch: float
    total_epochs: int
    member_steps: int
    member_steps_per_s: float
    member_metrics: list[dict[str, float]]  # per member, on test (and "val_accuracy")
    widths: list[int]
    activations: list[str]
    fused: dict[str, dict[str, float] | None]  # rule → accuracy / nll / ece on test (None: unavailable)
    reliability: dict[str, dict[str, np.ndarray]]  # rule (and "members": all members pooled) → bins
    disagreement: np.ndarray
    error_correlation: np.ndarray
    accuracy_vs_k: dict[str, list[float]]  # "hard", "soft": fused accuracy of the first k members
    grid_labels: np.ndarray  # [K, G] uint8 predicted class per grid point
    grid_conf: np.ndarray  # [K, G] uint8 confidence × 255
    fused_grid: dict[str, tuple[np.ndarray, np.ndarray]]  # rule → (labels, confidence)
    history: dict[str, list[float]]  # epoch, member_accuracy, soft_accuracy, member_nll, soft_nll
    test_2d: np.ndarray
    y_test: np.ndarray
    extent: tuple[float, float, float, float]
    projected: bool
    alphas: list[float] = field(default_factory=list)
    weights: list[dict[str, Any]] | None = None  # detail only: per member {"state_dict", "width", "activation"}
    scaling: tuple[np.ndarray, np.ndarray] | None = None  # detail only: the inputs' mean and std

    @property
    def mean_member(self) -> dict[str, float]:
        keys = ("accuracy", "nll", "ece")
        if not self.member_metrics:
            return {k: float("nan") for k in keys}
        return {k: float(np.mean([m[k] for m in self.member_metrics])) for k in keys}

    @property
    def best_member_accuracy(self) -> float:
        return max((m["accuracy"] for m in self.member_metrics), default=float("nan"))


def report_rows(report: EnsembleReport) -> list[dict[str, Any]]:
    """One row per member and per available fusion rule: the table the page shows and the CSV holds."""
    rows = [
        {"model": f"member {i + 1}", "width": report.widths[i], "activation": report.activations[i], **m}
        for i, m in enumerate(report.member_metrics)
    ]
    rows += [{"model": f"fused: {rule}", **scores} for rule, scores in report.fused.items() if scores]
    return rows


def report_csv(report: EnsembleReport) -> str:
    rows = report_rows(report)
    columns = ["model", "width", "activation", "accuracy", "nll", "ece", "val_accuracy"]
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: (f"{v:.6f}" if isinstance(v, float) else v) for k, v in row.items()})
    return out.getvalue()


def report_json(report: EnsembleReport, settings: dict[str, Any]) -> str:
    """Settings, per-member and fused scores, diversity matrices and curves, as plain JSON."""
    body = {
        "settings": settings,
        "rows": report_rows(report),
        "member_steps_per_s": report.member_steps_per_s,
        "disagreement": np.round(report.disagreement, 6).tolist(),
        "error_correlation": np.round(report.error_correlation, 6).tolist(),
        "accuracy_vs_k": report.accuracy_vs_k,
        "boosting_alphas": report.alphas,
        "history": report.history,
    }
    return (
        json.dumps(body, indent=2, allow_nan=False, default=float)
        if _finite(body)
        else json.dumps(json.loads(json.dumps(body, default=float).replace("NaN", "null")), indent=2)
    )


def _finite(body: Any) -> bool:
    try:
        json.dumps(body, allow_nan=False, default=float)
    except ValueError:
        return False
    return True
