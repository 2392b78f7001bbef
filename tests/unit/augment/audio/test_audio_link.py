"""The audio pipeline in a link: round trips, short tokens, and refusals of damaged or foreign links."""

from __future__ import annotations

import base64
import json
import zlib

import pytest

from playground.augment.audio.pipeline import CURRENT, FORMAT, LEGACY, Pipeline
from playground.augment.audio.presets import PRESETS, preset
from playground.augment.audio.registry import TRANSFORMS
from playground.augment.image.presets import preset as image_preset
from playground.core.errors import InputError
from playground.core.link_token import MAX_JSON_BYTES, BadTokenError, pack, unpack


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_recipe_round_trips_in_a_short_token(name: str) -> None:
    token = preset(name).to_url()
    assert Pipeline.from_url(token) == preset(name)
    assert len(token) < 300 and token.replace("-", "").replace("_", "").isalnum()


def test_every_transform_with_changed_settings_round_trips() -> None:
    steps = []
    for spec in TRANSFORMS:
        settings = {}
        for param in spec.params:
            if param.kind == "range":
                settings[param.name] = (param.low, param.low + (param.high - param.low) / 3)
            elif param.kind == "int_range":
                settings[param.name] = (param.low, param.low)
            elif param.kind == "choice":
                settings[param.name] = param.choices[-1]
            else:
                settings[param.name] = not param.default
        steps.append(Pipeline.step(spec.name, 0.35, **settings))
    pipeline = Pipeline(tuple(steps))
    assert Pipeline.from_url(pipeline.to_url()) == pipeline


def test_defaults_are_left_out_of_the_link() -> None:
    assert unpack(Pipeline((Pipeline.step("gain", 0.5),)).to_url()) == {"dice": CURRENT, "steps": [["gain", 0.5]]}
    off = Pipeline((Pipeline.step("gain", 0.5, enabled=False),), dice=LEGACY)
    assert unpack(off.to_url()) == [["gain", 0.5, {}, 0]]  # recipe 1: the bare rows every old link holds


def test_an_old_link_keeps_recipe_1_and_a_new_one_says_recipe_2() -> None:
    """Links made before recipe 2 are bare lists of rows: they must draw exactly as when they were shared."""
    old = Pipeline.from_url(pack([["gain", 0.5], ["shift", 1.0, {"rollover": False}]]))
    assert old.dice == LEGACY and [s.name for s in old.steps] == ["gain", "shift"]
    assert Pipeline.from_url(old.to_url()) == old  # and it stays recipe 1 when shared again
    new = preset("speech")
    assert new.dice == CURRENT and Pipeline.from_url(new.to_url()).dice == CURRENT
    assert old.with_dice(CURRENT).steps == old.steps and old.with_dice(CURRENT).dice == CURRENT


def test_files_carry_their_recipe_and_files_without_one_are_recipe_1() -> None:
    new = preset("loudness")
    data = json.loads(new.to_json())
    assert list(data) == ["format", "dice", "steps"] and data["dice"] == CURRENT
    assert Pipeline.from_json(new.to_json()) == new
    old_file = json.dumps({"format": FORMAT, "steps": data["steps"]})  # a file exported before recipe 2
    old = Pipeline.from_json(old_file)
    assert old.dice == LEGACY and old.steps == new.steps
    assert "dice" not in json.loads(old.to_json())  # written back as it was read


@pytest.mark.parametrize("dice", [3, 0, -1, "2", 2.0, True, None, [2], 10**30])
def test_an_unknown_recipe_is_refused_with_a_message_in_both_languages(dice: object) -> None:
    for read in (lambda: Pipeline.from_json(json.dumps({"format": FORMAT, "dice": dice, "steps": []})),
                 lambda: Pipeline.from_url(pack({"dice": dice, "steps": [["gain", 0.5]]}))):  # fmt: skip
        with pytest.raises(InputError) as caught:
            read()
        assert caught.value.key == "audio.error.unknown_dice"
        english, chinese = caught.value.message("en"), caught.value.message("zh")
        assert "1, 2" in english and "1, 2" in chinese and english != chinese


@pytest.mark.parametrize(
    "token",
    [
        "",
        "!!!",
        "not-a-pipeline",
        pack({"steps": []}),
        pack([["no_such_transform", 1.0]]),
        pack([["gain"]]),
        pack([["gain", 1.0, [1, 2]]]),
        pack(["gain"]),
        pack({"dice": 2}),
        pack({"dice": 2, "steps": "gain"}),
        pack({"dice": 2, "steps": [], "more": 1}),
    ],
)
def test_damaged_links_raise_a_translated_error(token: str) -> None:
    with pytest.raises(InputError) as caught:
        Pipeline.from_url(token)
    assert caught.value.message("zh") != caught.value.message("en")


def test_bad_values_in_a_link_are_cleaned_and_reported() -> None:
    shared = Pipeline.read_url(pack([["gain", 7.0, {"gain_db": "loud"}]]))
    assert shared.value == Pipeline((Pipeline.step("gain", 1.0),), dice=LEGACY)
    assert [note.key for note in shared.notes] == ["param.note.clamped", "param.note.invalid"]


def test_an_image_studio_link_is_refused_not_misread() -> None:
    with pytest.raises(InputError):
        Pipeline.from_url(image_preset("light").to_url())


def test_a_token_cut_short_is_refused() -> None:
    token = preset("speech").to_url()
    with pytest.raises(BadTokenError):
        unpack(token[: len(token) // 2])


def test_a_token_that_inflates_past_the_limit_is_refused_without_inflating_it_all() -> None:
    bomb = base64.urlsafe_b64encode(zlib.compress(b"[" + b" " * (MAX_JSON_BYTES * 50) + b"]", 9)).decode()
    assert len(bomb) < 10_000  # small enough to fit in a URL
    with pytest.raises(BadTokenError):
        unpack(bomb)
