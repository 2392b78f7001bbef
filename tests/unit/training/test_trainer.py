"""The trainer: every loss with every optimizer learns, a seed replays a run, the device falls back."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from playground.core import devices
from playground.nn.losses import LOSSES
from playground.nn.optimizers import OPTIMIZERS
from playground.nn.schedulers import SCHEDULERS
from playground.training.config import TrainConfig
from playground.training.model import ModelConfig
from playground.training.toy_data import make_dataset, split
from playground.training.trainer import Trainer

torch.set_num_threads(1)
TINY = ModelConfig(features=("x1", "x2"), widths=(4,), activations=("tanh",))
STEPS = 50


@pytest.fixture(scope="module")
def separable():
    return {
        "classification": split(make_dataset("gauss", 200, 0.0, seed=1), 0.5, seed=1),
        "regression": split(make_dataset("plane", 200, 0.0, seed=1), 0.5, seed=1),
    }


def _full_loss(trainer: Trainer) -> float:
    trainer.model.eval()
    return trainer._evaluate_train_and_test()[0]


def _learnable(loss_id: str) -> list[str]:
    return [spec.name for spec in LOSSES.values() if spec.kind == LOSSES[loss_id].kind]


CASES = [
    (loss.name, optimizer)
    for loss in LOSSES.values()
    if loss.kind in ("classification", "regression")
    for optimizer in OPTIMIZERS
]


@pytest.mark.parametrize(("loss_id", "optimizer_id"), CASES)
def test_every_loss_with_every_optimizer_lowers_the_loss(separable, loss_id: str, optimizer_id: str) -> None:
    data = separable[LOSSES[loss_id].kind]
    config = TrainConfig(
        model=TINY,
        loss=loss_id,
        optimizer=optimizer_id,
        optimizer_params=OPTIMIZERS[optimizer_id].defaults(),
        batch_size=32,
        seed=5,
    )
    trainer = Trainer(config, data)
    before = _full_loss(trainer)
    for _ in range(STEPS):
        trainer.train_batch()
    after = _full_loss(trainer)
    assert np.isfinite(after)
    assert after < before * 0.98, f"{loss_id}/{optimizer_id}: {before:.4f} -> {after:.4f}"


def test_a_seed_gives_the_same_run_and_another_seed_another(separable) -> None:
    def run(seed: int) -> tuple[list[float], bytes]:
        config = TrainConfig(model=ModelConfig(widths=(6, 4), activations=("relu", "tanh"), dropout=0.2), seed=seed)
        trainer = Trainer(config, separable["classification"])
        trainer.status = "running"
        trainer.run(max_seconds=60, max_steps=60)
        return trainer.history["train_loss"], trainer.snapshot(weights=True).state_dict

    first, second, third = run(7), run(7), run(8)
    assert first[0] == second[0] and first[1] == second[1]
    assert first[0] != third[0]


LR0 = 0.1
# The rate after each of three epochs, as each schedule's formula gives it (step_size 1, gamma 0.5; 0.99; t_max 200).
EXPECTED_RATES = {
    "none": [LR0] * 3,
    "step": [LR0 * 0.5**k for k in (1, 2, 3)],
    "exponential": [LR0 * 0.99**k for k in (1, 2, 3)],
    "cosine": [LR0 * (1 + math.cos(math.pi * k / 200)) / 2 for k in (1, 2, 3)],
}


@pytest.mark.parametrize("scheduler_id", list(SCHEDULERS))
def test_every_schedule_runs_and_moves_the_rate_as_declared(separable, scheduler_id: str) -> None:
    config = TrainConfig(
        model=TINY,
        scheduler=scheduler_id,
        scheduler_params={"step_size": 1, "epochs": 3},
        batch_size=50,
        optimizer_params={"lr": LR0},
    )
    trainer = Trainer(config, separable["classification"])
    for _ in range(3):
        trainer.step_epoch()
    rates = trainer.history["lr"]
    assert len(rates) == 3
    if scheduler_id in EXPECTED_RATES:
        assert rates == pytest.approx(EXPECTED_RATES[scheduler_id], rel=1e-9)
    elif scheduler_id == "one_cycle":  # per batch over 3 epochs: warm up to the peak, then anneal far below lr0
        assert max(rates) <= LR0 * (1 + 1e-9) and rates[0] > rates[-1] and rates[-1] < LR0 / 25
    elif scheduler_id == "plateau":  # 3 epochs are within the default patience of 10: the rate must not move
        assert rates == [LR0] * 3
    else:
        pytest.fail(f"no expectation for the new schedule {scheduler_id!r}: add one here")


def _plateau_rates(metrics: list[float], patience: int, gamma: float) -> list[float]:
    """The rate after each epoch of the registry's plateau schedule fed ``metrics`` (the studio's test loss)."""
    weights = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.SGD([weights], lr=LR0)
    scheduler = SCHEDULERS["plateau"].build(optimizer, {"patience": patience, "gamma": gamma}, 1, LR0)
    rates = []
    for metric in metrics:
        scheduler.step(metric)
        rates.append(optimizer.param_groups[0]["lr"])
    return rates


def test_plateau_drops_the_rate_once_the_metric_stays_flat_for_patience_plus_one_epochs() -> None:
    patience, gamma = 3, 0.5
    rates = _plateau_rates([1.0] * (1 + 2 * (patience + 1)), patience, gamma)
    # epoch 1 sets the best; epochs 2..patience+1 are patience bad epochs: still lr0
    assert rates[: patience + 1] == [LR0] * (patience + 1)
    # one more flat epoch (patience + 1 in a row without improvement): lr0 * gamma
    assert rates[patience + 1] == pytest.approx(LR0 * gamma)
    # the count starts again: the next drop comes after another patience + 1 flat epochs
    assert rates[patience + 2 : 2 * patience + 2] == pytest.approx([LR0 * gamma] * patience)
    assert rates[2 * patience + 2] == pytest.approx(LR0 * gamma**2)


def test_plateau_keeps_the_rate_while_the_metric_improves() -> None:
    patience = 2
    improving = [1.0 * 0.9**k for k in range(10 * patience)]
    assert _plateau_rates(improving, patience, 0.5) == [LR0] * len(improving)


def test_the_trainer_lowers_the_rate_on_a_flat_test_loss_and_keeps_it_on_a_falling_one(
    separable, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same through the trainer: its epoch end must hand the test loss to the schedule."""
    patience, gamma = 2, 0.3
    config = TrainConfig(
        model=TINY,
        scheduler="plateau",
        scheduler_params={"patience": patience, "gamma": gamma},
        batch_size=100,
        optimizer_params={"lr": LR0},
    )
    flat = Trainer(config, separable["classification"])
    monkeypatch.setattr(flat, "_evaluate_train_and_test", lambda: (0.7, 0.5, 0.7, 0.5))
    for _ in range(patience + 2):
        flat.step_epoch()
    assert flat.history["lr"][: patience + 1] == [LR0] * (patience + 1)
    assert flat.history["lr"][patience + 1] == pytest.approx(LR0 * gamma)
    assert flat.snapshot().lr == pytest.approx(LR0 * gamma)

    falling = Trainer(config, separable["classification"])
    losses = iter(0.7 * 0.8**k for k in range(100))
    monkeypatch.setattr(falling, "_evaluate_train_and_test", lambda: (0.7, 0.5, next(losses), 0.5))
    for _ in range(3 * (patience + 1)):
        falling.step_epoch()
    assert falling.history["lr"] == [LR0] * (3 * (patience + 1))


def test_live_changes_keep_the_weights_and_a_new_optimizer_starts_fresh(separable) -> None:
    config = TrainConfig(model=TINY)
    trainer = Trainer(config, separable["classification"])
    trainer.step_epoch()
    weights = trainer.model[1].linear.weight.detach().clone()
    trainer.configure(TrainConfig(model=TINY, optimizer_params={"lr": 0.3}, batch_size=7, regularization="l2"))
    assert trainer.optimizer.param_groups[0]["lr"] == pytest.approx(0.3) and trainer.batch_size == 7
    assert torch.equal(trainer.model[1].linear.weight, weights)
    trainer.configure(TrainConfig(model=TINY, optimizer="sgd", optimizer_params={"lr": 0.2}))
    assert isinstance(trainer.optimizer, torch.optim.SGD) and trainer.optimizer.param_groups[0]["lr"] == 0.2


def test_stop_conditions_and_divergence(separable) -> None:
    trainer = Trainer(TrainConfig(model=TINY, stop_epochs=2, batch_size=50), separable["classification"])
    trainer.status = "running"
    trainer.run(max_seconds=30)
    assert trainer.status == "finished" and trainer.epoch == 2
    wild = TrainConfig(model=TINY, optimizer="sgd", optimizer_params={"lr": 10.0}, loss="mse", dataset="plane")
    trainer = Trainer(wild, split(make_dataset("plane", 200, 0.0, 1), 0.5, 1))
    trainer.x_train *= 1e6  # absurd inputs make SGD overflow at once
    trainer.status = "running"
    trainer.run(max_seconds=10, max_steps=500)
    assert trainer.status == "diverged" and trainer.message == "train.msg.diverged"


def test_zeros_init_shows_symmetry(separable) -> None:
    config = TrainConfig(model=ModelConfig(widths=(4,), activations=("tanh",), init="zeros"), optimizer="sgd")
    trainer = Trainer(config, separable["classification"])
    trainer.step_epoch()
    rows = trainer.model[1].linear.weight.detach()
    assert torch.allclose(rows, rows[0].expand_as(rows)), "neurons started equal and must stay equal"


def test_the_device_falls_back_to_the_cpu_when_cuda_is_missing(monkeypatch: pytest.MonkeyPatch, separable) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    choice = devices.resolve_device("cuda:0")
    assert choice.fell_back and choice.device.type == "cpu"
    trainer = Trainer(TrainConfig(model=TINY), separable["classification"], device=choice.device)
    trainer.train_batch()
    assert trainer.snapshot().step == 1


def test_snapshot_probes_and_thinned_history(separable) -> None:
    trainer = Trainer(
        TrainConfig(model=ModelConfig(widths=(12, 3), activations=("relu", "sigmoid")), batch_size=200),
        separable["classification"],
    )
    for _ in range(1500):  # 1,500 epochs of one batch each
        trainer.train_batch()
    snap = trainer.snapshot()
    assert len(snap.history["epoch"]) <= 1000 and snap.history["epoch"][-1] == 1500
    assert snap.boundary.shape == (100, 100, 2)
    assert [m.shape[0] for m in snap.neuron_maps] == [2, 8, 3] and snap.layer_widths == [2, 12, 3, 2]
    assert snap.confusion.sum() == len(separable["classification"].test)
    assert len(snap.grad_norms) == 3 and all(g >= 0 for g in snap.grad_norms)
