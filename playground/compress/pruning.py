"""Pruning: zero the smallest weights (unstructured) or remove whole channels (structured).

Why both: unstructured pruning keeps every tensor's shape, so the saved file is as big
as before and only gzip (or a sparse format) sees the zeros; structured pruning really
removes neurons/channels, so size and latency drop, at a larger cost in accuracy that
a few epochs of fine-tuning win back.
"""

from __future__ import annotations

import itertools
import math

import torch
from torch import nn
from torch.nn.utils import prune

from playground.core.errors import InputError

WEIGHT_LAYERS = (nn.Linear, nn.Conv2d)
# Layers that keep a channel's identity between two weight layers (so channel i stays channel i).
PASS_THROUGH = (
    nn.ReLU, nn.LeakyReLU, nn.Tanh, nn.Sigmoid, nn.GELU, nn.SiLU, nn.ELU, nn.Dropout, nn.Identity,
    nn.MaxPool2d, nn.AvgPool2d,
)  # fmt: skip
NORMS = (nn.BatchNorm1d, nn.BatchNorm2d)


def weight_layers(model: nn.Module) -> list[nn.Module]:
    """The Linear and Conv2d modules, in definition order."""
    return [module for module in model.modules() if isinstance(module, WEIGHT_LAYERS)]


def magnitude_prune(model: nn.Module, sparsity: float, scope: str = "global") -> nn.Module:
    """Zero the ``sparsity`` fraction of smallest-|w| weights, then make it permanent.

    ``global`` ranks all layers' weights together (small layers may lose more);
    ``layer`` prunes each layer by the same fraction. ``prune.remove`` folds the mask
    into the weight so what we measure and save is the plain pruned tensor.
    """
    if not 0.0 <= sparsity < 1.0:
        raise InputError("compress.err.sparsity_range", value=sparsity)
    params = [(module, "weight") for module in weight_layers(model)]
    if not params:
        raise InputError("compress.err.no_weights")
    if scope == "global":
        prune.global_unstructured(params, pruning_method=prune.L1Unstructured, amount=sparsity)
    elif scope == "layer":
        for module, name in params:
            prune.l1_unstructured(module, name, amount=sparsity)
    else:
        raise InputError("compress.err.unknown_scope", scope=scope)
    for module, name in params:
        prune.remove(module, name)
    return model


def weight_sparsity(model: nn.Module) -> float:
    """Fraction of exactly-zero entries among the Linear/Conv weights."""
    weights = [module.weight.detach() for module in weight_layers(model)]
    total = sum(weight.numel() for weight in weights)
    return sum(int((weight == 0).sum()) for weight in weights) / max(total, 1)


def _chain(model: nn.Module) -> list[nn.Module]:
    """The layers of a plain Sequential, or refuse: channel surgery needs to know what feeds what."""
    if not isinstance(model, nn.Sequential):
        raise InputError("compress.err.needs_sequential", kind=type(model).__name__)
    layers = list(model)
    allowed = (*WEIGHT_LAYERS, *PASS_THROUGH, *NORMS, nn.Flatten, nn.Unflatten)
    for layer in layers:
        if not isinstance(layer, allowed):
            raise InputError("compress.err.needs_sequential", kind=type(layer).__name__)
    if len([layer for layer in layers if isinstance(layer, WEIGHT_LAYERS)]) < 2:
        raise InputError("compress.err.needs_two_layers")
    return layers


def _slice_out(layer: nn.Module, keep: torch.Tensor) -> None:
    layer.weight = nn.Parameter(layer.weight.detach()[keep].clone())
    if layer.bias is not None:
        layer.bias = nn.Parameter(layer.bias.detach()[keep].clone())
    if isinstance(layer, nn.Linear):
        layer.out_features = len(keep)
    else:
        layer.out_channels = len(keep)


def _slice_norm(norm: nn.Module, keep: torch.Tensor) -> None:
    norm.weight = nn.Parameter(norm.weight.detach()[keep].clone())
    norm.bias = nn.Parameter(norm.bias.detach()[keep].clone())
    norm.running_mean = norm.running_mean[keep].clone()
    norm.running_var = norm.running_var[keep].clone()
    norm.num_features = len(keep)


def _slice_in(layer: nn.Module, keep: torch.Tensor, old_channels: int) -> None:
    weight = layer.weight.detach()
    if isinstance(layer, nn.Linear):
        per_channel = layer.in_features // old_channels  # >1 after Flatten of a conv map
        columns = (keep[:, None] * per_channel + torch.arange(per_channel)[None, :]).reshape(-1)
        layer.weight = nn.Parameter(weight[:, columns].clone())
        layer.in_features = len(columns)
    else:
        layer.weight = nn.Parameter(weight[:, keep].clone())
        layer.in_channels = len(keep)


def prune_channels(model: nn.Module, fraction: float) -> nn.Module:
    """Remove the ``fraction`` of output channels/neurons with the smallest L2 norm.

    Every weight layer but the last loses channels; the BatchNorm after it and the
    inputs of the next weight layer are cut to match, so the model really shrinks.
    """
    if not 0.0 <= fraction < 1.0:
        raise InputError("compress.err.sparsity_range", value=fraction)
    layers = _chain(model)
    positions = [index for index, layer in enumerate(layers) if isinstance(layer, WEIGHT_LAYERS)]
    for current, following in itertools.pairwise(positions):
        layer = layers[current]
        weight = layer.weight.detach()
        channels = weight.shape[0]
        kept = max(1, math.ceil(channels * (1.0 - fraction)))
        norms = weight.reshape(channels, -1).norm(dim=1)
        keep = torch.sort(torch.topk(norms, kept).indices).values
        _slice_out(layer, keep)
        for between in layers[current + 1 : following]:
            if isinstance(between, NORMS):
                _slice_norm(between, keep)
        _slice_in(layers[following], keep, channels)
    return model
