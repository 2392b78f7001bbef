"""Medians, spreads, noise labels, Amdahl's fit, the CSV, and refusing sizes over the time cap."""

from __future__ import annotations

import pytest

from playground.core.errors import InputError
from playground.parallel.amdahl import amdahl, fit_serial
from playground.parallel.experiments import EXPERIMENTS
from playground.parallel.machine import LoadMeter, describe_machine
from playground.parallel.results import Recorder, Result, read_lines, to_csv
from playground.parallel.stats import Point, measure


def test_a_point_reports_median_spread_and_noise() -> None:
    steady = Point("s", 1, (1.0, 1.02, 0.98), "s", busy_cores=1.0, ours=1.0)
    assert steady.median == 1.0 and steady.spread == pytest.approx(0.04) and not steady.noisy
    assert Point("s", 1, (1.0, 2.0, 1.0), "s").noisy, "repeats 100 % apart are noisy"
    assert Point("s", 1, (1.0, 1.0, 1.0), "s", busy_cores=2.0, ours=1.0).noisy, "someone else held a core"


def test_measure_times_repeats_after_a_warm_up() -> None:
    calls = []
    point = measure(lambda: calls.append(1), repeats=4, warmup=2, inner=3, series="x", x=2)
    assert len(calls) == 2 + 4 * 3 and len(point.samples) == 4
    assert all(s > 0 for s in point.samples) and point.unit == "s"
    assert point.busy_cores >= 0 and LoadMeter().stop().load_avg >= 0


@pytest.mark.parametrize("serial", [0.0, 0.05, 0.2, 0.6])
def test_the_fit_recovers_the_serial_share(serial: float) -> None:
    cores = [1, 2, 3, 4]
    assert fit_serial(cores, [amdahl(p, serial) for p in cores]) == pytest.approx(serial, abs=1e-9)
    assert amdahl(1e9, 0.2) == pytest.approx(5.0, rel=1e-6), "the ceiling is 1 / s"


def test_lines_round_trip_and_a_half_written_line_waits(tmp_path) -> None:
    path = tmp_path / "lines.jsonl"
    recorder = Recorder("threads", {"n": 1}, path)
    recorder.point(Point("matmul", 1, (0.5, 0.6), "s"))
    recorder.extra("cores", 2)
    recorder.note("parallel.note.no_gpu")
    recorder.done()
    with open(path, "a", encoding="utf-8") as out:
        out.write('{"kind": "po')  # the child was killed mid-line
    lines, offset = read_lines(path, 0)
    again = Result("threads", {"n": 1})
    for line in lines:
        again.apply(line)
    assert again.done and again.points == recorder.result.points and again.extra == {"cores": 2}
    assert read_lines(path, offset) == ([], offset)


def test_the_csv_carries_the_machine_and_the_settings() -> None:
    result = Result("threads", {"n": 256}, [Point("matmul", 2, (0.1, 0.2), "s")])
    text = to_csv(result, describe_machine(), "2026-01-01T00:00:00+00:00")
    machine = describe_machine()
    for expected in (machine.cpu, f"cores: {machine.cores}", machine.torch, '"n": 256', "measured_at", "matmul,2"):
        assert expected in text


@pytest.mark.parametrize("name", list(EXPERIMENTS))
def test_every_experiment_accepts_its_defaults_and_refuses_sizes_over_its_cap(name: str) -> None:
    entry = EXPERIMENTS[name]
    assert entry.estimate_s(entry.defaults()) <= entry.cap_s, "the defaults must run"
    assert entry.check(entry.defaults()) == entry.defaults()
    biggest = {p.name: (p.high if p.kind in ("int", "float") else p.default) for p in entry.params}
    biggest.update({p.name: True for p in entry.params if p.kind == "bool"})
    assert entry.cap_for(biggest) <= entry.cap_s, "a student's own cap never passes the hard limit"
    with pytest.raises(InputError) as refused:
        entry.check(biggest)
    assert refused.value.key == "parallel.refused"
    assert "cap" in refused.value.message("en") and "上限" in refused.value.message("zh")
