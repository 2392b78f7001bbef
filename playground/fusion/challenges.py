"""Guided tasks with a check, in the spirit of the Gradient Boosting Playground's challenges.

Each challenge has a starting setup (values of the studio's table fields) and
a check on the ensemble's report: a pure function, so the page, a test and a
teacher's script agree on what "done" means. Scores are on the *test* part.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from playground.core.registry import Entry, Registry
from playground.fusion.report import EnsembleReport

Check = Callable[[EnsembleReport, Any], tuple[bool, dict[str, str]]]


def _fused(report: EnsembleReport, rule: str, metric: str) -> float:
    scores = report.fused.get(rule)
    return float("nan") if not scores else float(scores[metric])


def finished(report: EnsembleReport) -> bool:
    """Whether every planned member trained to the end (checks read finished ensembles only)."""
    return report.members >= report.planned and report.epoch >= report.total_epochs


def _soft_beats_best(report: EnsembleReport, config: Any) -> tuple[bool, dict[str, str]]:
    soft = _fused(report, "soft", "accuracy")
    gain, edge = soft - report.mean_member["accuracy"], soft - report.best_member_accuracy
    ok = config.dataset == "moons" and config.noise >= 0.3 and config.members == 5 and gain >= 0.02 - 1e-9
    return ok and edge >= 0 and finished(report), {"gain": f"{gain * 100:+.1f}", "edge": f"{edge * 100:+.1f}"}


def _soft_worse_than_hard(report: EnsembleReport, config: Any) -> tuple[bool, dict[str, str]]:
    gap = _fused(report, "hard", "accuracy") - _fused(report, "soft", "accuracy")
    return gap > 0 and finished(report), {"gap": f"{gap * 100:+.1f}"}


def _calibrate_digits(report: EnsembleReport, config: Any) -> tuple[bool, dict[str, str]]:
    mean, soft = report.mean_member["nll"], _fused(report, "soft", "nll")
    cut = 1 - soft / mean if mean > 0 else 0.0
    return config.dataset == "digits" and cut >= 0.25 and finished(report), {"cut": f"{cut:.0%}"}


def _stacking_wins(report: EnsembleReport, config: Any) -> tuple[bool, dict[str, str]]:
    others = [_fused(report, r, "accuracy") for r in ("hard", "soft", "weighted")]
    lead = _fused(report, "stacking", "accuracy") - max(others)
    return lead > 0 and finished(report), {"lead": f"{lead * 100:+.1f}"}


@dataclass(frozen=True)
class Challenge(Entry):
    start: dict[str, Any] = field(default_factory=dict)
    check: Check = _soft_beats_best
    text_prefix = "fusion.ch"


CHALLENGES: Registry[Challenge] = Registry(
    "fusion challenge",
    (
        Challenge(
            "soft_beats_best", {"dataset": "moons", "noise": 0.35, "members": 5, "rule": "soft"}, _soft_beats_best
        ),
        Challenge("soft_worse_than_hard", {"dataset": "moons", "members": 3, "rule": "hard"}, _soft_worse_than_hard),
        Challenge(
            "calibrate_digits",
            {"dataset": "digits", "members": 5, "kind": "seed", "rule": "soft", "epochs": 30, "batch": 64},
            _calibrate_digits,
        ),
        Challenge(
            "stacking_wins",
            {"dataset": "spiral", "noise": 0.2, "members": 5, "kind": "width_act", "rule": "stacking"},
            _stacking_wins,
        ),
    ),
)


def check(name: str, report: EnsembleReport, config: Any) -> tuple[bool, dict[str, str]]:
    """Whether challenge ``name`` is met by ``report`` under ``config``, and the numbers its message shows."""
    return CHALLENGES.require(name).check(report, config)
