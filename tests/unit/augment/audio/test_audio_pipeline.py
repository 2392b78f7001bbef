"""Pipelines: seeded draws, p=0 identity, dtype/length rules, JSON round trip, exports that reproduce draws."""

from __future__ import annotations

import ast
import io
import json
import zipfile

import numpy as np
import pytest
import soundfile as sf

from playground.augment.audio.export import audiomentations_code, draws_zip, params_csv, standalone_code
from playground.augment.audio.pipeline import (
    Pipeline,
    record_from_dict,
    record_to_dict,
    replay,
    run_draw,
    run_draws,
    sample_record,
    sample_step,
)
from playground.augment.audio.presets import PRESETS, preset
from playground.augment.audio.registry import AUDIO_TRANSFORMS, TRANSFORMS
from playground.core.errors import InputError
from playground.i18n import all_strings

RATE = 16_000
NAMES = [spec.name for spec in TRANSFORMS]


@pytest.fixture(scope="module")
def clip() -> np.ndarray:
    t = np.arange(RATE // 2) / RATE
    rng = np.random.default_rng(0)
    return (0.3 * np.sin(2 * np.pi * 330 * t) + 0.02 * rng.standard_normal(len(t))).astype(np.float32)


def test_at_least_eighteen_transforms_each_declared_once() -> None:
    assert len(TRANSFORMS) >= 18
    assert len(set(NAMES)) == len(NAMES)


def test_every_transform_and_parameter_has_texts_in_both_languages() -> None:
    strings = all_strings()
    for spec in TRANSFORMS:
        keys = [spec.title_key, spec.summary_key, f"audio.group.{spec.group}"]
        keys += [p.label_key for p in spec.params] + [f"audio.short.{p.name}" for p in spec.params]
        for key in keys:
            assert set(strings[key]) >= {"en", "zh"}, key


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("stereo", [False, True])
def test_dtype_shape_and_length_rules(clip: np.ndarray, name: str, stereo: bool) -> None:
    x = np.stack([clip, 0.5 * clip]) if stereo else clip.astype(np.float64)  # float64 in, float32 out
    result = run_draw(Pipeline((Pipeline.step(name, 1.0),)), x, RATE, seed=7, draw=0)
    y = result.samples
    assert y.dtype == np.float32 and y.ndim == x.ndim and np.isfinite(y).all()
    if stereo:
        assert y.shape[0] == 2
    if not AUDIO_TRANSFORMS[name].changes_length or result.record[0].params.get("keep_length"):
        assert y.shape[-1] == x.shape[-1]
    assert np.array_equal(x, np.stack([clip, 0.5 * clip]) if stereo else clip.astype(np.float64))  # input untouched


@pytest.mark.parametrize("name", NAMES)
def test_p_zero_is_the_identity(clip: np.ndarray, name: str) -> None:
    y = run_draw(Pipeline((Pipeline.step(name, 0.0),)), clip, RATE, seed=1, draw=3).samples
    assert np.array_equal(y, clip)


def test_same_seed_same_draws_other_seed_other_draws(clip: np.ndarray) -> None:
    pipeline = Pipeline(tuple(Pipeline.step(name, 0.7) for name in ("gain", "gaussian_noise", "pitch_shift", "reverb")))
    a = [run_draw(pipeline, clip, RATE, 42, d).samples for d in range(4)]
    b = [run_draw(pipeline, clip, RATE, 42, d).samples for d in range(4)]
    c = [run_draw(pipeline, clip, RATE, 43, d).samples for d in range(4)]
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    assert not all(np.array_equal(x, y) for x, y in zip(a, c, strict=True))
    assert not np.array_equal(a[0], a[1])  # draws differ from each other


def test_steps_draw_independently(clip: np.ndarray) -> None:
    one = Pipeline((Pipeline.step("gain"), Pipeline.step("pitch_shift")))
    other = Pipeline((Pipeline.step("gain"), Pipeline.step("low_pass", 0.3)))
    assert sample_record(one, 5, 2)[0] == sample_record(other, 5, 2)[0]


def test_sampled_values_stay_in_their_ranges() -> None:
    pipeline = Pipeline((Pipeline.step("gain", gain_db=(-3.0, 2.0)), Pipeline.step("bit_crush", bits=(4, 6))))
    for draw in range(50):
        gain, crush = sample_record(pipeline, 0, draw)
        assert -3.0 <= gain.params["gain_db"] <= 2.0
        assert crush.params["bits"] in (4, 5, 6)


def test_replay_of_a_recorded_draw_is_exact(clip: np.ndarray) -> None:
    pipeline = preset("speech")
    result = run_draw(pipeline, clip, RATE, 11, 4, keep_intermediates=True)
    record = record_from_dict(json.loads(json.dumps(record_to_dict(result.record))))
    assert np.array_equal(replay(clip, RATE, record).samples, result.samples)
    assert len(result.intermediates) == len(pipeline.steps)
    assert np.array_equal(result.intermediates[-1], result.samples)


def test_json_round_trip_of_every_preset_and_every_transform() -> None:
    pipelines = [
        *(entry.build() for entry in PRESETS.values()),
        Pipeline(tuple(Pipeline.step(name, 0.25) for name in NAMES[:24])),
    ]
    for pipeline in pipelines:
        assert Pipeline.from_json(pipeline.to_json()) == pipeline


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("not json", "audio.error.bad_json"),
        ('{"steps": []}', "audio.error.bad_pipeline"),
        ('{"format": "playground.audio_pipeline/1", "steps": [{"name": "nope"}]}', "audio.error.unknown_transform"),
        ('{"format": "playground.audio_pipeline/1", "steps": ["gain"]}', "audio.error.bad_pipeline"),
        ('{"format": "playground.audio_pipeline/1", "steps": [{"name": "gain", "settings": [1]}]}',
         "audio.error.bad_pipeline"),
    ],
)  # fmt: skip
def test_broken_pipeline_files_are_refused_with_a_reason(text: str, key: str) -> None:
    with pytest.raises(InputError) as caught:
        Pipeline.from_json(text)
    assert caught.value.key == key
    assert caught.value.message("zh") != caught.value.message("en")


def test_bad_values_in_a_file_are_cleaned_and_reported_not_refused() -> None:
    """The one rule (it used to raise): clamp or default each value, and say what changed, in both languages."""
    text = json.dumps({"format": "playground.audio_pipeline/1", "steps": [
        {"name": "gain", "p": 2, "settings": {"gain_db": "x", "oops": 1}},
        {"name": "low_pass", "settings": {"cutoff_hz": [50, 99999], "rolloff": "7"}},
    ]})  # fmt: skip
    loaded = Pipeline.read_json(text)
    gain, low_pass = loaded.value.steps
    assert gain.p == 1.0 and gain.params == {"gain_db": (-6.0, 6.0)}
    assert low_pass.p == 1.0 and low_pass.params["cutoff_hz"] == (100.0, 10000.0) and low_pass.params["rolloff"] == "24"
    assert [note.key for note in loaded.notes] == [
        "param.note.clamped", "param.note.invalid", "param.note.unknown", "param.note.clamped", "param.note.invalid"
    ]  # fmt: skip
    assert loaded.notes[0].params["name"] == "1. gain · p" and loaded.notes[2].params["owner"] == "1. gain"
    assert all(note.message("zh") != note.message("en") for note in loaded.notes)


def test_a_new_step_takes_its_transforms_declared_p() -> None:
    assert {Pipeline.step(name).p for name in NAMES} == {1.0}  # every audio transform declares p = 1
    assert (
        Pipeline.from_json('{"format": "playground.audio_pipeline/1", "steps": [{"name": "gain"}]}').steps[0].p == 1.0
    )


def test_a_step_that_is_off_is_skipped_not_recorded_and_round_trips(clip: np.ndarray) -> None:
    on = Pipeline((Pipeline.step("gain", 1.0, gain_db=(-6.0, -6.0)), Pipeline.step("reverse", 1.0)))
    off = Pipeline((Pipeline.step("gain", 1.0, enabled=False), Pipeline.step("reverse", 1.0)))
    result = run_draw(off, clip, RATE, 3, 0)
    assert [step.name for step in result.record] == ["reverse"]
    assert np.array_equal(result.samples, clip[::-1])
    assert sample_record(off, 3, 0)[0] == sample_record(on, 3, 0)[1], "the next step's stream does not shift"
    assert Pipeline.from_json(off.to_json()) == off and Pipeline.from_url(off.to_url()) == off
    assert off.to_dict()["steps"][0] == {"name": "gain", "p": 1.0, "settings": {"gain_db": [-6.0, 6.0]},
                                         "enabled": False}  # fmt: skip
    assert "enabled" not in on.to_dict()["steps"][0], "a step that is on is written as before the switch existed"


def test_settings_are_clamped_and_ordered() -> None:
    step = Pipeline.step("gain", gain_db=(50.0, -100.0))
    assert step.params["gain_db"] == (-24.0, 12.0)


def test_exported_code_reproduces_a_draw(clip: np.ndarray) -> None:
    pipeline = preset("lofi")
    namespace: dict = {"__name__": "exported"}
    exec(standalone_code(pipeline, seed=9, draw=2, rate=RATE), namespace)
    assert np.array_equal(namespace["augment"](clip), run_draw(pipeline, clip, RATE, 9, 2).samples)


def test_audiomentations_code_runs_with_the_same_settings(clip: np.ndarray) -> None:
    pipeline = Pipeline(tuple(Pipeline.step(name, 1.0) for name in ("gain", "shift", "low_pass", "bit_crush", "speed")))
    code = audiomentations_code(pipeline, RATE)
    assert "Gain(min_gain_db=-6, max_gain_db=6, p=1)" in code
    assert "# speed: no audiomentations equivalent" in code
    exec(code.replace(f"np.zeros({RATE}, dtype=np.float32)", "CLIP"), {"CLIP": clip})


def test_zip_holds_every_draw_and_its_parameters(clip: np.ndarray) -> None:
    pipeline = preset("pitch_time")
    results = [run_draw(pipeline, clip, RATE, 3, d) for d in range(3)]
    records = [r.record for r in results]
    archive = zipfile.ZipFile(io.BytesIO(draws_zip([r.samples for r in results], records, RATE, pipeline, 3)))
    names = set(archive.namelist())
    assert {"draw_00.wav", "draw_02.wav", "params.json", "params.csv", "pipeline.json"} <= names
    samples, rate = sf.read(io.BytesIO(archive.read("draw_01.wav")), dtype="float32")
    assert rate == RATE and np.allclose(samples, np.clip(results[1].samples, -1, 1), atol=1 / 16000)
    assert json.loads(archive.read("params.json"))["draws"][2] == record_to_dict(records[2])
    assert params_csv(records).splitlines()[0] == "draw,step,transform,applied,parameter,value"


def test_a_time_budget_keeps_at_least_one_draw_and_draws_stay_reproducible(clip: np.ndarray) -> None:
    pipeline = preset("pitch_time")
    assert len(run_draws(pipeline, clip, RATE, 1, 5, budget_s=0.0)) == 1
    full = run_draws(pipeline, clip, RATE, 1, 3)
    assert np.array_equal(full[2].samples, run_draw(pipeline, clip, RATE, 1, 2).samples)


def test_chained_slow_downs_are_cut_at_twice_the_input(clip: np.ndarray) -> None:
    slow = Pipeline.step("time_stretch", 1.0, stretch_rate=(0.5, 0.5))
    result = run_draw(Pipeline((slow, slow)), clip, RATE, 0, 0)
    assert result.trimmed and result.samples.shape[-1] == 2 * clip.shape[-1]


def test_audiomentations_code_of_every_transform_with_a_twin_runs(clip: np.ndarray) -> None:
    names = [spec.name for spec in TRANSFORMS if spec.equivalent and spec.name != "background_noise"]
    steps = [Pipeline.step(name, 1.0, **({"mode": "peak", "target_db": (0.0, 0.0)} if name == "normalize" else {}))
             for name in names]  # fmt: skip
    code = audiomentations_code(Pipeline(tuple(steps)), RATE)
    assert "no audiomentations equivalent" not in code
    namespace = {"CLIP": clip}
    exec(code.replace(f"np.zeros({RATE}, dtype=np.float32)", "CLIP"), namespace)
    assert namespace["augmented"].dtype == np.float32


def test_pinned_steps_skip_the_dice_but_record_what_the_dice_would_give(clip: np.ndarray) -> None:
    pinned = Pipeline(
        (
            Pipeline.step("gain", 1.0, gain_db=(-6.0, -6.0)),
            Pipeline.step("low_pass", 1.0, cutoff_hz=(2000.0, 2000.0)),
            Pipeline.step("reverse", 0.0),
        )
    )
    assert pinned.fixed_record is not None
    for draw in range(3):
        record = sample_record(pinned, 9, draw)
        dice = [sample_step(step, 9, draw, pinned.dice) for step, _ in pinned.plan]
        assert record == dice
        record.clear()  # a caller owning its list cannot change the next draw
    assert len(sample_record(pinned, 9, 0)) == 3
    mixed = Pipeline(
        (Pipeline.step("gain", 1.0, gain_db=(-6.0, -6.0)), Pipeline.step("gain", 1.0, gain_db=(-6.0, 6.0)))
    )
    assert mixed.fixed_record is None
    assert len({sample_record(mixed, 0, d)[1].params["gain_db"] for d in range(5)}) == 5
    assert all(sample_record(mixed, 0, d)[0].params["gain_db"] == -6.0 for d in range(5))
    assert np.allclose(
        run_draw(pinned, clip, RATE, 0, 0).samples, replay(clip, RATE, sample_record(pinned, 0, 0)).samples
    )


@pytest.mark.parametrize("name", ["speech", "lofi"])
def test_a_wide_band_is_exported_as_audiomentations_accepts_it_and_says_so(clip: np.ndarray, name: str) -> None:
    """Bug fix: a band wider than ~2.5 octaves was exported as a bandwidth fraction >= 2, refused by audiomentations."""
    code = audiomentations_code(preset(name), RATE)
    assert "capped at 1.99" in code and "max_bandwidth_fraction=1.99" in code
    namespace: dict = {"CLIP": clip}
    exec(code.replace(f"np.zeros({RATE}, dtype=np.float32)", "CLIP"), namespace)
    assert namespace["augmented"].dtype == np.float32


def test_every_audiomentations_writer_parses() -> None:
    for spec in AUDIO_TRANSFORMS.values():
        code = spec.export_code()
        if code is not None:
            ast.parse(code)


def test_lean_and_shared_loops_agree() -> None:
    """The grid's lean loop and the shared replay loop (used with intermediates) give the same samples."""
    from playground.augment.audio.pipeline import run_draw  # noqa: PLC0415
    from playground.augment.audio.presets import PRESETS  # noqa: PLC0415

    rng = np.random.default_rng(3)
    clip = (rng.standard_normal((2, 8000)) * 0.1).astype(np.float32)
    for recipe in PRESETS.values():
        pipeline = recipe.build()
        for draw in range(3):
            lean = run_draw(pipeline, clip, 16000, 7, draw)
            shared = run_draw(pipeline, clip, 16000, 7, draw, keep_intermediates=True)
            assert np.array_equal(lean.samples, shared.samples) and lean.trimmed == shared.trimmed
            assert lean.samples is not clip
