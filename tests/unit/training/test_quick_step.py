"""The training loop's bare optimizer step: the same updates as ``optimizer.step()``, hooks and schedulers honoured."""

from __future__ import annotations

import warnings

import pytest
import torch

from playground.nn.optimizers import OPTIMIZERS
from playground.training.quick_step import quick_step

STEPPED = sorted(name for name, spec in OPTIMIZERS.items() if not spec.needs_closure)


def _run(name: str, quick: bool, fused: bool, steps: int = 30) -> torch.Tensor:
    parameter = torch.nn.Parameter(torch.linspace(-1.0, 1.0, 25))
    optimizer = OPTIMIZERS[name].build([parameter], {}, fused=fused)
    step = quick_step(optimizer) if quick else optimizer.step
    generator = torch.Generator().manual_seed(4)
    for _ in range(steps):
        parameter.grad = torch.randn(25, generator=generator)
        step()
    return parameter.detach()


@pytest.mark.parametrize("name", STEPPED)
def test_the_bare_step_updates_bit_for_bit_as_the_wrapped_one(name: str) -> None:
    for fused in (False, True):
        assert torch.equal(_run(name, True, fused), _run(name, False, fused))


@pytest.mark.parametrize("name", STEPPED)
def test_a_fused_optimizer_updates_as_the_plain_one_up_to_rounding(name: str) -> None:
    plain, fused = _run(name, False, False), _run(name, False, True)
    assert not torch.equal(plain, torch.linspace(-1.0, 1.0, 25))
    torch.testing.assert_close(fused, plain, rtol=1e-5, atol=1e-6)


def test_fused_is_used_where_torch_has_it_and_skipped_where_not() -> None:
    parameter = torch.nn.Parameter(torch.zeros(3))
    assert OPTIMIZERS["adam"].build([parameter], {}, fused=True).defaults["fused"] is True
    assert OPTIMIZERS["adam"].build([parameter], {}).defaults["fused"] in (None, False)
    assert isinstance(OPTIMIZERS["rmsprop"].build([parameter], {}, fused=True), torch.optim.RMSprop)


def test_step_hooks_still_run_and_a_scheduler_sees_the_first_step() -> None:
    parameter = torch.nn.Parameter(torch.ones(3))
    optimizer = OPTIMIZERS["sgd"].build([parameter], {"lr": 0.1}, fused=True)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
    step = quick_step(optimizer)
    parameter.grad = torch.ones(3)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "lr_scheduler.step() before optimizer.step()" would raise here
        step()
        scheduler.step()
    seen: list[int] = []
    optimizer.register_step_post_hook(lambda *_: seen.append(1))
    step()
    step()
    assert len(seen) == 2
    assert optimizer.param_groups[0]["lr"] == pytest.approx(0.05)
