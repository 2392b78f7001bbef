"""Quantization and fusion: float casts, torchao configs, torch.ao eager dynamic/static.

Why eager torch.ao is kept although deprecated: on CPU it is still the path with real
int8 kernels (fbgemm/x86) for Conv2d and static activations, so it is the one that is
actually faster here; torchao's ``quantize_`` is the supported API but only rewrites
``nn.Linear`` and needs ``torch.compile`` for speed. The page shows both, labelled.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from playground.compress.backends import quiet, select_quantized_engine, torchao_quantization
from playground.compress.pruning import NORMS, weight_layers
from playground.core.errors import InputError

CALIBRATION_BATCH = 64


class CastInputs(nn.Module):
    """Run ``module`` in ``dtype`` (fp16/bf16) but take and return float32, like the original."""

    def __init__(self, module: nn.Module, dtype: torch.dtype) -> None:
        super().__init__()
        self.module = module.to(dtype)
        self.dtype = dtype

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.module(x.to(self.dtype)).float()


def cast(model: nn.Module, dtype: torch.dtype) -> nn.Module:
    return CastInputs(model, dtype)


def require_linear(model: nn.Module) -> None:
    """torchao's configs and torch.ao dynamic quantization only touch nn.Linear."""
    if not any(isinstance(module, nn.Linear) for module in model.modules()):
        raise InputError("compress.err.needs_linear")


def torchao_config(name: str, **kwargs: object) -> object:
    ao = torchao_quantization()
    if ao is None:
        raise InputError("compress.err.unavailable", reason="torchao is not installed")
    if name == "IntxWeightOnlyConfig" and kwargs.pop("int4", False):
        from torchao.quantization.granularity import PerGroup  # noqa: PLC0415

        return ao.IntxWeightOnlyConfig(weight_dtype=torch.int4, granularity=PerGroup(32))
    return getattr(ao, name)(**kwargs)


def torchao_quantize(model: nn.Module, config: object, group: int = 0) -> nn.Module:
    """torchao's ``quantize_`` in place: each nn.Linear weight becomes a quantized tensor subclass.

    ``group`` > 0 (grouped int4): only Linear layers whose input size is a multiple of the
    group are quantized; the others stay fp32, and a model with none of them is refused.
    """
    require_linear(model)
    linears = [module for module in model.modules() if isinstance(module, nn.Linear)]
    if group and not any(layer.in_features % group == 0 for layer in linears):
        sizes = ", ".join(str(layer.in_features) for layer in linears)
        raise InputError("compress.err.group_size", group=group, sizes=sizes)
    ao = torchao_quantization()

    def eligible(module: nn.Module, _: str) -> bool:
        return isinstance(module, nn.Linear) and (not group or module.in_features % group == 0)

    with quiet():
        ao.quantize_(model, config, filter_fn=eligible)
    return model


def dynamic_int8_ao(model: nn.Module) -> nn.Module:
    """torch.ao eager dynamic int8: weights int8 ahead of time, activations scaled per batch."""
    require_linear(model)
    select_quantized_engine()
    with quiet():
        return torch.ao.quantization.quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)


def fusion_patterns(model: nn.Module) -> list[list[str]]:
    """Runs torch.ao can fuse among each module's children, in registration order.

    Conv2d-BN2d(-ReLU), Conv2d-ReLU, Linear-BN1d, Linear-ReLU. ``nn.Identity`` children
    (a switched-off norm or dropout) are skipped. Registration order is assumed to be
    call order; ``fuse`` checks the outputs afterwards, so a wrong guess is refused.
    """
    patterns: list[list[str]] = []
    for prefix, container in model.named_modules():
        named = [(name, child) for name, child in container.named_children() if not isinstance(child, nn.Identity)]
        index = 0
        while index < len(named):
            run = _run_at([child for _, child in named], index)
            if len(run) > 1:
                patterns.append([".".join(filter(None, (prefix, named[index + k][0]))) for k in run])
            index += len(run)
    return patterns


def _run_at(children: list[nn.Module], index: int) -> list[int]:
    first = children[index]
    nxt = children[index + 1] if index + 1 < len(children) else None
    after = children[index + 2] if index + 2 < len(children) else None
    if isinstance(first, nn.Conv2d) and isinstance(nxt, nn.BatchNorm2d):
        return [0, 1, 2] if isinstance(after, nn.ReLU) else [0, 1]
    if isinstance(first, nn.Linear) and isinstance(nxt, nn.BatchNorm1d):
        return [0, 1]  # torch.ao has no Linear-BN-ReLU: the ReLU stays, int8 ReLU is fine
    if isinstance(first, nn.Conv2d | nn.Linear) and isinstance(nxt, nn.ReLU):
        return [0, 1]
    return [0]


def fuse(model: nn.Module, check: np.ndarray | None = None) -> nn.Module:
    """Fold BatchNorm into the layer before it and glue ReLUs on: fewer ops, same maths.

    With ``check`` rows, the fused model must give the same outputs as before (to float
    rounding), otherwise the model's call order differs from its layer order: refuse.
    """
    patterns = fusion_patterns(model)
    if not patterns:
        raise InputError("compress.err.nothing_to_fuse")
    model.eval()
    with torch.no_grad(), quiet():
        x = None if check is None else torch.from_numpy(np.asarray(check[:64], np.float32))
        before = None if x is None else model(x)
        fused = torch.ao.quantization.fuse_modules(model, patterns)
        if x is not None:
            after = fused(x)
            tolerance = 1e-4 * (1.0 + float(before.abs().max()))
            if not torch.allclose(before, after, atol=tolerance, rtol=1e-4):
                raise InputError("compress.err.fusion_changed")
    return fused


def _qconfig(per_channel: bool, engine: str) -> object:
    q = torch.ao.quantization
    reduce_range = engine in ("x86", "fbgemm")  # their int8 kernels need 7-bit activations to avoid overflow
    activation = q.MinMaxObserver.with_args(dtype=torch.quint8, reduce_range=reduce_range)
    if per_channel:
        weight = q.PerChannelMinMaxObserver.with_args(dtype=torch.qint8, qscheme=torch.per_channel_symmetric)
    else:
        weight = q.MinMaxObserver.with_args(dtype=torch.qint8, qscheme=torch.per_tensor_symmetric)
    return q.QConfig(activation=activation, weight=weight)


def static_int8(model: nn.Module, calibration: np.ndarray, per_channel: bool) -> nn.Module:
    """torch.ao eager static int8: observers watch calibration batches, then int8 kernels.

    The model is wrapped in ``QuantWrapper`` (quantize the input, dequantize the output)
    so any Sequential of supported layers works without editing its code; a weight-free
    head (see ``_float_prefix``) runs in float before it.
    """
    if not weight_layers(model):
        raise InputError("compress.err.no_weights")
    if len(calibration) < 1:
        raise InputError("compress.err.calibration_empty")
    engine = select_quantized_engine()
    if engine is None:
        raise InputError("compress.err.unavailable", reason="no quantized engine in this torch build")
    q = torch.ao.quantization
    prefix, body = _float_prefix(model.eval())
    with quiet():
        wrapped = q.QuantWrapper(body)
        wrapped.qconfig = _qconfig(per_channel, engine)
        q.prepare(wrapped, inplace=True)
        whole = wrapped if prefix is None else nn.Sequential(prefix, wrapped)
        with torch.no_grad():
            tensor = torch.from_numpy(np.asarray(calibration, np.float32))
            for start in range(0, len(tensor), CALIBRATION_BATCH):
                whole(tensor[start : start + CALIBRATION_BATCH])
        q.convert(wrapped, inplace=True)
    return whole


def _float_prefix(model: nn.Module) -> tuple[nn.Module | None, nn.Module]:
    """Split a Sequential's weight-free head (reshapes, feature expansion like sin x) off.

    Those stay in float: int8 kernels exist for Linear/Conv/ReLU, not for ``sin``; the
    int8 part starts at the first child that holds a weight layer.
    """
    if not isinstance(model, nn.Sequential):
        return None, model
    children = list(model)
    head = 0
    while head < len(children) and not weight_layers(children[head]):
        head += 1
    if head == 0 or head == len(children):
        return None, model
    return nn.Sequential(*children[:head]), nn.Sequential(*children[head:])


def has_norm_to_fold(model: nn.Module) -> bool:
    return any(isinstance(module, NORMS) for module in model.modules())
