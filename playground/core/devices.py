"""Which compute devices exist, what they are called, and a safe fallback.

Why a module of its own: every page that runs torch offers the same choice
from the global sidebar, and a device can vanish between two reruns (a GPU
taken by another process, a driver reset, a session restored on a CPU-only
host). Pages ask :func:`resolve_device` and show its message instead of
failing inside torch.

The default is the CPU on purpose: the toy networks of this playground are
so small that a GPU spends more time launching kernels and copying tensors
than computing, and the CPU exists everywhere (Streamlit Community Cloud has
no GPU).
"""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from functools import lru_cache

import torch

CPU_ID = "cpu"


@dataclass(frozen=True)
class DeviceInfo:
    """A device the user can pick: ``id`` is what ``torch.device`` accepts."""

    id: str
    kind: str  # "cpu", "cuda" or "mps"
    name: str
    total_memory_bytes: int | None

    def label(self) -> str:
        """Human-readable label, e.g. ``cuda:0 · NVIDIA T4 · 15.0 GiB``."""
        parts = [self.id, self.name]
        if self.total_memory_bytes:
            parts.append(f"{self.total_memory_bytes / 2**30:.1f} GiB")
        return " · ".join(parts)


@dataclass(frozen=True)
class DeviceChoice:
    """The device a computation will really use, and why if it differs."""

    device: torch.device
    requested_id: str
    fell_back: bool


@lru_cache(maxsize=1)
def cpu_name() -> str:
    """The CPU model name; /proc/cpuinfo is more telling than platform.processor()."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "CPU"


def _cpu_memory_bytes() -> int | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def _mps_available() -> bool:
    backend = getattr(torch.backends, "mps", None)
    return bool(backend is not None and backend.is_available())


def available_devices() -> list[DeviceInfo]:
    """CPU first, then every CUDA device, then Apple MPS, each only if usable now."""
    devices = [DeviceInfo(CPU_ID, "cpu", cpu_name(), _cpu_memory_bytes())]
    if torch.cuda.is_available():
        for index in range(torch.cuda.device_count()):
            properties = torch.cuda.get_device_properties(index)
            devices.append(
                DeviceInfo(f"cuda:{index}", "cuda", torch.cuda.get_device_name(index), int(properties.total_memory))
            )
    if _mps_available():
        devices.append(DeviceInfo("mps", "mps", "Apple Metal (MPS)", None))
    return devices


def default_device_id() -> str:
    """The CPU: always there, and fastest for toy networks (see module docstring)."""
    return CPU_ID


def resolve_device(requested_id: str | None) -> DeviceChoice:
    """The requested device if it is still available, otherwise the CPU.

    ``fell_back`` tells the page to explain that the chosen device is gone.
    """
    wanted = requested_id or default_device_id()
    available_ids = {device.id for device in available_devices()}
    if wanted in available_ids:
        return DeviceChoice(torch.device(wanted), wanted, fell_back=False)
    return DeviceChoice(torch.device(CPU_ID), wanted, fell_back=True)
