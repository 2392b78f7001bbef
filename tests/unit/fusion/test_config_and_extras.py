"""The studio's table (links, bad values, the rule–kind tie), bias–variance, the two-input model, challenges."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch

from playground.fusion.bias_variance import BiasVarianceSpec, decompose
from playground.fusion.challenges import CHALLENGES, check
from playground.fusion.config import TABLE, FusionConfig, read_query
from playground.fusion.ensemble import EnsembleSpec
from playground.fusion.multi_input import MultiInputSpec, TwoInputNet, halves
from playground.fusion.speed import SpeedSpec


def test_a_link_round_trips_and_bad_values_are_reported() -> None:
    config = FusionConfig(dataset="digits", members=7, kind="bagging", rule="stacking", lr=0.003)
    again = read_query(TABLE.to_query(dataclasses.asdict(config)))
    assert again.value == config and not again.notes
    bad = read_query({"ds": "nope", "m": "1000", "lr": "-5", "rule": "boosting"})
    assert bad.value.dataset == "moons" and bad.value.members == 16 and bad.value.lr == pytest.approx(1e-4)
    assert bad.value.kind == "boosting"  # boosting votes need boosting rounds
    assert {n.key for n in bad.notes} >= {"param.note.invalid", "param.note.clamped", "fusion.note.boosting_kind"}
    assert read_query({"rule": "stacking", "kind": "snapshot"}).value.rule == "soft"


def test_switching_between_votes_keeps_the_members() -> None:
    base = FusionConfig()
    assert dataclasses.replace(base, rule="hard").ensemble_key() == base.ensemble_key()
    assert dataclasses.replace(base, members=6).ensemble_key() != base.ensemble_key()


def test_decompose_separates_offset_from_spread() -> None:
    target = np.zeros(50)
    rows = np.random.default_rng(0).normal(0, 0.5, (2000, 1)) + 0.3  # every fit off by 0.3, spread 0.5
    terms = decompose(np.repeat(rows, 50, axis=1), target)
    assert terms["bias2"] == pytest.approx(0.09, abs=0.01) and terms["variance"] == pytest.approx(0.25, rel=0.1)


def test_bagging_shrinks_variance_and_leaves_bias() -> None:
    # trained long enough to follow its 20 noisy points (an under-fitted net has little variance to remove)
    job = BiasVarianceSpec(noise=0.5, bags=5, points=20, steps=1500).build("t", "cpu")
    job.status = "running"
    while job.status == "running":
        job.run(0.05)
    report = job.report(False)
    single, bagged = report["single_terms"], report["bagged_terms"]
    assert bagged["variance"] < single["variance"]
    assert bagged["bias2"] == pytest.approx(single["bias2"], abs=max(0.05, single["bias2"]))


def test_the_two_input_model_and_its_ablation() -> None:
    net = TwoInputNet(4)
    x = torch.arange(2 * 64, dtype=torch.float32).reshape(2, 64)
    left, right = halves(x)
    assert left.shape == (2, 32) and left[0, :4].tolist() == [0, 1, 2, 3] and right[0, :4].tolist() == [4, 5, 6, 7]
    without_left = net(left, right, keep=(False, True))
    code = torch.cat([torch.zeros(2, 4), torch.relu(net.right(right))], dim=1)  # the left branch's code zeroed
    torch.testing.assert_close(without_left, net.head(code))
    job = MultiInputSpec(width=8, epochs=2).build("t", "cpu")
    job.status = "running"
    while job.status == "running":
        job.run(0.05)
    report = job.report(False)
    for name in ("early", "mid", "late"):
        both = report["ablation"][name]
        assert both["both"] > 0.7 and both["both"] >= min(both["left_only"], both["right_only"])


def test_challenges_check_what_they_say() -> None:
    job = EnsembleSpec(n_points=200, epochs=4, members=3, folds=2).build("t", "cpu")
    job.status = "running"
    while job.status == "running":
        job.run(0.05)
    report = job.report(False)
    config = FusionConfig(members=3)
    soft, hard = report.fused["soft"]["accuracy"], report.fused["hard"]["accuracy"]
    assert check("soft_worse_than_hard", report, config)[0] == (hard > soft)
    assert not check("soft_beats_best", report, config)[0]  # three members, the task asks for five
    assert not check("calibrate_digits", report, config)[0]  # not digits
    for challenge in CHALLENGES.values():
        assert set(challenge.start) <= set(TABLE.fields)


def test_the_speed_job_steps_one_member_of_the_loop_at_a_time_and_measures_both_sides() -> None:
    job = SpeedSpec(members=3, width=4, seconds=0.05).build("t", "cpu")
    before = [net.state_dict()["0.weight"].clone() for net in job.nets]
    job._loop_step()
    after = [net.state_dict()["0.weight"] for net in job.nets]
    assert not torch.equal(before[0], after[0]) and all(
        torch.equal(b, a) for b, a in zip(before[1:], after[1:], strict=True)
    )
    job.status = "running"
    while job.status == "running":
        job.run(0.01)
    report = job.report(False)
    assert report["loop"] > 0 and report["batched"] > 0 and report["progress"] == 1.0
    assert job.steps["batched"] % 3 == 0  # a batched step is one step of every member
