"""The audio pipeline in a link: round trips, short tokens, and refusals of damaged or foreign links."""

from __future__ import annotations

import base64
import zlib

import pytest

from playground.augment.audio.link import from_url, to_url
from playground.augment.audio.pipeline import Pipeline, Step
from playground.augment.audio.presets import presets
from playground.augment.audio.registry import TRANSFORMS
from playground.augment.image import pipeline as image_pipeline
from playground.augment.image.presets import preset as image_preset
from playground.core.errors import InputError
from playground.core.link_token import MAX_JSON_BYTES, BadTokenError, pack, unpack


@pytest.mark.parametrize("name", list(presets()))
def test_every_recipe_round_trips_in_a_short_token(name: str) -> None:
    token = to_url(presets()[name])
    assert from_url(token) == presets()[name]
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
        steps.append(Step.make(spec.name, 0.35, **settings))
    pipeline = Pipeline(tuple(steps))
    assert from_url(to_url(pipeline)) == pipeline


def test_defaults_are_left_out_of_the_link() -> None:
    assert unpack(to_url(Pipeline((Step.make("gain", 0.5),)))) == [["gain", 0.5]]


@pytest.mark.parametrize(
    "token",
    [
        "",
        "!!!",
        "not-a-pipeline",
        pack({"steps": []}),
        pack([["no_such_transform", 1.0]]),
        pack([["gain", 7.0]]),
        pack([["gain", 1.0, {"gain_db": "loud"}]]),
        pack([["gain"]]),
    ],
)
def test_damaged_links_raise_a_translated_error(token: str) -> None:
    with pytest.raises(InputError):
        from_url(token)


def test_an_image_studio_link_is_refused_not_misread() -> None:
    with pytest.raises(InputError):
        from_url(image_pipeline.to_url(image_preset("light")))


def test_a_token_cut_short_is_refused() -> None:
    token = to_url(presets()["speech"])
    with pytest.raises(BadTokenError):
        unpack(token[: len(token) // 2])


def test_a_token_that_inflates_past_the_limit_is_refused_without_inflating_it_all() -> None:
    bomb = base64.urlsafe_b64encode(zlib.compress(b"[" + b" " * (MAX_JSON_BYTES * 50) + b"]", 9)).decode()
    assert len(bomb) < 10_000  # small enough to fit in a URL
    with pytest.raises(BadTokenError):
        unpack(bomb)
