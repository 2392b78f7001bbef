"""Exports: the pipeline as JSON, as Python that reproduces the grid, as albumentations code; draws as a ZIP.

Why three code forms: JSON is for loading back into the studio, the
``playground`` script proves the grid is reproducible outside the app (same
seed, same pixels), and the albumentations version is what students paste
into a real training loader. Transforms without an albumentations twin are
listed in a comment instead of being silently dropped.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Sequence

import numpy as np

from playground.augment.image.pipeline import Draw, Pipeline
from playground.core.encode import encode_image


def python_code(pipeline: Pipeline, seed: int, n: int, image_path: str = "photo.jpg") -> str:
    """A standalone script that rebuilds the same grid with ``playground`` and saves it as PNGs."""
    return f'''"""Reproduce the Deep Learning Playground grid: {n} draws of seed {seed}."""

from pathlib import Path

import cv2

from playground.augment.image.pipeline import Pipeline, draw_grid
from playground.io.images import decode_image

PIPELINE = Pipeline.from_json(r"""
{pipeline.to_json()}
""")

image = decode_image(Path({image_path!r}).read_bytes()).rgb  # the same 1024-px preview copy as the page
draws = draw_grid(PIPELINE, image, seed={int(seed)}, n={int(n)})
for draw in draws:
    fired = ", ".join(f"{{r.name}} {{r.params}}" for r in draw.fired()) or "nothing fired"
    print(f"draw {{draw.index}}: {{fired}}")
    cv2.imwrite(f"draw_{{draw.index:02d}}.png", cv2.cvtColor(draw.image, cv2.COLOR_RGB2BGR))
'''


def albumentations_code(pipeline: Pipeline) -> tuple[str, list[str]]:
    """albumentations 2.x code for the enabled steps, and the names of those with no equivalent."""
    lines, missing = [], []
    for step in pipeline.active():
        code = pipeline.spec(step.name).export_code(step.params, step.p)  # a complete call, p included
        if code is None:
            missing.append(step.name)
            lines.append(f"        # {step.name}: no albumentations equivalent")
        else:
            lines.append(f"        {code},")
    body = "\n".join(lines) or "        # (no enabled steps)"
    code = f"""import albumentations as A
import cv2

transform = A.Compose(
    [
{body}
    ],
    bbox_params=A.BboxParams(format="pascal_voc", label_fields=["labels"]),
    keypoint_params=A.KeypointParams(format="xy", remove_invisible=False),
    seed=42,
)
# out = transform(image=image_rgb, bboxes=[box], labels=["object"], keypoints=points)
"""
    return code, missing


def records_table(draws: Sequence[Draw]) -> list[dict[str, object]]:
    """One row per (draw, enabled step): what fired and with which sampled parameters."""
    return [
        {
            "draw": draw.index,
            "step": position + 1,
            "transform": record.name,
            "fired": record.fired,
            "params": json.dumps(record.params, separators=(",", ":")),
            "height": record.shape[0],
            "width": record.shape[1],
        }
        for draw in draws
        for position, record in enumerate(draw.records)
    ]


def png_bytes(rgb: np.ndarray) -> bytes:
    """A draw as exact pixels (the playground's one encoder, PNG compression 3)."""
    return encode_image(rgb, "png")


def draws_zip(draws: Sequence[Draw], pipeline: Pipeline, seed: int) -> bytes:
    """PNG of every draw, ``params.csv`` and ``params.json`` (with the pipeline and seed), zipped."""
    buffer = io.BytesIO()
    rows = records_table(draws)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # PNGs are compressed already
        for draw in draws:
            archive.writestr(f"draw_{draw.index:02d}.png", png_bytes(draw.image))
        table = io.StringIO()
        writer = csv.DictWriter(table, fieldnames=list(rows[0]) if rows else ["draw"])
        writer.writeheader()
        writer.writerows(rows)
        archive.writestr("params.csv", table.getvalue())
        summary = {
            "seed": int(seed),
            "pipeline": pipeline.to_dict(),
            "draws": [
                {
                    "draw": d.index,
                    "steps": [r.as_dict() for r in d.records],
                    "labels": d.labels.as_dict() if d.labels else None,
                }
                for d in draws
            ],
        }
        archive.writestr("params.json", json.dumps(summary, indent=2))
    return buffer.getvalue()
