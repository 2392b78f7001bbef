"""Every transform, and the labels that follow it, on images from 1×1 up, in both orientations.

Why: a 1×1 PNG or a 4000×2 strip (whose preview copy is 1024×1) used to end
in a traceback. Each registry entry runs at 1×1, 1×N, N×1 and 2×2 (N = 7 and
300), on colour and on grey content (the studio always works on three
channels: a grey upload is decoded to R = G = B), with its defaults and with
every parameter at its low and at its high end, p = 1, several seeds. What
comes out must be a valid uint8 RGB image, the records must survive JSON and
replay, and the moved labels must stay finite.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from typing import Any

import cv2
import numpy as np
import pytest

from playground.augment.image.export import draws_zip, records_table
from playground.augment.image.figures import histogram_figure
from playground.augment.image.labels import default_labels, draw_labels
from playground.augment.image.pipeline import MAX_SIDE, Pipeline, Step, draw_grid, replay, run_draw
from playground.augment.image.presets import preset
from playground.augment.image.registry import IMAGE_TRANSFORMS
from playground.core.encode import encode_image
from playground.core.errors import InputError
from playground.core.params import Param

SHAPES = ((1, 1), (1, 7), (7, 1), (2, 2), (1, 300), (300, 1))
SEEDS = (0, 1, 2)


def _end(param: Param, high: bool) -> Any:
    """The parameter at one end of its bounds (a pinned range there), or its last / first choice."""
    if param.kind == "choice":
        return param.choices[-1 if high else 0]
    if param.kind in ("range", "int_range"):
        value = param.high if high else param.low
        return (value, value)
    if param.kind in ("float", "int"):
        return param.high if high else param.low
    return param.default


def settings(name: str) -> list[dict[str, Any]]:
    spec = IMAGE_TRANSFORMS[name]
    lows = {param.name: _end(param, False) for param in spec.params}
    highs = {param.name: _end(param, True) for param in spec.params}
    return [spec.defaults(), spec.clean(lows).value, spec.clean(highs).value]


def images(h: int, w: int) -> list[np.ndarray]:
    colour = np.random.default_rng(h * 1000 + w).integers(0, 256, (h, w, 3), dtype=np.uint8)
    grey = np.repeat(colour[..., :1], 3, axis=2)
    for image in (colour, grey):
        image.setflags(write=False)  # as the studio's preview copy
    return [colour, grey]


def finite_labels(draw: Any) -> bool:
    if draw.labels is None:
        return True
    values = [*(draw.labels.box or ()), *(v for point in draw.labels.keypoints for v in point)]
    return all(math.isfinite(v) for v in values)


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", IMAGE_TRANSFORMS.names())
def test_every_transform_handles_tiny_and_thin_images(name: str, shape: tuple[int, int]) -> None:
    for values in settings(name):
        pipeline = Pipeline((Step(name, 1.0, values),))
        for image in images(*shape):
            labels = default_labels(image.shape)
            for seed in SEEDS:
                try:
                    draw = run_draw(pipeline, image, seed, 0, labels=labels, keep_intermediates=True)
                except InputError as error:  # the one refusal allowed: a step that grows past the size limit
                    assert error.key == "image.err.too_large", (name, values, error.key)
                    continue
                out = draw.image
                assert out.dtype == np.uint8 and out.ndim == 3 and out.shape[2] == 3, (name, values, out.shape)
                assert min(out.shape[:2]) >= 1 and max(out.shape[:2]) <= MAX_SIDE, (name, values, out.shape)
                assert finite_labels(draw), (name, values, seed, draw.labels)
                json.dumps(draw.labels.as_dict(), allow_nan=False)
                (record,) = draw.records
                recorded = json.loads(json.dumps(record.params, allow_nan=False))
                np.testing.assert_array_equal(replay(image, [record]).image, out)
                np.testing.assert_array_equal(IMAGE_TRANSFORMS[name].apply(image, recorded), out)


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_view_of_a_tiny_draw_works(shape: tuple[int, int]) -> None:
    """What the page makes of draws (thumbnails, labels drawn, histograms, ZIP, tables) works from 1×1 up."""
    image = images(*shape)[0]
    pipeline = preset("classic")
    labels = default_labels(image.shape)
    draws = draw_grid(pipeline, image, 4, 3, labels)
    for draw in draws:
        drawn = draw_labels(draw.image, draw.labels)
        assert drawn.shape == draw.image.shape
        thumb = cv2.imdecode(np.frombuffer(encode_image(drawn, "jpeg", quality=85, max_side=360), np.uint8), 1)
        assert thumb is not None and min(thumb.shape[:2]) >= 1
        figure = histogram_figure(image, draw.image, channel_names=("r", "g", "b"), original_label="o",
                                  draw_label="d", x_title="x", y_title="y")  # fmt: skip
        assert all(np.isfinite(np.asarray(trace.y, float)).all() for trace in figure.data)
    with zipfile.ZipFile(io.BytesIO(draws_zip(draws, pipeline, 4))) as archive:
        assert len([n for n in archive.namelist() if n.endswith(".png")]) == 3
        json.loads(archive.read("params.json"))
    assert len(records_table(draws)) == 3 * len(pipeline.steps)
