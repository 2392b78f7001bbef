"""One flat tensor behind a model's parameters: same values, same gradients, same updates for every optimizer."""

from __future__ import annotations

import pytest
import torch

from playground.nn.optimizers import OPTIMIZERS
from playground.training.config import ModelConfig
from playground.training.flat_params import flatten_parameters
from playground.training.model import build_model

MODEL = ModelConfig(widths=(5, 3), activations=("tanh", "relu"))


def _data() -> tuple[torch.Tensor, torch.Tensor]:
    generator = torch.Generator().manual_seed(0)
    return torch.randn(32, 2, generator=generator), torch.randint(0, 2, (32,), generator=generator)


def _train(name: str, flat: bool, steps: int = 25) -> list[torch.Tensor]:
    model = build_model(MODEL, 2, 3)
    if flat:
        target = flatten_parameters(model)
        optimizer = OPTIMIZERS[name].build([target], {})
    else:
        optimizer = OPTIMIZERS[name].build(model.parameters(), {})
    x, y = _data()

    def closure() -> torch.Tensor:
        optimizer.zero_grad(set_to_none=False)
        loss = torch.nn.functional.cross_entropy(model(x), y)
        loss.backward()
        return loss

    for _ in range(steps):
        if OPTIMIZERS[name].needs_closure:
            optimizer.step(closure)
        else:
            closure()
            optimizer.step()
    return [p.detach().clone() for p in model.parameters()]


def test_flattening_keeps_values_and_makes_every_parameter_a_view() -> None:
    model = build_model(MODEL, 2, 3)
    before = [p.detach().clone() for p in model.parameters()]
    flat = flatten_parameters(model)
    assert flat.numel() == sum(p.numel() for p in before)
    for p, old in zip(model.parameters(), before, strict=True):
        assert torch.equal(p, old) and p.is_leaf and p.requires_grad
        assert p.untyped_storage().data_ptr() == flat.untyped_storage().data_ptr()
        assert p.grad is not None and p.grad.untyped_storage().data_ptr() == flat.grad.untyped_storage().data_ptr()


def test_backward_fills_the_flat_gradient_through_the_views() -> None:
    model = build_model(MODEL, 2, 3)
    flat = flatten_parameters(model)
    x, y = _data()
    torch.nn.functional.cross_entropy(model(x), y).backward()
    assert float(flat.grad.abs().sum()) > 0
    assert torch.equal(flat.grad, torch.cat([p.grad.reshape(-1) for p in model.parameters()]))


@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_every_optimizer_updates_a_flat_model_as_a_layered_one(name: str) -> None:
    for flat, layered in zip(_train(name, True), _train(name, False), strict=True):
        torch.testing.assert_close(flat, layered, rtol=1e-5, atol=1e-6)
