"""Seeded draws, replay, intermediates, JSON and URL round trips, presets, limits and the one cleaning rule."""

from __future__ import annotations

import json

import numpy as np
import pytest

from playground.augment.image.labels import default_labels
from playground.augment.image.pipeline import (
    MAX_DRAWS,
    MAX_STEPS,
    Pipeline,
    Step,
    StepRecord,
    draw_grid,
    replay,
    run_draw,
)
from playground.augment.image.presets import PRESETS, preset
from playground.augment.image.registry import IMAGE_TRANSFORMS
from playground.core.errors import InputError


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return preset("classic")


def test_the_same_seed_gives_the_same_draws(image: np.ndarray, pipeline: Pipeline) -> None:
    first = draw_grid(pipeline, image, seed=7, n=6)
    second = draw_grid(pipeline, image, seed=7, n=6)
    for a, b in zip(first, second, strict=True):
        np.testing.assert_array_equal(a.image, b.image)
        assert [r.as_dict() for r in a.records] == [r.as_dict() for r in b.records]
    other = draw_grid(pipeline, image, seed=8, n=6)
    assert any(a.records != b.records for a, b in zip(first, other, strict=True))


def test_draw_k_does_not_depend_on_how_many_draws(image: np.ndarray, pipeline: Pipeline) -> None:
    few, many = draw_grid(pipeline, image, 5, 3), draw_grid(pipeline, image, 5, 9)
    for a, b in zip(few, many[:3], strict=True):
        np.testing.assert_array_equal(a.image, b.image)


def test_editing_a_later_step_keeps_what_earlier_steps_sampled(image: np.ndarray) -> None:
    base = Pipeline.of("rotate", "gaussian_blur", p=1.0)
    edited = Pipeline.of("rotate", "gaussian_blur", p=1.0)
    edited.steps[1].params["sigma"] = (3.0, 4.0)
    for index in range(5):
        assert run_draw(base, image, 1, index).records[0] == run_draw(edited, image, 1, index).records[0]


def test_p_fires_at_the_expected_rate(image: np.ndarray) -> None:
    small = image[:8, :8]
    fired = [draw_grid(Pipeline([Step("invert", 0.3)]), small, seed, MAX_DRAWS)[i].records[0].fired
             for seed in range(10) for i in range(MAX_DRAWS)]  # fmt: skip
    assert 0.22 < np.mean(fired) < 0.38


def test_disabled_steps_are_skipped_and_not_recorded(image: np.ndarray) -> None:
    pipe = Pipeline([Step("invert", 1.0, {}, enabled=False), Step("hflip", 1.0)])
    draw = run_draw(pipe, image, 0, 0)
    assert [r.name for r in draw.records] == ["hflip"]
    np.testing.assert_array_equal(draw.image, image[:, ::-1])


def test_replay_from_json_records_and_intermediates(image: np.ndarray, pipeline: Pipeline) -> None:
    labels = default_labels(image.shape)
    draw = run_draw(pipeline, image, 3, 4, labels=labels, keep_intermediates=True)
    records = [StepRecord(r["name"], r["fired"], r["params"], tuple(r["shape"]))
               for r in json.loads(json.dumps([r.as_dict() for r in draw.records]))]  # fmt: skip
    again = replay(image, records, labels=labels, keep_intermediates=True)
    np.testing.assert_array_equal(again.image, draw.image)
    assert again.labels == draw.labels
    assert len(draw.intermediates) == len(draw.records) + 1
    assert draw.intermediates[0] is image
    np.testing.assert_array_equal(draw.intermediates[-1], draw.image)
    for frame, record in zip(draw.intermediates[1:], draw.records, strict=True):
        assert frame.shape[:2] == record.shape


def test_json_round_trip(pipeline: Pipeline) -> None:
    text = pipeline.to_json()
    back = Pipeline.from_json(text)
    assert back == pipeline
    assert json.loads(text)["version"] == 1


def test_every_preset_round_trips_through_the_url() -> None:
    for name in PRESETS:
        pipe = preset(name)
        token = pipe.to_url()
        assert len(token) < 400 and "=" not in token and "+" not in token and "/" not in token
        assert Pipeline.from_url(token) == pipe


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("{not json", "image.err.bad_json"),
        ('{"steps": 3}', "image.err.bad_pipeline"),
        ('{"steps": [{"name": "teleport"}]}', "image.err.unknown_transform"),
        (json.dumps({"steps": [{"name": "hflip"}] * (MAX_STEPS + 1)}), "image.err.too_many_steps"),
        ("[" * 100_000 + "]" * 100_000, "io.json.too_deep"),  # used to hit Python's recursion limit
        ('{"steps": [], "pad": "' + "x" * 2_000_000 + '"}', "io.json.too_large"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "io.json.not_text"),
        (b'{"steps": []}\x00', "io.json.not_text"),
    ],
    ids=["not_json", "not_a_pipeline", "unknown", "too_many", "deep", "huge", "binary", "nul"],
)
def test_bad_pipeline_files_raise_input_errors(text: str | bytes, key: str) -> None:
    with pytest.raises(InputError) as caught:
        Pipeline.from_json(text)
    assert caught.value.key == key
    assert caught.value.message("zh") != key


def test_values_from_a_file_are_cleaned_and_each_change_is_reported() -> None:
    text = '{"steps": [{"name": "rotate", "p": 7, "params": {"limit": [0, 999], "spin": 2, "border": "lava"}}]}'
    loaded = Pipeline.read_json(text)
    step = loaded.value.steps[0]
    assert step.p == 1.0 and step.params == {"limit": (0.0, 180.0), "border": "constant"}
    assert [note.key for note in loaded.notes] == [
        "param.note.clamped", "param.note.clamped", "param.note.invalid", "param.note.unknown"
    ]  # fmt: skip
    assert loaded.notes[1].params["name"] == "1. rotate · limit"  # which step and which setting
    for note in loaded.notes:
        assert note.message("en") != note.message("zh") and "{" not in note.message("zh")
    assert Pipeline.from_json(text) == loaded.value


def test_a_new_step_takes_its_transforms_declared_p() -> None:
    assert [Pipeline.step(name).p for name in ("rotate", "to_gray", "invert")] == [0.5, 0.2, 0.2]
    assert Pipeline.step("to_gray", p=0.9).p == 0.9
    loaded = Pipeline.from_json('{"steps": [{"name": "to_gray"}, {"name": "rotate", "p": "often"}]}')
    assert [step.p for step in loaded.steps] == [0.2, 0.5]  # missing or unreadable: the declared default


def test_a_step_that_is_off_round_trips_through_json_and_links() -> None:
    pipe = Pipeline((Pipeline.step("hflip", 1.0, enabled=False), Pipeline.step("rotate")))
    assert Pipeline.from_json(pipe.to_json()) == pipe
    assert Pipeline.from_url(pipe.to_url()) == pipe
    assert pipe.to_dict()["steps"][0] == {"name": "hflip", "p": 1.0, "enabled": False, "params": {}}


def test_damaged_links_raise_input_errors() -> None:
    for token in ("", "!!!", "eJzLSM3JyVcozy_KSQEAGgQEXQ", preset("light").to_url()[:-5]):
        with pytest.raises(InputError) as caught:
            Pipeline.from_url(token)
        assert caught.value.key in ("image.err.bad_link", "image.err.bad_pipeline", "image.err.unknown_transform")


def test_a_pipeline_that_grows_too_large_is_refused(image: np.ndarray) -> None:
    pad = IMAGE_TRANSFORMS["pad"].clean({"amount": (0.5, 0.5)}).value
    pipe = Pipeline([Step("resize", 1.0, {"longest_side": 2048}), Step("pad", 1.0, pad)])
    with pytest.raises(InputError) as caught:
        run_draw(pipe, image, 0, 0)
    assert caught.value.key == "image.err.too_large"


def test_grid_size_is_clipped(image: np.ndarray) -> None:
    small = image[:4, :4]
    assert len(draw_grid(Pipeline(), small, 0, 0)) == 1
    assert len(draw_grid(Pipeline(), small, 0, 1000)) == MAX_DRAWS


def test_p_one_samples_what_a_fired_p_below_one_samples(image: np.ndarray) -> None:
    """p = 1 skips the roll (and seeding, for transforms that sample nothing) but not the stream's order."""
    for name in ("rotate", "channel_shuffle", "random_resized_crop", "gaussian_noise"):
        spec = IMAGE_TRANSFORMS[name]
        for index in range(4):
            almost = run_draw(Pipeline([Step(name, 0.999999, spec.defaults())]), image, 2, index).records[0]
            always = run_draw(Pipeline([Step(name, 1.0, spec.defaults())]), image, 2, index).records[0]
            assert almost.fired and always.params == almost.params
