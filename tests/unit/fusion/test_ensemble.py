"""The ensemble job, driven without a pool: seeded expectations reasoned out before running it."""

from __future__ import annotations

import io

import numpy as np
import pytest
import torch

from playground.fusion.ensemble import EnsembleJob, EnsembleSpec
from playground.fusion.members import out_of_fold, plan_members
from playground.fusion.report import report_csv, report_json
from playground.fusion.stacked import sequential_member

SMALL = {"n_points": 300, "epochs": 15, "members": 4}


def _trained(**settings: object) -> EnsembleJob:
    job = EnsembleSpec(**{**SMALL, **settings}).build("test", "cpu")
    job.status = "running"
    while job.status == "running":
        job.run(0.05)
    return job


def _mean_off_diagonal(matrix: np.ndarray) -> float:
    return float(matrix[~np.eye(len(matrix), dtype=bool)].mean())


def test_soft_vote_nll_is_at_most_the_mean_member_nll_on_digits() -> None:
    report = _trained(dataset="digits", members=3, epochs=4, batch=64, folds=2).report(False)
    assert report.fused["soft"]["nll"] <= report.mean_member["nll"]
    assert report.fused["soft"]["accuracy"] > 0.8  # 10 classes: chance is 0.1


def test_bagging_raises_disagreement_over_seed_only_members() -> None:
    """Seed-only members see the very same batches; bootstrap members also see different data."""
    seed_only = _trained(dataset="moons", noise=0.35, kind="seed").report(False)
    bagged = _trained(dataset="moons", noise=0.35, kind="bagging").report(False)
    assert _mean_off_diagonal(bagged.disagreement) > _mean_off_diagonal(seed_only.disagreement)


def test_stacking_never_scores_a_row_with_a_model_that_trained_on_it() -> None:
    plan = plan_members("bagging", 3, 8, "relu", n_train=60, seed=1, folds=3)
    assert plan.nets == 3 + 3 * 3
    for member in range(3):
        for fold in range(3):
            pool = plan.pools[plan.fold_net(member, fold)]
            assert not np.isin(pool, np.flatnonzero(plan.fold_of == fold)).any()
            assert set(pool) <= set(plan.pools[member])  # the fold model is its member minus one fold
    # probabilities that name the net which produced them: [nets, N, 1] = net index
    probs = np.broadcast_to(np.arange(plan.nets, dtype=float)[:, None, None], (plan.nets, 60, 1))
    oof = out_of_fold(probs, plan)
    for member in range(3):
        for row in range(60):
            net = int(oof[member, row, 0])
            assert row not in plan.pools[net] and net == plan.fold_net(member, plan.fold_of[row])


def test_identical_members_gain_nothing() -> None:
    """K = 1 and the rules: every vote of one member is that member."""
    report = _trained(members=1, folds=2, epochs=3).report(False)
    member = report.member_metrics[0]
    for rule in ("hard", "soft", "weighted"):
        assert report.fused[rule]["accuracy"] == pytest.approx(member["accuracy"])


def test_sequential_kinds_grow_one_member_per_stage() -> None:
    boosted = _trained(kind="boosting", members=3, epochs=3, n_points=200)
    report = boosted.report(False)
    assert report.members == 3 and report.nets == 1 and len(report.alphas) == 3
    assert all(a >= 0 for a in report.alphas) and report.fused["boosting"] is not None
    assert report.fused["stacking"] is None  # sequential members have no fold models
    snapshots = _trained(kind="snapshot", members=3, epochs=3, n_points=200).report(False)
    assert snapshots.members == 3 and snapshots.fused["boosting"] is None


def test_a_job_advances_in_slices_and_pauses_between_them() -> None:
    job = EnsembleSpec(**SMALL).build("test", "cpu")
    job.step("batch")
    assert job.member_steps == job.model.members and job.status == "idle"
    job.step("epoch")
    assert job.report(False).epoch == pytest.approx(1 + 1 / job.steps_per_epoch)


def test_exported_members_load_with_weights_only_and_predict_as_in_the_job() -> None:
    job = _trained(kind="width_act", members=3, epochs=3, folds=2)
    report = job.report(True)
    buffer = io.BytesIO()
    torch.save([m["state_dict"] for m in report.weights], buffer)
    buffer.seek(0)
    states = torch.load(buffer, weights_only=True)
    x = torch.as_tensor(job.problem.x_test)
    with torch.no_grad():
        expected = job.model(x)[:3]
    for index, state in enumerate(states):
        net = sequential_member(2, report.widths[index], 2, report.activations[index])
        net.load_state_dict(state)
        with torch.no_grad():
            torch.testing.assert_close(net(x), expected[index], rtol=1e-5, atol=1e-5)
    assert report_csv(report).splitlines()[0].startswith("model,width")
    assert '"member_steps_per_s"' in report_json(report, {"kind": "width_act"})
