"""Real DDP over gloo: after N steps every rank's parameters equal the single-process run's at the same global batch."""

from __future__ import annotations

import pytest

from playground.parallel import ddp
from playground.parallel.results import Recorder
from playground.parallel.summary import headline


def test_two_ranks_match_the_single_process_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ddp, "SHARE_WIDTHS", (16, 32))  # the share sweep's biggest model is not what is tested here
    values = {"world": 2, "width": 32, "batch": 16, "steps": 6, "repeats": 3}
    recorder = Recorder("ddp", values)
    ddp.run(values, recorder)
    result = recorder.result
    parity = result.extra["parity"]
    assert parity["between_ranks"] <= ddp.PARITY_TOLERANCE, "DDP keeps every replica identical"
    assert parity["from_single"] <= ddp.PARITY_TOLERANCE, "and equal to one process at the same global batch"
    assert parity["ok"] and parity["steps"] == 6 + 3
    assert parity["from_single"] < 1e-3, "not vacuous: the runs trained (a broken split differs by far more)"
    rates = {int(p.x): p for p in result.series("samples_per_s")}
    assert set(rates) == {1, 2} and all(s > 0 for p in rates.values() for s in p.samples)
    shares = result.extra["allreduce_share"]
    assert [s["width"] for s in shares] == list(ddp.SHARE_WIDTHS)
    assert all(0 < s["share"] <= 1 and s["params"] > 0 for s in shares)
    assert [key for key, _ in headline(result)] == ["parallel.result.ddp", "parallel.result.parity_ok"]


def test_parameters_that_differ_are_caught(tmp_path) -> None:
    import torch  # noqa: PLC0415

    torch.save({"w": torch.zeros(3)}, tmp_path / "single.pt")
    torch.save({"w": torch.zeros(3)}, tmp_path / "r0.pt")
    torch.save({"w": torch.tensor([0.0, 0.1, 0.0])}, tmp_path / "r1.pt")
    between, from_single = ddp.parameter_gaps(tmp_path / "single.pt", [tmp_path / "r0.pt", tmp_path / "r1.pt"])
    assert between > ddp.PARITY_TOLERANCE and from_single > ddp.PARITY_TOLERANCE
