"""The loss and optimizer registries agree with PyTorch and with the catalogues."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F  # noqa: N812

from playground.i18n import all_strings
from playground.nn.losses import LOSSES, losses_of
from playground.nn.optimizers import OPTIMIZERS, optimizer_step


def test_every_entry_has_a_title_and_summary_in_the_catalogue() -> None:
    strings = all_strings()
    for spec in [*LOSSES.values(), *OPTIMIZERS.values()]:
        assert spec.title_key in strings and spec.summary_key in strings, spec.name
        for param in spec.params:
            assert param.label_key in strings, param.label_key


def test_mse_of_the_issue_example_is_one_hundredth() -> None:
    value = LOSSES["mse"].value(torch.tensor([1.1, 1.9]), torch.tensor([1.0, 2.0]))
    assert value.item() == pytest.approx(0.01, abs=1e-6)


@pytest.mark.parametrize(
    ("loss_id", "reference"),
    [
        ("mse", lambda p, t: F.mse_loss(p, t)),
        ("mae", lambda p, t: F.l1_loss(p, t)),
        ("huber", lambda p, t: F.huber_loss(p, t, delta=1.0)),
        ("smooth_l1", lambda p, t: F.smooth_l1_loss(p, t, beta=1.0)),
        ("log_cosh", lambda p, t: torch.log(torch.cosh(p - t)).mean()),
    ],
)
def test_regression_losses_match_pytorch(loss_id: str, reference) -> None:
    prediction, target = torch.tensor([0.5, -2.0, 3.0, 0.1]), torch.tensor([0.0, 1.0, 3.5, -4.0])
    assert LOSSES[loss_id].value(prediction, target).item() == pytest.approx(reference(prediction, target).item())


def test_classification_losses_take_logits_and_labels_and_match_pytorch() -> None:
    logits, labels = torch.tensor([[2.0, -1.0, 0.3], [0.1, 0.2, 3.0]]), torch.tensor([0, 1])
    assert LOSSES["cross_entropy"].value(logits, labels).item() == pytest.approx(F.cross_entropy(logits, labels).item())
    assert LOSSES["multi_margin"].value(logits, labels).item() == pytest.approx(
        F.multi_margin_loss(logits, labels).item()
    )
    smoothed = LOSSES["cross_entropy"].value(logits, labels, label_smoothing=0.1)
    assert smoothed.item() == pytest.approx(F.cross_entropy(logits, labels, label_smoothing=0.1).item())
    focal_without_focus = LOSSES["focal"].value(logits, labels, gamma=0.0)
    assert focal_without_focus.item() == pytest.approx(F.cross_entropy(logits, labels).item())
    for spec in losses_of("classification"):
        assert spec.terms(logits, labels, **spec.defaults()).shape == (2,), spec.name


def test_binary_and_distribution_losses_match_pytorch() -> None:
    probability, labels = torch.tensor([0.9, 0.2]), torch.tensor([1.0, 0.0])
    assert LOSSES["bce"].value(probability, labels).item() == pytest.approx(
        F.binary_cross_entropy(probability, labels).item()
    )
    scores = torch.tensor([0.3, -2.0])
    assert LOSSES["hinge"].value(scores, labels).item() == pytest.approx((0.7 + 0.0) / 2)
    p, q = torch.tensor([[0.5, 0.5]]), torch.tensor([[0.9, 0.1]])
    expected = (p * (p / q).log()).sum().item()
    assert LOSSES["kl_div"].value(q, p).item() == pytest.approx(expected)


@pytest.mark.parametrize("optimizer_id", list(OPTIMIZERS))
def test_every_optimizer_lowers_a_quadratic(optimizer_id: str) -> None:
    spec = OPTIMIZERS[optimizer_id]
    weights = torch.nn.Parameter(torch.tensor([3.0, -2.0]))
    optimizer = spec.build([weights])
    start = (weights.detach() ** 2).sum().item()
    for _ in range(20):
        optimizer_step(spec, optimizer, lambda: (weights**2).sum())
    assert (weights.detach() ** 2).sum().item() < start


def test_first_sgd_step_is_w_minus_lr_times_gradient() -> None:
    weights = torch.nn.Parameter(torch.tensor([3.0]))
    spec = OPTIMIZERS["sgd"]
    optimizer = spec.build([weights], {"lr": 0.1})
    optimizer_step(spec, optimizer, lambda: (weights**2).sum())
    assert weights.item() == pytest.approx(3.0 - 0.1 * 6.0)


def test_hyperparameters_change_in_place_without_losing_state() -> None:
    weights = torch.nn.Parameter(torch.tensor([1.0]))
    spec = OPTIMIZERS["adam"]
    optimizer = spec.build([weights])
    optimizer_step(spec, optimizer, lambda: (weights**2).sum())
    spec.update(optimizer, {"lr": 0.5, "beta1": 0.8})
    assert optimizer.param_groups[0]["lr"] == 0.5
    assert optimizer.param_groups[0]["betas"] == (0.8, 0.999)
    assert optimizer.state[weights]["step"].item() == 1


def test_out_of_range_values_are_clamped() -> None:
    kwargs = OPTIMIZERS["sgd"].torch_kwargs({"lr": 1e9})
    assert kwargs["lr"] == 10.0


def test_bound_losses_with_a_one_kernel_reduction_equal_value() -> None:
    """``LossSpec.bind`` (the training studio's per-step call) must give exactly ``value``."""
    generator = torch.Generator().manual_seed(0)
    logits = torch.randn(16, 3, generator=generator)
    labels = torch.randint(0, 3, (16,), generator=generator)
    prediction, target = torch.randn(16, generator=generator), torch.randn(16, generator=generator)
    for spec in LOSSES.values():
        if spec.kind == "classification":
            args = (logits, labels)
        elif spec.kind == "regression":
            args = (prediction, target)
        else:
            continue
        params = {p.name: p.high / 3 if p.high else p.default for p in spec.params}
        torch.testing.assert_close(spec.bind(**params)(*args), spec.value(*args, **params))
