"""The registry of compression methods: one entry each, feeding the picker, the docs and the runs.

Every entry has a name, a label and a one-line explanation (i18n keys
``compress.method.<name>`` and ``compress.method.<name>.explain``), the status of its
API on this machine (probed, see ``backends``), the knobs it reads (``params``: real
``Param``s, declared once below and shared by the methods that read them), and
``apply(model, calibration) -> Variant``. ``apply`` never changes the model it is given
and turns any failure into an ``InputError`` saying what the method needs.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch import nn

from playground.compress import backends, pruning, quantize
from playground.compress.models import train
from playground.core.errors import InputError
from playground.core.params import Param, clean_values
from playground.core.registry import Entry, Registry

# --- the knobs: each setting once, as a Param; a method lists the ones it reads ------------------

# A ladder of sample counts (as the slider shows them); 256 is plenty for 8x8 digits.
CALIBRATION_SIZES = ("8", "16", "32", "64", "128", "256", "512", "1024")
CALIB_SIZE = Param("calib_size", "choice", "256", choices=CALIBRATION_SIZES, label_key="compress.calib_size",
                   help_key="compress.calib_help")  # fmt: skip
OBSERVER = Param("observer", "choice", "per_channel", choices=("per_channel", "per_tensor"),
                 label_key="compress.observer", help_key="compress.observer_help")  # fmt: skip
SPARSITY = Param("sparsity", "float", 0.5, low=0.0, high=0.95, step=0.05, label_key="compress.sparsity",
                 help_key="compress.sparsity_help")  # fmt: skip
PRUNE_SCOPE = Param("prune_scope", "choice", "global", choices=("global", "layer"), label_key="compress.scope")
CHANNELS = Param("channels", "float", 0.25, low=0.0, high=0.9, step=0.05, label_key="compress.channels",
                 help_key="compress.channels_help")  # fmt: skip
FINETUNE = Param("finetune", "bool", True, label_key="compress.finetune", help_key="compress.finetune_help")
KNOBS: tuple[Param, ...] = (CALIB_SIZE, OBSERVER, SPARSITY, PRUNE_SCOPE, CHANNELS, FINETUNE)


@dataclass(frozen=True)
class MethodSettings:
    """The knobs' values as the methods read them, typed; defaults are the knobs' defaults.

    The field names are the report's ``settings`` (its JSON is a published
    format, so they stay); ``from_knobs`` is the one mapping from the knobs.
    """

    calib_size: int = int(CALIB_SIZE.default)  # samples the static observers see
    per_channel: bool = OBSERVER.default == "per_channel"  # one scale per output channel: every modern backend
    sparsity: float = SPARSITY.default
    prune_scope: str = PRUNE_SCOPE.default  # "global" or "layer"
    channel_fraction: float = CHANNELS.default  # share of channels structured pruning removes
    finetune: bool = FINETUNE.default
    finetune_epochs: int = 4
    seed: int = 42

    @classmethod
    def from_knobs(cls, values: Mapping[str, Any], seed: int = 42) -> MethodSettings:
        """The settings for knob values by ``Param`` name (each cleaned; a missing one is its default)."""
        knobs = clean_values(KNOBS, {param.name: values[param.name] for param in KNOBS if param.name in values})
        value = knobs.value
        return cls(
            calib_size=int(value["calib_size"]), per_channel=value["observer"] == "per_channel",
            sparsity=float(value["sparsity"]), prune_scope=str(value["prune_scope"]),
            channel_fraction=float(value["channels"]), finetune=bool(value["finetune"]), seed=int(seed),
        )  # fmt: skip


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
class Method(Entry):
    """One way to compress: its family, how to probe its API, how to apply it, and the knobs it reads."""

    family: str  # baseline, cast, quantize, prune, combo
    status_fn: Callable[[], backends.ApiStatus]
    transform: Callable[[nn.Module, Calibration], Variant]
    params: tuple[Param, ...] = ()

    text_prefix = "compress.method"

    @property
    def summary_key(self) -> str:  # the explanations predate the registry's naming rule
        return f"compress.method.{self.name}.explain"

    def api_status(self) -> backends.ApiStatus:
        """Where this method's API stands on this machine (core, torchao, deprecated, unavailable)."""
        return self.status_fn()

    def apply(self, model: nn.Module, calibration: Calibration) -> Variant:
        """A compressed copy of ``model``; refuses with an InputError it cannot handle."""
        status = self.api_status()
        if not status.available:
            raise InputError("compress.err.unavailable", reason=status.reason)
        if self.name != "fp32":
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

METHODS: Registry[Method] = Registry("compression method", (
    Method("fp32", "baseline", _CORE, lambda model, _: Variant(model)),
    Method("fp16", "cast", _CORE, lambda model, _: Variant(quantize.cast(model, torch.float16))),
    Method("bf16", "cast", _CORE, lambda model, _: Variant(quantize.cast(model, torch.bfloat16))),
    Method("dyn_int8_torchao", "quantize", _TORCHAO, _torchao("Int8DynamicActivationInt8WeightConfig")),
    Method("dyn_int8_ao", "quantize", _AO, lambda model, _: Variant(quantize.dynamic_int8_ao(model))),
    Method("wo_int8", "quantize", _TORCHAO, _torchao("Int8WeightOnlyConfig")),
    Method("wo_fp8", "quantize", _TORCHAO, _torchao("Float8WeightOnlyConfig")),
    Method("wo_int4", "quantize", backends.int4_status, _torchao("Int4WeightOnlyConfig", 128, group_size=128)),
    Method("wo_int4_intx", "quantize", _TORCHAO, _torchao("IntxWeightOnlyConfig", 32, int4=True)),
    Method("static_int8", "quantize", _AO, _static(fuse_first=False), (CALIB_SIZE, OBSERVER)),
    Method("fuse_fp32", "fusion", _AO, _fuse_fp32),
    Method("fused_static_int8", "fusion", _AO, _static(fuse_first=True), (CALIB_SIZE, OBSERVER)),
    Method("prune_magnitude", "prune", _CORE, _magnitude, (SPARSITY, PRUNE_SCOPE)),
    Method("prune_channels", "prune", _CORE, _channels, (CHANNELS, FINETUNE)),
    Method("prune_int8", "combo", _TORCHAO, _prune_then_int8, (SPARSITY, PRUNE_SCOPE)),
))  # fmt: skip
INT8_IDS = ("dyn_int8_torchao", "dyn_int8_ao", "wo_int8", "static_int8", "fused_static_int8")


def available_names() -> list[str]:
    """The methods whose API works on this machine, in the registry's order."""
    return [method.name for method in METHODS.values() if method.api_status().available]
