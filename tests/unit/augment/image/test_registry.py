"""The registry: at least 30 transforms, each with specs, texts in both languages, and sane outputs."""

from __future__ import annotations

import json

import numpy as np
import pytest

from playground.augment.image.pipeline import Pipeline, Step, draw_grid, run_draw
from playground.augment.image.registry import GROUPS, IMAGE_TRANSFORMS
from playground.core.params import Param
from playground.i18n import all_strings

NAMES = IMAGE_TRANSFORMS.names()


def test_at_least_thirty_transforms_in_the_four_groups() -> None:
    assert len(IMAGE_TRANSFORMS) >= 30
    assert set(IMAGE_TRANSFORMS.groups()) == set(GROUPS)
    for group in GROUPS:
        assert len(IMAGE_TRANSFORMS.in_group(group)) >= 3


@pytest.mark.parametrize("name", NAMES)
def test_every_transform_has_texts_and_well_formed_specs(name: str) -> None:
    spec = IMAGE_TRANSFORMS[name]
    strings = all_strings()
    for key in (spec.title_key, spec.summary_key):
        assert key in strings, key
        assert set(strings[key]) == {"en", "zh"}
    assert 0.0 <= spec.p <= 1.0
    for param in spec.params:
        assert isinstance(param, Param) and param.label_key in strings
        assert f"image.param.{name}.{param.name}" in strings or f"image.param.{param.name}" in strings
        assert param.clean(param.default).value == param.default, f"{name}.{param.name}: default out of bounds"
        if param.kind == "choice":
            assert all(f"image.opt.{option}" in strings for option in param.choices)
        else:
            assert param.low is not None and param.high is not None and param.step


@pytest.mark.parametrize("name", NAMES)
def test_output_is_uint8_rgb_and_replayable(name: str, image: np.ndarray) -> None:
    pipeline = Pipeline([Step(name, 1.0, IMAGE_TRANSFORMS[name].defaults())])
    draw = run_draw(pipeline, image, seed=3, index=1)
    assert draw.image.dtype == np.uint8
    assert draw.image.ndim == 3 and draw.image.shape[2] == 3
    assert draw.image.flags.c_contiguous or draw.image.flags.f_contiguous
    (record,) = draw.records
    assert record.fired
    assert json.loads(json.dumps(record.params)) == record.params, "sampled parameters must survive JSON"
    assert record.shape == draw.image.shape[:2]
    again = run_draw(pipeline, image, seed=3, index=1)
    np.testing.assert_array_equal(again.image, draw.image)
    replayed = IMAGE_TRANSFORMS[name].apply(image, json.loads(json.dumps(record.params)))
    np.testing.assert_array_equal(replayed, draw.image)


@pytest.mark.parametrize("name", NAMES)
def test_p_zero_is_the_identity_and_the_input_is_untouched(name: str, image: np.ndarray) -> None:
    before = image.copy()
    frozen = image.copy()
    frozen.setflags(write=False)  # any in-place write would raise
    draws = draw_grid(Pipeline([Step(name, 0.0, IMAGE_TRANSFORMS[name].defaults())]), frozen, seed=1, n=4)
    for draw in draws:
        assert draw.image is frozen
        assert not draw.records[0].fired
    always = run_draw(Pipeline([Step(name, 1.0, IMAGE_TRANSFORMS[name].defaults())]), frozen, seed=1, index=0)
    assert always.image is not frozen
    np.testing.assert_array_equal(frozen, before)


def test_tiny_images_do_not_break_any_transform() -> None:
    tiny = np.full((3, 2, 3), 200, np.uint8)
    for name in NAMES:
        draw = run_draw(Pipeline([Step(name, 1.0, IMAGE_TRANSFORMS[name].defaults())]), tiny, seed=0, index=0)
        assert draw.image.dtype == np.uint8 and draw.image.size > 0, name


def test_clean_coerces_bad_values_into_bounds() -> None:
    rotate = IMAGE_TRANSFORMS["rotate"]
    cleaned = rotate.clean({"limit": [500, -900], "border": "lava", "unknown": 1})
    assert cleaned.value == {"limit": (-180.0, 180.0), "border": "constant"}
    assert [note.key for note in cleaned.notes] == ["param.note.clamped", "param.note.invalid", "param.note.unknown"]
    blur = IMAGE_TRANSFORMS["median_blur"]
    assert blur.clean({"size": [4, 100]}).value["size"] == (5, 15)
    assert rotate.clean({"limit": ["nan", 3]}).value["limit"] == rotate.params[0].default


def test_floats_keep_six_digits_so_a_round_trip_replays_the_same_draws() -> None:
    assert IMAGE_TRANSFORMS["rotate"].clean({"limit": (-10.1234567, 10.0)}).value["limit"] == (-10.123457, 10.0)
