"""Every benchmark runs once in its fast smoke mode, so none can rot between the runs that measure.

Why a subprocess per benchmark: each is a script run by hand
(``python benchmarks/<name>.py``); the smoke run exercises exactly that path,
with tiny sizes, and checks the promise every benchmark makes: a table, then
``RESULT name=value`` lines with finite numbers. Timings are not checked.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys

import pytest

from support.apptest import ROOT

# Named one by one (a new benchmark must be added here, and the check below says so).
BENCHMARKS = [
    "benchmarks/audio_augmentation.py",
    "benchmarks/backend.py",
    "benchmarks/classroom.py",
    "benchmarks/compression.py",
    "benchmarks/fusion.py",
    "benchmarks/image_augmentation.py",
    "benchmarks/language.py",
    "benchmarks/parallel.py",
    "benchmarks/speech.py",
    "benchmarks/training.py",
    "benchmarks/training_browser.py",
    "benchmarks/vision.py",
]
RESULT = re.compile(r"^RESULT ([a-z0-9_]+)=(\S+)$", re.M)


def test_every_benchmark_has_a_smoke_run() -> None:
    assert sorted(f"benchmarks/{path.name}" for path in (ROOT / "benchmarks").glob("*.py")) == BENCHMARKS


@pytest.mark.parametrize("name", BENCHMARKS)
def test_benchmark_smoke_run_ends_with_results(name: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(ROOT / name), "--smoke"],
        check=False, cwd=ROOT, capture_output=True, text=True, timeout=240, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    results = RESULT.findall(result.stdout)
    assert results, f"{name} printed no RESULT line:\n{result.stdout[-2000:]}"
    assert result.stdout.rstrip().splitlines()[-1].startswith("RESULT "), "RESULT lines must end the output"
    for key, value in results:
        assert math.isfinite(float(value)), f"{name}: RESULT {key}={value} is not a finite number"
