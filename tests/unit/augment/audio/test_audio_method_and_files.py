"""The pitch/stretch ``method`` choice keeps old files, links and records as they were; files are read safely."""

from __future__ import annotations

import json

import numpy as np
import pytest

from playground.augment.audio.pipeline import FORMAT, Pipeline, run_draw
from playground.core.errors import InputError
from playground.i18n import translate


def test_old_files_and_links_read_as_the_vocoder_and_are_written_as_before() -> None:
    old = {"format": FORMAT, "steps": [{"name": "pitch_shift", "p": 0.8, "settings": {"semitones": [-4.0, 4.0]}}]}
    pipeline = Pipeline.from_dict(old)
    assert pipeline.steps[0].params["method"] == "vocoder"
    assert pipeline.to_dict() == old
    assert "method" not in run_draw(pipeline, np.zeros(1600, np.float32), 16_000, 1, 0).record[0].params


@pytest.mark.parametrize("name", ["pitch_shift", "time_stretch"])
def test_signalsmith_travels_in_files_links_records_and_exports(name: str) -> None:
    pipeline = Pipeline((Pipeline.step(name, 1.0, method="signalsmith"),))
    assert Pipeline.from_url(pipeline.to_url()) == pipeline
    assert Pipeline.from_json(pipeline.to_json()) == pipeline
    assert pipeline.to_dict()["steps"][0]["settings"]["method"] == "signalsmith"
    tone = np.sin(np.arange(16_000) / 5).astype(np.float32) * 0.3
    result = run_draw(pipeline, tone, 16_000, 3, 0)
    assert result.record[0].params["method"] == "signalsmith"
    vocoder = run_draw(Pipeline((Pipeline.step(name, 1.0),)), tone, 16_000, 3, 0)
    other = {k: v for k, v in result.record[0].params.items() if k != "method"}
    assert other == vocoder.record[0].params, "choosing the method moves no other random number"
    assert 'method="signalsmith_stretch"' in pipeline.spec(name).export_code(pipeline.steps[0].params)


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ("[" * 50_000 + "]" * 50_000, "io.json.too_deep"),
        (b'{"format": "' + b"x" * 2_000_000 + b'"}', "io.json.too_large"),
        (bytes(range(256)) * 4, "io.json.not_text"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "io.json.not_text"),
        ("{not json", "audio.error.bad_json"),
        (json.dumps({"format": "nope", "steps": []}), "audio.error.bad_pipeline"),
    ],
    ids=["deep", "huge", "binary", "png", "not-json", "foreign"],
)
def test_a_bad_pipeline_file_is_refused_with_a_message_in_both_languages(data: str | bytes, key: str) -> None:
    with pytest.raises(InputError) as caught:
        Pipeline.read_json(data)
    assert caught.value.key == key
    for lang in ("en", "zh"):
        assert translate(caught.value.key, lang, **caught.value.params)
