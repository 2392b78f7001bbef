"""The fast draw (``Pipeline.fast``) gives exactly the general path's records and samples, so every draw replays.

The general path is the reference: ``sample_record`` (per-step dice, proven
equal to ``numpy_rng`` in ``test_streams.py``) applied by ``replay``. The
fast path reads per-block rows, calls kernels positionally and builds its
records lazily; none of that may change a single bit.
"""

from __future__ import annotations

import copy
import json
import pickle
import threading

import numpy as np
import pytest

from playground.augment.audio import basic
from playground.augment.audio.compiled_dice import block_choices, compile_step, sample_compiled
from playground.augment.audio.fast_draw import KEYWORDS, PARAMS, FastDraw, OneStepDraw
from playground.augment.audio.pipeline import (
    Pipeline,
    record_from_dict,
    record_to_dict,
    replay,
    run_draw,
    sample_record,
    sample_step,
)
from playground.augment.audio.presets import PRESETS
from playground.augment.audio.registry import AUDIO_TRANSFORMS
from playground.augment.audio.result import DrawResult
from playground.augment.audio.streams import BLOCK, CURRENT, LEGACY, RECIPES, block_table

RATE = 16_000
DRAWS = ((0, 0), (7, 1), (7, BLOCK - 1), (7, BLOCK), (123_456_789, 99_999), (2**31 - 1, 5))


@pytest.fixture(scope="module")
def clip() -> np.ndarray:
    t = np.arange(RATE // 4) / RATE
    noise = np.random.default_rng(0).standard_normal(len(t))
    return (0.3 * np.sin(2 * np.pi * 330 * t) + 0.02 * noise).astype(np.float32)


def _settings(name: str, how: str) -> dict:
    """Each range set to its full span, pinned at its default's low end, or left at its default."""
    out = {}
    for param in AUDIO_TRANSFORMS[name].params:
        if param.kind in ("range", "int_range") and how != "default":
            out[param.name] = (param.low, param.high) if how == "full" else (param.default[0], param.default[0])
    return out


def _same_draw(pipeline: Pipeline, x: np.ndarray, seed: int, draw: int) -> None:
    expected = sample_record(pipeline, seed, draw)
    general = replay(x, RATE, expected)
    _check(run_draw(pipeline, x, RATE, seed, draw), expected, general, x)
    if isinstance(pipeline.fast, OneStepDraw):  # the loop it stands for must agree as well
        _check(FastDraw(pipeline.plan, sample_step, pipeline.dice)(x, RATE, seed, draw), expected, general, x)


def _check(fast: DrawResult, expected: list, general: DrawResult, x: np.ndarray) -> None:
    assert fast.record == expected
    for got, want in zip(fast.record, expected, strict=True):
        assert [type(v) for v in got.params.values()] == [type(v) for v in want.params.values()]
        assert list(got.params) == list(want.params)  # the same keys in the same order: files read the same
    assert np.array_equal(fast.samples, general.samples) and fast.samples.dtype == np.float32
    assert fast.trimmed == general.trimmed
    assert fast.samples is not x and not np.shares_memory(fast.samples, x)


@pytest.mark.parametrize("dice", RECIPES)
@pytest.mark.parametrize("how", ["default", "full", "pinned"])
@pytest.mark.parametrize("name", sorted(AUDIO_TRANSFORMS))
def test_every_transform_draws_as_the_general_path_bit_for_bit(
    clip: np.ndarray, name: str, how: str, dice: int
) -> None:
    for p in (0.5, 1.0):
        pipeline = Pipeline((Pipeline.step(name, p, **_settings(name, how)),), dice=dice)
        for seed, draw in DRAWS[:4]:
            _same_draw(pipeline, clip, seed, draw)


def test_one_step_pipelines_take_the_one_step_draw_unless_they_grow_or_draw_extras() -> None:
    for name, spec in AUDIO_TRANSFORMS.items():
        for settings in ({}, _settings(name, "pinned")):
            fast = Pipeline((Pipeline.step(name, 0.5, **settings),)).fast
            one = not spec.changes_length and spec.extra is None
            assert isinstance(fast, OneStepDraw) == one, name
    assert not isinstance(Pipeline.of("gain", "shift").fast, OneStepDraw)
    assert not isinstance(Pipeline((Pipeline.step("gain", enabled=False),)).fast, OneStepDraw)


def test_presets_and_mixed_pipelines_draw_as_the_general_path(clip: np.ndarray) -> None:
    stereo = np.stack([clip, clip[::-1].copy()])
    mixed = Pipeline(
        (
            Pipeline.step("gain", 0.7),
            Pipeline.step("gaussian_noise", 0.5),  # extras: sample_step
            Pipeline.step("low_pass", 1.0, cutoff_hz=(2000.0, 2000.0)),  # pinned
            Pipeline.step("reverse", 0.0),  # never fires
            Pipeline.step("time_stretch", 1.0, stretch_rate=(0.5, 0.5)),  # grows: cut at MAX_GROWTH
            Pipeline.step("time_stretch", 1.0, stretch_rate=(0.5, 0.5)),
            Pipeline.step("pitch_shift", 0.5, method="signalsmith"),  # a later parameter, not at its old value
            Pipeline.step("shift", 1.0, enabled=False),  # off: not recorded
        )
    )
    nothing_on = [Pipeline(()), Pipeline((Pipeline.step("gain", enabled=False),))]
    pipelines = [recipe.build() for recipe in PRESETS.values()] + [mixed, *nothing_on]
    pipelines += [pipeline.with_dice(LEGACY) for pipeline in pipelines]  # old links' recipe too
    for pipeline in pipelines:
        for seed, draw in DRAWS:
            _same_draw(pipeline, clip, seed, draw)
        _same_draw(pipeline, stereo, 3, 2)
    assert run_draw(mixed, clip, RATE, 0, 0).trimmed


@pytest.mark.parametrize("dice", RECIPES)
def test_a_fast_draw_replays_from_its_json_record_bit_for_bit(clip: np.ndarray, dice: int) -> None:
    """The promise itself: a draw's record, written to a file and read back, gives the very same samples."""
    for recipe in PRESETS.values():
        pipeline = recipe.build().with_dice(dice)
        for draw in (0, 1, BLOCK + 3):
            result = run_draw(pipeline, clip, RATE, 11, draw)
            record = record_from_dict(json.loads(json.dumps(record_to_dict(result.record))))
            assert np.array_equal(replay(clip, RATE, record).samples, result.samples)


def test_numpy_and_odd_integer_seeds_and_draws_give_the_same_draw(clip: np.ndarray) -> None:
    pipeline = Pipeline.of("gain", "shift", "gaussian_noise")
    plain = run_draw(pipeline, clip, RATE, 42, 1030)
    for seed, draw in ((np.int64(42), np.int64(1030)), (np.uint32(42), 1030), (42, np.int32(1030))):
        other = run_draw(pipeline, clip, RATE, seed, draw)
        assert other.record == plain.record and np.array_equal(other.samples, plain.samples)
    assert run_draw(pipeline, clip, RATE, True, 0).record == run_draw(pipeline, clip, RATE, 1, 0).record


@pytest.mark.parametrize("dice", RECIPES)
def test_draws_in_any_order_and_from_many_threads_agree(clip: np.ndarray, dice: int) -> None:
    """The fast draw keeps one block per pipeline at hand; other seeds and threads must not disturb it."""
    pipeline = Pipeline.of("gain", "shift").with_dice(dice)
    jobs = [(seed, draw) for seed in (1, 2, 3) for draw in (0, 5, BLOCK + 1, 3 * BLOCK)]
    expected = {job: sample_record(pipeline, *job) for job in jobs}
    failures: list[tuple[int, int]] = []

    def work(order: list[tuple[int, int]]) -> None:
        for _ in range(20):
            for job in order:
                if run_draw(pipeline, clip, RATE, *job).record != expected[job]:
                    failures.append(job)

    threads = [threading.Thread(target=work, args=(jobs[k:] + jobs[:k],)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures


def test_the_record_is_built_once_when_read_and_can_be_replaced(clip: np.ndarray) -> None:
    result = run_draw(Pipeline.of("gain", "shift"), clip, RATE, 0, 3)
    assert isinstance(result, DrawResult) and result.intermediates == [] and result.trimmed is False
    first = result.record
    assert result.record is first and len(first) == 2
    result.record = first[:1]
    assert len(result.record) == 1
    assert "gain" in repr(result)
    direct = DrawResult(clip, first)
    assert direct.record is first and direct.intermediates == []
    fresh = run_draw(Pipeline.of("gain", "shift"), clip, RATE, 0, 4)  # its record not read yet
    for copied in (pickle.loads(pickle.dumps(fresh)), copy.deepcopy(fresh), copy.copy(fresh)):
        assert copied.record == fresh.record and np.array_equal(copied.samples, fresh.samples)
        assert copied.trimmed == fresh.trimmed and copied.intermediates == fresh.intermediates


@pytest.mark.parametrize("dice", RECIPES)
def test_block_choices_equal_sample_compiled_on_every_row(dice: int) -> None:
    for name in sorted(AUDIO_TRANSFORMS):
        if AUDIO_TRANSFORMS[name].extra is not None:
            continue
        for how in ("default", "full"):
            step = Pipeline((Pipeline.step(name, 0.5, **_settings(name, how)),)).plan[0][0]
            compiled = compile_step(step, dice)
            assert compiled is not None
            rows = block_choices(compiled, block_table(9, compiled.position, 1, compiled.count, dice))
            assert len(rows) == BLOCK
            for index in range(BLOCK):
                want = sample_compiled(compiled, 9, BLOCK + index)
                fired, values = rows[index]
                assert fired == want.fired and values == tuple(want.params.values()), (name, how, index)
                assert [type(v) for v in values] == [type(v) for v in want.params.values()]


def test_kernels_are_called_positionally_only_where_their_signature_allows() -> None:
    pipeline = Pipeline(
        (
            Pipeline.step("gain"),
            Pipeline.step("gain_transition"),  # keyword-only parameters
            Pipeline.step("band_pass"),  # rolloff and zero_phase keyword-only
            Pipeline.step("low_pass", 1.0, cutoff_hz=(2000.0, 2000.0)),  # pinned, three in order
            Pipeline.step("reverse", 1.0),  # pinned, none
            Pipeline.step("gaussian_noise"),  # extras: the record's dict
        )
    )
    fast = FastDraw(pipeline.plan, lambda *a: None, CURRENT)  # type: ignore[arg-type,return-value]
    assert [entry[3] for entry in fast.steps] == [1, KEYWORDS, KEYWORDS, 3, 0, PARAMS]


def test_gain_is_the_plain_multiply() -> None:
    """``basic.gain`` names the float32 loop of ``np.multiply``: the same bits as ``x * 10 ** (db / 20)``."""
    rng = np.random.default_rng(0)
    x = (rng.standard_normal(50_000) * 3).astype(np.float32)
    x[:6] = [0.0, -0.0, 1e-38, 1e-45, 1.0, -1.0]
    for gain_db in [*rng.uniform(-24, 24, 500).tolist(), 0.0, 6.0, -24.0, 12.0]:
        out = basic.gain(x, RATE, gain_db)
        assert out.dtype == np.float32 and np.array_equal(out, x * (10.0 ** (gain_db / 20.0)))
    stereo = x.reshape(2, -1)[:, ::3]
    assert np.array_equal(basic.gain(stereo, RATE, 3.0), stereo * (10.0 ** (3.0 / 20.0)))
