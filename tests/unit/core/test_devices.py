"""Device discovery on this CPU-only machine and with CUDA / MPS faked."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import torch

from playground.core import devices


def test_cpu_is_always_listed_first_and_is_the_default() -> None:
    listed = devices.available_devices()
    assert listed[0].id == "cpu"
    assert listed[0].name
    assert devices.default_device_id() == "cpu"


@pytest.fixture
def two_fake_gpus(monkeypatch: pytest.MonkeyPatch) -> None:
    names = ["Fake A100", "Fake T4"]
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda index: names[index])
    monkeypatch.setattr(torch.cuda, "get_device_properties", lambda index: SimpleNamespace(total_memory=16 * 2**30))


def test_every_cuda_device_is_listed_with_name_and_memory(two_fake_gpus: None) -> None:
    listed = devices.available_devices()
    assert [device.id for device in listed] == ["cpu", "cuda:0", "cuda:1"]
    assert listed[2].label() == "cuda:1 · Fake T4 · 16.0 GiB"
    choice = devices.resolve_device("cuda:1")
    assert choice.device == torch.device("cuda:1")
    assert not choice.fell_back


def test_mps_is_listed_only_when_available(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: True)
    assert "mps" in [device.id for device in devices.available_devices()]
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: False)
    assert "mps" not in [device.id for device in devices.available_devices()]


def test_a_vanished_device_falls_back_to_cpu() -> None:
    if torch.cuda.is_available():
        pytest.skip("a real GPU is attached; the fake tests cover listing")
    choice = devices.resolve_device("cuda:0")
    assert choice.device == torch.device("cpu")
    assert choice.fell_back
    assert choice.requested_id == "cuda:0"
    assert not devices.resolve_device(None).fell_back
