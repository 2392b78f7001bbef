"""The loss calculator agrees with torch.nn.functional; the curves' gradients with calculus."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F  # noqa: N812

from playground.core.errors import InputError
from playground.optim.calculator import CALCULATOR_KINDS, KINDS, calculate
from playground.optim.curves import BASE_DATA, OUTLIER, constant_fit, loss_curves

D = torch.float64


def test_issue_example_gives_mse_of_one_hundredth() -> None:
    calculation = calculate("regression", "[1, 2]", "[1.1, 1.9]")
    assert calculation.value("mse") == pytest.approx(0.01, abs=1e-12)
    assert calculation.columns["error"] == pytest.approx([0.1, -0.1])


def test_regression_losses_equal_torch_functional() -> None:
    target, prediction = "0.5, -2, 3, 0.1, 8", "0, 1, 3.5, -4, 1"
    y, p = torch.tensor([0.5, -2, 3, 0.1, 8], dtype=D), torch.tensor([0, 1, 3.5, -4, 1], dtype=D)
    calculation = calculate("regression", target, prediction, {"delta": 1.5, "beta": 0.5})
    expected = {
        "mse": F.mse_loss(p, y),
        "mae": F.l1_loss(p, y),
        "huber": F.huber_loss(p, y, delta=1.5),
        "smooth_l1": F.smooth_l1_loss(p, y, beta=0.5),
        "log_cosh": torch.log(torch.cosh(p - y)).mean(),
    }
    assert {row.loss_id for row in calculation.rows} == set(expected)
    for loss_id, value in expected.items():
        assert calculation.value(loss_id) == pytest.approx(value.item(), rel=1e-12), loss_id
    assert calculation.rows[0].terms == pytest.approx(F.mse_loss(p, y, reduction="none").tolist())


def test_binary_losses_equal_torch_functional() -> None:
    labels, scores = torch.tensor([1.0, 0, 1, 0], dtype=D), torch.tensor([2.0, -1.5, -0.3, 0.8], dtype=D)
    calculation = calculate("binary", "1, 0, 1, 0", "2.0, -1.5, -0.3, 0.8")
    assert calculation.value("bce") == pytest.approx(F.binary_cross_entropy(torch.sigmoid(scores), labels).item())
    assert calculation.value("bce_with_logits") == pytest.approx(
        F.binary_cross_entropy_with_logits(scores, labels).item()
    )
    signs = labels * 2 - 1
    assert calculation.value("hinge") == pytest.approx(F.relu(1 - signs * scores).mean().item())


def test_classification_losses_equal_torch_functional() -> None:
    logits = torch.tensor([[2.0, 1.5, 0.3], [0.1, 0.2, 3.0], [0.0, 0.5, -1.0]], dtype=D)
    labels = torch.tensor([0, 2, 2])
    calculation = calculate("classification", "0 2 2", "2.0, 1.5, 0.3; 0.1, 0.2, 3.0; 0, 0.5, -1", {"gamma": 2.0})
    ce = F.cross_entropy(logits, labels, reduction="none")
    one_hot = F.one_hot(labels, 3).to(D)
    expected = {
        "cross_entropy": F.cross_entropy(logits, labels),
        "focal": ((1 - torch.exp(-ce)) ** 2 * ce).mean(),
        "multi_margin": F.multi_margin_loss(logits, labels),
        "bce_with_logits_onehot": F.binary_cross_entropy_with_logits(logits, one_hot),
        "mse_onehot": F.mse_loss(torch.softmax(logits, dim=1), one_hot),
    }
    for loss_id, value in expected.items():
        assert calculation.value(loss_id) == pytest.approx(value.item(), rel=1e-12), loss_id


def test_kl_divergence_equals_torch_functional_and_normalises_with_a_notice() -> None:
    p, q = torch.tensor([[0.7, 0.2, 0.1]], dtype=D), torch.tensor([[0.5, 0.3, 0.2]], dtype=D)
    calculation = calculate("distribution", "0.7, 0.2, 0.1", "0.5, 0.3, 0.2")
    assert calculation.value("kl_div") == pytest.approx(F.kl_div(q.log(), p, reduction="batchmean").item())
    assert not calculation.notices
    scaled = calculate("distribution", "7, 2, 1", "0.5, 0.3, 0.2")
    assert scaled.value("kl_div") == pytest.approx(calculation.value("kl_div"))
    assert scaled.notices[0].key == "opt.note.normalized"


def test_every_kind_runs_its_example_and_every_listed_loss() -> None:
    for kind in KINDS:
        calculation = calculate(kind, *CALCULATOR_KINDS[kind].example)
        assert [row.loss_id for row in calculation.rows] == list(CALCULATOR_KINDS[kind].losses)


@pytest.mark.parametrize(
    ("kind", "y_true", "y_pred", "key"),
    [
        ("regression", "1, 2", "1.1, 1.9, 3", "opt.err.length_mismatch"),
        ("regression", "1, 2", "1.1, abc", "opt.err.not_a_number"),
        ("regression", "", "1", "opt.err.empty"),
        ("binary", "1, 2", "0.3, 0.2", "opt.err.label_range"),
        ("classification", "0, 1, 1", "1, 2; 3, 4", "opt.err.rows_vs_labels"),
        ("classification", "0", "1; 2", "opt.err.need_classes"),
        ("classification", "3", "1, 2, 3", "opt.err.label_range"),
        ("distribution", "0.5, 0.5", "1, 0", "opt.err.zero_probability"),
        ("distribution", "-1, 2", "0.5, 0.5", "opt.err.not_probabilities"),
    ],
)
def test_bad_calculator_inputs_raise_clear_errors(kind: str, y_true: str, y_pred: str, key: str) -> None:
    with pytest.raises(InputError) as caught:
        calculate(kind, y_true, y_pred)
    assert caught.value.key == key
    assert caught.value.message("en") != key and caught.value.message("zh") != key


def test_curve_gradients_come_from_autograd_and_match_calculus() -> None:
    mse, mae, huber = loss_curves("regression", ["mse", "mae", "huber"], extent=3.0, points=61)
    x = torch.tensor(mse.x)
    assert mse.gradient == pytest.approx((2 * x).tolist())
    assert mae.gradient[0] == -1.0 and mae.gradient[-1] == 1.0
    assert max(abs(g) for g in huber.gradient) == pytest.approx(1.0)
    hinge = loss_curves("binary", ["hinge"], extent=3.0, points=61)[0]
    assert hinge.loss[-1] == 0.0 and hinge.gradient[0] == -1.0


def test_an_outlier_drags_mse_but_not_mae_or_huber() -> None:
    data, fits = constant_fit(["mse", "mae", "huber"], with_outlier=True)
    assert data == [*BASE_DATA, OUTLIER]
    best = {fit.loss_id: fit.best for fit in fits}
    assert best["mse"] == pytest.approx(sum(data) / len(data), abs=0.02)
    assert 2.0 - 0.02 <= best["mae"] <= 2.5 + 0.02
    assert best["huber"] < 2.5
    pulls = {fit.loss_id: fit.pulls[-1] for fit in fits}
    assert pulls["mse"] > 10 and pulls["mae"] == pytest.approx(1.0) and pulls["huber"] == pytest.approx(1.0)
    _, calm = constant_fit(["mse", "mae"], with_outlier=False)
    assert all(fit.best == pytest.approx(2.0, abs=0.02) for fit in calm)
