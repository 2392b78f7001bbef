"""The registry of compression methods: one entry each, feeding the picker, the docs and the runs.

Every entry has an id, a label and a one-line explanation (i18n keys
``compress.method.<id>`` and ``compress.method.<id>.explain``), the status of its API
on this machine (probed, see ``backends``), the settings it reads, and
``apply(model, calibration) -> Variant``. ``apply`` never changes the model it is given
and turns any failure into an ``InputError`` saying what the method needs.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn

from playground.compress import backends, pruning, quantize
from playground.compress.models import train
from playground.core.errors import InputError


@dataclass(frozen=True)
class MethodSettings:
    """The student's knobs; each method reads only the ones in its ``uses``."""

    calib_size: int = 256  # samples the static observers see; 256 is plenty for 8x8 digits
    per_channel: bool = True  # one scale per output channel: the default of every modern backend
    sparsity: float = 0.5
    prune_scope: str = "global"  # "global" or "layer"
    channel_fraction: float = 0.25  # share of channels structured pruning removes
    finetune: bool = True
    finetune_epochs: int = 4
    seed: int = 42


@dataclass(frozen=True)
class Calibration:
    """Data a method may look at (never the test set): calibration and fine-tuning."""

    x: np.ndarray
    y: np.ndarray
    kind: str = "classification"
    settings: MethodSettings = field(default_factory=MethodSettings)


@dataclass
class Variant:
    """A compressed model plus the fp32 weights its per-layer error should be read against."""

    model: nn.Module
    weight_reference: nn.Module | None = None  # e.g. the fused fp32 model; None = the original


@dataclass(frozen=True)
class Method:
    id: str
    family: str  # baseline, cast, quantize, prune, combo
    status_fn: Callable[[], backends.ApiStatus]
    transform: Callable[[nn.Module, Calibration], Variant]
    uses: tuple[str, ...] = ()

    @property
    def label_key(self) -> str:
        return f"compress.method.{self.id}"

    @property
    def explain_key(self) -> str:
        return f"compress.method.{self.id}.explain"

    def status(self) -> backends.ApiStatus:
        return self.status_fn()

    def apply(self, model: nn.Module, calibration: Calibration) -> Variant:
        """A compressed copy of ``model``; refuses with an InputError it cannot handle."""
        status = self.status()
        if not status.available:
            raise InputError("compress.err.unavailable", reason=status.reason)
        if self.id != "fp32":
            _require_float_weights(model)
        working = copy.deepcopy(model).eval()
        try:
            variant = self.transform(working, calibration)
            with torch.no_grad(), backends.quiet():
                variant.model(torch.from_numpy(np.asarray(calibration.x[:2], np.float32)))
        except InputError:
            raise
        except Exception as error:  # a layer the back-end cannot run: say which, do not crash
            reason = (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
            raise InputError("compress.err.method_failed", reason=f"{type(error).__name__}: {reason}") from error
        variant.model.eval()
        return variant


def _require_float_weights(model: nn.Module) -> None:
    """Refuse a model with no Linear/Conv weights, or one already quantized or cast."""
    if any(type(module).__module__.startswith("torch.ao.nn.") for module in model.modules()):
        raise InputError("compress.err.already_compressed")  # torch.ao quantized/fused modules
    layers = pruning.weight_layers(model)
    if not layers:
        raise InputError("compress.err.no_weights")
    if any(type(layer.weight) is not nn.Parameter or layer.weight.dtype != torch.float32 for layer in layers):
        raise InputError("compress.err.already_compressed")


def _calibration_rows(calibration: Calibration) -> np.ndarray:
    return calibration.x[: max(1, calibration.settings.calib_size)]


def _torchao(config: str, group: int = 0, **kwargs: object) -> Callable[[nn.Module, Calibration], Variant]:
    def transform(model: nn.Module, _: Calibration) -> Variant:
        quantize.require_linear(model)
        return Variant(quantize.torchao_quantize(model, quantize.torchao_config(config, **kwargs), group))

    return transform


def _static(fuse_first: bool) -> Callable[[nn.Module, Calibration], Variant]:
    def transform(model: nn.Module, calibration: Calibration) -> Variant:
        reference = None
        if fuse_first:
            model = quantize.fuse(model, calibration.x)
            reference = copy.deepcopy(model)  # BN folded: compare int8 weights with these
        rows = _calibration_rows(calibration)
        return Variant(quantize.static_int8(model, rows, calibration.settings.per_channel), reference)

    return transform


def _fuse_fp32(model: nn.Module, calibration: Calibration) -> Variant:
    fused = quantize.fuse(model, calibration.x)
    return Variant(fused, copy.deepcopy(fused))


def _magnitude(model: nn.Module, calibration: Calibration) -> Variant:
    settings = calibration.settings
    return Variant(pruning.magnitude_prune(model, settings.sparsity, settings.prune_scope))


def _channels(model: nn.Module, calibration: Calibration) -> Variant:
    settings = calibration.settings
    pruned = pruning.prune_channels(model, settings.channel_fraction)
    if settings.finetune and settings.finetune_epochs > 0:
        train(pruned, calibration.x, calibration.y, epochs=settings.finetune_epochs, lr=1e-3,
              seed=settings.seed, kind=calibration.kind)  # fmt: skip
    return Variant(pruned)


def _prune_then_int8(model: nn.Module, calibration: Calibration) -> Variant:
    quantize.require_linear(model)
    settings = calibration.settings
    pruned = pruning.magnitude_prune(model, settings.sparsity, settings.prune_scope)
    config = quantize.torchao_config("Int8DynamicActivationInt8WeightConfig")
    return Variant(quantize.torchao_quantize(pruned, config))


_AO, _TORCHAO, _CORE = backends.torch_ao_status, backends.torchao_status, backends.core_status

METHODS: tuple[Method, ...] = (
    Method("fp32", "baseline", _CORE, lambda model, _: Variant(model)),
    Method("fp16", "cast", _CORE, lambda model, _: Variant(quantize.cast(model, torch.float16))),
    Method("bf16", "cast", _CORE, lambda model, _: Variant(quantize.cast(model, torch.bfloat16))),
    Method("dyn_int8_torchao", "quantize", _TORCHAO, _torchao("Int8DynamicActivationInt8WeightConfig")),
    Method("dyn_int8_ao", "quantize", _AO, lambda model, _: Variant(quantize.dynamic_int8_ao(model))),
    Method("wo_int8", "quantize", _TORCHAO, _torchao("Int8WeightOnlyConfig")),
    Method("wo_fp8", "quantize", _TORCHAO, _torchao("Float8WeightOnlyConfig")),
    Method("wo_int4", "quantize", backends.int4_status, _torchao("Int4WeightOnlyConfig", 128, group_size=128)),
    Method("wo_int4_intx", "quantize", _TORCHAO, _torchao("IntxWeightOnlyConfig", 32, int4=True)),
    Method("static_int8", "quantize", _AO, _static(fuse_first=False), ("calib", "observer")),
    Method("fuse_fp32", "fusion", _AO, _fuse_fp32),
    Method("fused_static_int8", "fusion", _AO, _static(fuse_first=True), ("calib", "observer")),
    Method("prune_magnitude", "prune", _CORE, _magnitude, ("sparsity", "scope")),
    Method("prune_channels", "prune", _CORE, _channels, ("channels", "finetune")),
    Method("prune_int8", "combo", _TORCHAO, _prune_then_int8, ("sparsity", "scope")),
)
BY_ID: dict[str, Method] = {method.id: method for method in METHODS}
INT8_IDS = ("dyn_int8_torchao", "dyn_int8_ao", "wo_int8", "static_int8", "fused_static_int8")


def get_method(method_id: str) -> Method:
    try:
        return BY_ID[method_id]
    except KeyError:
        raise InputError("compress.err.unknown_method", name=method_id, accepted=", ".join(BY_ID)) from None


def available_ids() -> list[str]:
    return [method.id for method in METHODS if method.status().available]
