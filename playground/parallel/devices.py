"""Experiment 7: the CPU against every CUDA or MPS device present, timed honestly; reference figures otherwise.

Why "honestly": GPU work is asynchronous (a timer around a launch measures
the launch), the first call pays for context and kernel selection, and the
host-to-device copy can cost more than the product itself. So each device
gets a warm-up, a synchronisation inside every timed call, the copy timed
on its own, and fp32 against autocast (bf16 on the CPU; fp16 and bf16 on
CUDA; fp16 on MPS). A device that fails is reported as failed, never timed.
Where no GPU exists (Streamlit Community Cloud), ``REFERENCE`` gives
datasheet peaks, labelled with their hardware and source: never measured here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch

from playground.core.devices import DeviceInfo, available_devices
from playground.parallel.results import Recorder
from playground.parallel.stats import measure

# Peak figures from the makers' datasheets (dense, no sparsity): what the hardware promises, not what a
# small matmul reaches. Shown only as reference, labelled, and never as a figure measured on this server.
REFERENCE: tuple[dict[str, Any], ...] = (
    {
        "hardware": "NVIDIA T4",
        "fp32_tflops": 8.1,
        "half_tflops": 65.0,
        "half": "fp16 (Tensor Cores)",
        "source": "NVIDIA T4 Tensor Core GPU datasheet",
    },
    {
        "hardware": "NVIDIA A100 (SXM)",
        "fp32_tflops": 19.5,
        "half_tflops": 312.0,
        "half": "fp16/bf16 (Tensor Cores)",
        "source": "NVIDIA A100 Tensor Core GPU datasheet",
    },
    {
        "hardware": "NVIDIA H100 (SXM)",
        "fp32_tflops": 67.0,
        "half_tflops": 989.0,
        "half": "bf16 (Tensor Cores)",
        "source": "NVIDIA H100 Tensor Core GPU datasheet",
    },
    {
        "hardware": "Apple M1 (8-core GPU)",
        "fp32_tflops": 2.6,
        "half_tflops": None,
        "half": "",
        "source": "Apple M1 announcement (Nov 2020)",
    },
)


def synchronizer(device: str) -> Callable[[], None]:
    """Wait for the device's queued work (a no-op on the CPU, which computes synchronously)."""
    if device.startswith("cuda"):
        return lambda: torch.cuda.synchronize(device)
    if device == "mps":
        return torch.mps.synchronize
    return lambda: None


def autocast_dtypes(kind: str) -> list[tuple[str, torch.dtype]]:
    """The reduced precisions autocast offers on a kind of device."""
    if kind == "cuda":
        return [("fp16", torch.float16), ("bf16", torch.bfloat16)]
    if kind == "mps":
        return [("fp16", torch.float16)]
    return [("bf16", torch.bfloat16)]


def measure_device(info: DeviceInfo, n: int, repeats: int, rec: Recorder) -> None:
    """Copy, fp32 product and autocast products on one device (each call synchronised)."""
    sync = synchronizer(info.id)
    host_a, host_b = torch.randn(n, n), torch.randn(n, n)
    if info.kind != "cpu":

        def copy() -> None:
            host_a.to(info.id)
            host_b.to(info.id)
            sync()

        rec.point(measure(copy, repeats=repeats, warmup=2, series=f"{info.id}|copy", x=n))
    a, b = host_a.to(info.id), host_b.to(info.id)
    sync()

    def product() -> None:
        torch.mm(a, b)
        sync()

    rec.point(measure(product, repeats=repeats, warmup=2, inner=3, series=f"{info.id}|fp32", x=n, target_s=0.2))
    for label, dtype in autocast_dtypes(info.kind):

        def reduced(dtype: torch.dtype = dtype) -> None:
            with torch.autocast(info.kind, dtype=dtype):
                torch.mm(a, b)
            sync()

        rec.point(measure(reduced, repeats=repeats, warmup=2, inner=3, series=f"{info.id}|{label}", x=n, target_s=0.2))


def run(values: dict[str, Any], rec: Recorder, device: str = "cpu") -> None:
    """Every device present; a failing one is a note, not a figure; reference peaks when no GPU was measured."""
    n, repeats = int(values["n"]), int(values["repeats"])
    measured_gpu = False
    listed = available_devices()
    rec.extra("devices", [{"id": d.id, "kind": d.kind, "name": d.name} for d in listed])
    for info in listed:
        try:
            measure_device(info, n, repeats, rec)
            measured_gpu = measured_gpu or info.kind != "cpu"
        except Exception as error:
            rec.result.points = [p for p in rec.result.points if not p.series.startswith(f"{info.id}|")]
            rec.note("parallel.note.device_failed", device=info.id, error=f"{type(error).__name__}: {error}"[:200])
    rec.extra("flops", 2 * n**3)
    rec.extra("measured_gpu", measured_gpu)
    if not measured_gpu:
        rec.extra("reference", list(REFERENCE))
        rec.note("parallel.note.no_gpu")
