"""Exports: the Python script reproduces the grid, albumentations code runs, the ZIP holds everything."""

from __future__ import annotations

import ast
import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import albumentations as A  # noqa: N812 - the exported code imports it
import cv2
import numpy as np

from playground.augment.image.export import albumentations_code, draws_zip, python_code
from playground.augment.image.labels import default_labels
from playground.augment.image.pipeline import Pipeline, Step, draw_grid
from playground.augment.image.presets import preset
from playground.augment.image.registry import IMAGE_TRANSFORMS
from playground.data.samples import sample_bytes
from playground.io.images import decode_image

ROOT = Path(__file__).resolve().parents[4]


def test_exported_python_reproduces_the_grid(tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(sample_bytes("chelsea"))
    pipeline = preset("classic")
    script = tmp_path / "reproduce.py"
    script.write_text(python_code(pipeline, seed=9, n=4, image_path=str(photo)))
    result = subprocess.run(
        [sys.executable, str(script)], check=False, cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("draw ") == 4
    expected = draw_grid(pipeline, decode_image(photo.read_bytes()).rgb, seed=9, n=4)
    for draw in expected:
        saved = cv2.cvtColor(cv2.imread(str(tmp_path / f"draw_{draw.index:02d}.png")), cv2.COLOR_BGR2RGB)
        np.testing.assert_array_equal(saved, draw.image)


def test_albumentations_code_runs_and_names_what_is_missing() -> None:
    everything = Pipeline([Step(spec.name, 0.5, spec.defaults()) for spec in IMAGE_TRANSFORMS.values()])
    code, missing = albumentations_code(everything)
    assert set(missing) == {spec.name for spec in IMAGE_TRANSFORMS.values() if spec.export_code() is None}
    assert len(missing) <= 8
    for name in missing:
        assert f"# {name}: no albumentations equivalent" in code
    namespace: dict[str, object] = {}
    exec(code, namespace)  # the exported file must be valid albumentations 2.x
    transform = namespace["transform"]
    img = np.full((64, 80, 3), 120, np.uint8)
    out = transform(image=img, bboxes=[[10, 10, 40, 40]], labels=["object"], keypoints=[[20, 20]])
    assert out["image"].dtype == np.uint8


def test_zip_holds_pngs_and_the_sampled_parameters() -> None:
    img = np.random.default_rng(0).integers(0, 256, (40, 50, 3), dtype=np.uint8)
    pipeline = preset("light")
    draws = draw_grid(pipeline, img, 3, 5, default_labels(img.shape))
    with zipfile.ZipFile(io.BytesIO(draws_zip(draws, pipeline, 3))) as archive:
        names = archive.namelist()
        assert sorted(n for n in names if n.endswith(".png")) == [f"draw_{i:02d}.png" for i in range(5)]
        png = cv2.imdecode(np.frombuffer(archive.read("draw_02.png"), np.uint8), cv2.IMREAD_COLOR)
        np.testing.assert_array_equal(cv2.cvtColor(png, cv2.COLOR_BGR2RGB), draws[2].image)
        rows = list(csv.DictReader(io.StringIO(archive.read("params.csv").decode())))
        assert len(rows) == 5 * len(pipeline.steps)
        summary = json.loads(archive.read("params.json"))
        assert summary["seed"] == 3 and Pipeline.from_dict(summary["pipeline"]) == pipeline
        assert summary["draws"][2]["steps"] == [r.as_dict() for r in draws[2].records]


def test_each_albumentations_writer_writes_one_closed_call_with_its_p() -> None:
    """Each writer's text is a whole call (it used to end in an open "A.Name(" that the exporter closed)."""
    for spec in IMAGE_TRANSFORMS.values():
        code = spec.export_code(spec.defaults(), 0.25)
        if code is None:
            continue
        call = ast.parse(code, mode="eval").body
        assert isinstance(call, ast.Call) and ast.unparse(call.func).startswith("A."), (spec.name, code)
        assert [ast.literal_eval(k.value) for k in call.keywords if k.arg == "p"] == [0.25], (spec.name, code)
        built = eval(code, {"A": A, "cv2": cv2})  # and albumentations 2.x accepts it
        assert isinstance(built, A.BasicTransform) and built.p == 0.25, spec.name


def test_a_step_that_is_off_is_left_out_of_the_albumentations_code() -> None:
    code, missing = albumentations_code(Pipeline((Pipeline.step("hflip", enabled=False), Pipeline.step("vflip"))))
    assert "HorizontalFlip" not in code and "A.VerticalFlip(p=0.5)," in code and not missing
