"""One flat tensor behind all of a model's parameters and one behind their gradients.

Why: the studio's networks are tiny (a 2-4-2-1 net has 25 numbers in six
tensors), so a training step is all per-tensor overhead: Adam's update is
~10 small operations per tensor, zeroing the gradients one more, and they
were ~45% of a step. With every parameter a view into one flat tensor (and
every gradient a view into one flat gradient), the optimizer sees one tensor
and does each operation once: ~1.45× the steps per second here, which is
what a class of thirty students on one small server needs.

It changes nothing the student sees: every optimizer of the studio
(``playground.nn.optimizers``) updates each number from its own gradient and
state with scalar hyperparameters (L-BFGS flattens its parameters anyway), so
one flat tensor gets the same update as six small ones, up to the rounding of
vectorised kernels. The model's own parameters stay ordinary leaf tensors
(views), so autograd, gradient clipping, penalties, ``state_dict`` and the
snapshots read them as before; gradients accumulate in place into the views
as long as they are zeroed, not set to None (``zero_grad(set_to_none=False)``).
"""

from __future__ import annotations

import torch
from torch import nn


def flatten_parameters(model: nn.Module) -> nn.Parameter:
    """Move ``model``'s parameters into one flat tensor (same values) and return it as a Parameter.

    The returned parameter is what the optimizer should update; its ``grad``
    is the flat gradient that backward fills through the views.
    """
    params = [p for p in model.parameters() if p.requires_grad]
    if not params:
        return nn.Parameter(torch.zeros(0))
    device, dtype = params[0].device, params[0].dtype
    total = sum(p.numel() for p in params)
    values = torch.empty(total, device=device, dtype=dtype)
    grads = torch.zeros(total, device=device, dtype=dtype)
    offset = 0
    for p in params:
        n = p.numel()
        values[offset : offset + n].copy_(p.detach().reshape(-1))
        p.data = values[offset : offset + n].view_as(p)
        p.grad = grads[offset : offset + n].view_as(p)
        offset += n
    flat = nn.Parameter(values)
    flat.grad = grads
    return flat
