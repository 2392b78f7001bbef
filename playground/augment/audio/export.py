"""Take a pipeline and its draws out of the studio: JSON, Python code, audiomentations code, a ZIP.

Why three code forms: the JSON reloads the studio; the standalone code
reproduces a draw *exactly* (same engine, seed and draw number) in a script
or notebook; the audiomentations code carries the same settings into the
library most training code already uses (where an equivalent exists; the
others are listed as comments, never silently dropped).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from typing import Any

import numpy as np

from playground.augment.audio.pipeline import Pipeline, StepRecord, record_to_dict
from playground.io.wav import encode_wav


def pipeline_json(pipeline: Pipeline) -> str:
    return pipeline.to_json()


def standalone_code(pipeline: Pipeline, seed: int, draw: int = 0, rate: int = 16_000) -> str:
    """A script that reproduces draw ``draw`` of ``pipeline`` under ``seed`` with this engine."""
    return f'''"""Reproduce draw {draw} (seed {seed}) of an audio pipeline from the Deep Learning Playground.

Run from the playground's folder:  python augment_audio.py input.wav output.wav
The rate matters (filters are in Hz): resample your file to {rate} Hz to hear what the studio played.
"""

import sys

import numpy as np
import soundfile as sf

from playground.augment.audio.pipeline import Pipeline, run_draw

PIPELINE = Pipeline.from_json(r"""
{pipeline.to_json()}
""")
SEED, DRAW, RATE = {int(seed)}, {int(draw)}, {int(rate)}


def augment(samples: np.ndarray, rate: int = RATE, seed: int = SEED, draw: int = DRAW) -> np.ndarray:
    """Float samples shaped (n,) or (channels, n) in, the same draw as in the studio out."""
    return run_draw(PIPELINE, samples, rate, seed, draw).samples


if __name__ == "__main__":
    frames, file_rate = sf.read(sys.argv[1], dtype="float32", always_2d=True)
    samples = frames.mean(axis=1)  # mono, as the studio works by default
    sf.write(sys.argv[2], np.clip(augment(samples, file_rate), -1, 1), file_rate)
'''


def audiomentations_code(pipeline: Pipeline, rate: int = 16_000) -> str:
    """The same settings as an ``audiomentations.Compose``; transforms without a twin become comments.

    A writer may add comment lines saying what differs (a band wider than
    audiomentations allows); steps that are off are left out, as in the studio.
    """
    lines, classes = [], set()
    for step in pipeline.active():
        code = pipeline.spec(step.name).export_code(step.params, step.p)
        if code is None:
            lines.append(f"    # {step.name}: no audiomentations equivalent for these settings (skipped)")
            continue
        for line in code.splitlines():
            if line.startswith("#"):
                lines.append(f"    {line}")
            else:
                classes.update(re.findall(r"\b([A-Z][A-Za-z]+)\(", line))
                lines.append(f"    {line},")
    imports = ", ".join(["Compose", *sorted(classes)])
    body = "\n".join(lines) or "    # (empty pipeline)"
    return (
        f'"""The studio\'s pipeline in audiomentations 0.43 (random draws differ from the studio\'s)."""\n\n'
        f"import numpy as np\nfrom audiomentations import {imports}\n\n"
        f"augment = Compose([\n{body}\n])\n\n"
        f"samples = np.zeros({int(rate)}, dtype=np.float32)  # your mono float32 clip\n"
        f"augmented = augment(samples=samples, sample_rate={int(rate)})\n"
    )


def params_rows(records: list[list[StepRecord]]) -> list[dict[str, Any]]:
    """One row per sampled value of every draw: the CSV a student can sort and plot."""
    rows = []
    for draw, record in enumerate(records):
        for index, step in enumerate(record):
            values = step.params or {"-": ""}
            for name, value in values.items():
                text = json.dumps(value) if isinstance(value, list) else value
                rows.append({"draw": draw, "step": index + 1, "transform": step.name,
                             "applied": step.fired, "parameter": name, "value": text})  # fmt: skip
    return rows


def params_csv(records: list[list[StepRecord]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["draw", "step", "transform", "applied", "parameter", "value"])
    writer.writeheader()
    writer.writerows(params_rows(records))
    return buffer.getvalue()


def draws_zip(
    draws: list[np.ndarray], records: list[list[StepRecord]], rate: int, pipeline: Pipeline, seed: int
) -> bytes:
    """Every draw as a WAV, with the pipeline, the seed and each draw's sampled parameters (JSON and CSV)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for index, samples in enumerate(draws):
            archive.writestr(f"draw_{index:02d}.wav", encode_wav(samples, rate))
        params = {"seed": int(seed), "rate": int(rate), "pipeline": pipeline.to_dict(),
                  "draws": [record_to_dict(record) for record in records]}  # fmt: skip
        archive.writestr("params.json", json.dumps(params, indent=2, ensure_ascii=False))
        archive.writestr("params.csv", params_csv(records))
        archive.writestr("pipeline.json", pipeline.to_json())
    return buffer.getvalue()
