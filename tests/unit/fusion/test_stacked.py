"""The batched module is K independent MLPs: same forward, same gradients, same Adam steps as a loop."""

from __future__ import annotations

import torch
from torch import nn

from playground.fusion.stacked import StackedMLP, concat, sequential_member


def _members(model: StackedMLP) -> list[nn.Sequential]:
    nets = []
    for index in range(model.members):
        net = sequential_member(model.d_in, model.widths[index], model.d_out, model.activations[index])
        net.load_state_dict(model.member_state_dict(index))
        nets.append(net)
    return nets


def test_batched_forward_equals_the_looped_one_for_mixed_widths_and_activations() -> None:
    model = StackedMLP(2, 16, 3, [16, 8, 4, 12], ["relu", "tanh", "gelu", "sigmoid"], [1, 2, 3, 4])
    x = torch.randn(50, 2, generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        batched = model(x)
        looped = torch.stack([net(x) for net in _members(model)])
    torch.testing.assert_close(batched, looped, rtol=1e-5, atol=1e-6)


def test_one_adam_step_on_the_stack_is_one_step_of_each_member_alone() -> None:
    """Adam is element-wise and the loss a sum of per-member means: no member sees another's gradient."""
    model = StackedMLP(2, 8, 2, [8, 8, 8], ["relu"] * 3, [5, 6, 7])
    nets = _members(model)
    generator = torch.Generator().manual_seed(1)
    x, y = torch.randn(3, 10, 2, generator=generator), torch.randint(0, 2, (3, 10), generator=generator)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
    loss = nn.functional.cross_entropy(model(x).flatten(0, 1), y.flatten(), reduction="none").view(3, -1).mean(1)
    loss.sum().backward()
    optimizer.step()
    for index, net in enumerate(nets):
        alone = torch.optim.Adam(net.parameters(), lr=0.1)
        nn.functional.cross_entropy(net(x[index]), y[index]).backward()
        alone.step()
        for name, tensor in model.member_state_dict(index).items():
            torch.testing.assert_close(tensor, net.state_dict()[name], rtol=1e-5, atol=1e-6)


def test_seeds_decide_the_init_and_concat_keeps_members() -> None:
    a = StackedMLP(2, 4, 2, [4, 4], ["relu", "relu"], [9, 9])
    torch.testing.assert_close(a.member_state_dict(0), a.member_state_dict(1))
    b = StackedMLP(2, 4, 2, [4], ["relu"], [10])
    both = concat([a, b])
    assert both.members == 3
    torch.testing.assert_close(both.member_state_dict(2), b.member_state_dict(0))
    assert both.select([2]).member_state_dict(0).keys() == b.member_state_dict(0).keys()
