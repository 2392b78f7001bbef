"""Which quantization back-ends this machine has, found by trying, and quiet imports.

Why a module of its own: the page lists every method with the status of its API
("torchao", "torch.ao — deprecated", "unavailable: reason"). Those facts depend on
the installed torch/torchao and the CPU, so they are probed once per process (cheap,
read-only) instead of being hard-coded; and torch.ao's deprecation warnings and
torchao's import-time log lines are captured here, the page shows a label instead.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

import torch
from torch import nn

from playground.i18n import translate

ENGINE_PREFERENCE = ("x86", "fbgemm", "onednn", "qnnpack")  # x86 beats fbgemm on modern Intel/AMD


@dataclass(frozen=True)
class ApiStatus:
    """Where a method's API stands here: ``kind`` is core, torchao, deprecated or unavailable."""

    kind: str
    reason: str = ""

    @property
    def available(self) -> bool:
        return self.kind != "unavailable"

    def label(self, language: str) -> str:
        return translate(f"compress.status.{self.kind}", language, reason=self.reason)


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence deprecation warnings and torchao/torch log noise for the enclosed calls."""
    loggers = [logging.getLogger(name) for name in ("torchao", "torch.utils._pytree", "torch._dynamo")]
    levels = [logger.level for logger in loggers]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for logger in loggers:
            logger.setLevel(logging.ERROR)
        try:
            yield
        finally:
            for logger, level in zip(loggers, levels, strict=True):
                logger.setLevel(level)


@lru_cache(maxsize=1)
def torchao_quantization() -> ModuleType | None:
    """``torchao.quantization`` imported quietly, or None when torchao is missing/broken."""
    with quiet():
        try:
            import torchao.quantization as module  # noqa: PLC0415 - heavy, only when a method needs it
        except Exception:
            return None
    return module


def select_quantized_engine() -> str | None:
    """Pick and set the best supported eager-quantization engine (x86 > fbgemm > ... )."""
    supported = set(torch.backends.quantized.supported_engines)
    for engine in ENGINE_PREFERENCE:
        if engine in supported:
            if torch.backends.quantized.engine != engine:
                torch.backends.quantized.engine = engine
            return engine
    return None


@lru_cache(maxsize=1)
def torch_ao_status() -> ApiStatus:
    """torch.ao.quantization: works in torch 2.13 but is deprecated in favour of torchao."""
    engine = select_quantized_engine()
    if engine is None:
        return ApiStatus("unavailable", "no quantized engine (x86/fbgemm/qnnpack) in this torch build")
    return ApiStatus("deprecated", engine)


@lru_cache(maxsize=1)
def torchao_status() -> ApiStatus:
    if torchao_quantization() is None:
        return ApiStatus("unavailable", "torchao is not installed")
    return ApiStatus("torchao")


@lru_cache(maxsize=1)
def int4_status() -> ApiStatus:
    """Int4WeightOnlyConfig needs packed-int4 kernels; on this CPU build it fails: find out by trying."""
    ao = torchao_quantization()
    if ao is None:
        return ApiStatus("unavailable", "torchao is not installed")
    probe = nn.Sequential(nn.Linear(128, 128)).to(torch.bfloat16)
    try:
        with quiet():
            ao.quantize_(probe, ao.Int4WeightOnlyConfig(group_size=128))
            probe(torch.zeros(1, 128, dtype=torch.bfloat16))
    except Exception as error:
        first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
        return ApiStatus("unavailable", f"{type(error).__name__}: {first_line[:160]}")
    return ApiStatus("torchao")


def core_status() -> ApiStatus:
    return ApiStatus("core")
