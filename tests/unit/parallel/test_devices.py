"""The device experiment under a faked CUDA device list: it tries the CUDA path and claims no GPU figure."""

from __future__ import annotations

import pytest

from playground.core.devices import DeviceInfo
from playground.parallel import devices
from playground.parallel.results import Recorder
from playground.parallel.summary import headline, reference_rows


@pytest.fixture
def fake_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    listed = [DeviceInfo("cpu", "cpu", "CPU", None), DeviceInfo("cuda:0", "cuda", "Fake T4", 16 * 2**30)]
    monkeypatch.setattr(devices, "available_devices", lambda: listed)


def test_a_listed_gpu_that_cannot_run_gets_no_figure(fake_gpu: None) -> None:
    recorder = Recorder("devices", {"n": 64, "repeats": 3})
    devices.run({"n": 64, "repeats": 3}, recorder)
    result = recorder.result
    assert [d["id"] for d in result.extra["devices"]] == ["cpu", "cuda:0"], "the CUDA path was attempted"
    assert not [p for p in result.points if p.series.startswith("cuda")], "no GPU timing was invented"
    assert {p.series for p in result.points} == {"cpu|fp32", "cpu|bf16"}
    assert result.extra["measured_gpu"] is False
    failed = [params for key, params in result.notes if key == "parallel.note.device_failed"]
    assert failed and failed[0]["device"] == "cuda:0"
    assert ("parallel.note.no_gpu", {}) in result.notes
    rows = reference_rows(result)
    assert rows and all(row["source"] and row["hardware"] for row in rows), (
        "reference figures carry hardware and source"
    )
    assert all("cuda" not in str(params) for _, params in headline(result))


def test_synchronisation_and_autocast_follow_the_device_kind() -> None:
    assert [label for label, _ in devices.autocast_dtypes("cuda")] == ["fp16", "bf16"]
    assert [label for label, _ in devices.autocast_dtypes("cpu")] == ["bf16"]
    devices.synchronizer("cpu")()  # the CPU computes synchronously: nothing to wait for
