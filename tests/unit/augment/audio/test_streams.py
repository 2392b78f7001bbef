"""The fast streams give exactly each recipe's numbers, computed here the slow, obvious way with NumPy.

Recipe 1 (``LEGACY``, old files and links): ``numpy_rng(seed, "audio.draw", draw, step)``.
Recipe 2 (``CURRENT``): ``numpy_rng(seed, "audio.dice2", step)``, draw ``d`` from double ``d * STRIDE`` on.
"""

from __future__ import annotations

import numpy as np
import pytest

from playground.augment.audio import streams
from playground.augment.audio.pipeline import Pipeline, run_draw, sample_record
from playground.augment.audio.registry import AUDIO_TRANSFORMS
from playground.augment.audio.streams import CURRENT, LEGACY, STRIDE
from playground.core.seeding import derive_seed, numpy_rng

SEEDS = (0, 1, 7, 42, 99_999, 2**31 - 1)
DRAWS = (0, 1, 2, 11, 255, 1023, 1024, 1025, 5000, 10**7)
POSITIONS = (0, 1, 2, 5, 23)


@pytest.mark.parametrize("seed", SEEDS)
def test_uniforms_and_continued_generators_equal_numpy_rng(seed: int) -> None:
    for draw in DRAWS:
        for position in POSITIONS:
            reference = numpy_rng(seed, "audio.draw", draw, position)
            expected = [reference.random() for _ in range(5)]
            assert streams.uniforms(seed, draw, position, 5, LEGACY) == expected, (seed, draw, position)
            later = streams.continued(seed, draw, position, 5, LEGACY)
            assert int(later.integers(0, 2**31 - 1)) == int(reference.integers(0, 2**31 - 1))
            assert later.uniform(0.0, 0.3) == reference.uniform(0.0, 0.3)


def test_many_random_triples_agree() -> None:
    pick = np.random.default_rng(3)
    for seed, draw, position in zip(pick.integers(0, 2**31 - 1, 300), pick.integers(0, 50_000, 300),
                                    pick.integers(0, 24, 300), strict=True):  # fmt: skip
        reference = numpy_rng(int(seed), "audio.draw", int(draw), int(position))
        assert streams.uniforms(int(seed), int(draw), int(position), 2, LEGACY) == [reference.random(),
                                                                                    reference.random()]  # fmt: skip


def test_records_equal_the_generator_built_per_step() -> None:
    """What ``sample_step`` did before: a fresh ``numpy_rng`` per step, one number per parameter, then extras."""
    pipeline = Pipeline.of("gain", "shift", "gaussian_noise", "time_mask", "pitch_shift").with_dice(LEGACY)
    for draw in range(40):
        for (step, _), record in zip(pipeline.plan, sample_record(pipeline, 5, draw), strict=True):
            rng = numpy_rng(5, "audio.draw", draw, step.position)
            assert record.fired == bool(rng.random() < step.p)
            for param in step.spec.drawn:  # every drawn parameter takes one number, choices too
                u = rng.random()
                if param.kind == "range" and not param.log:
                    low, high = step.params[param.name]
                    assert record.params[param.name] == (low if low == high else low + u * (high - low))
            assert "method" not in record.params  # the default method is recorded as before it existed


@pytest.mark.parametrize("dice", streams.RECIPES)
def test_a_draw_replays_alone_and_in_any_order(dice: int) -> None:
    pipeline = Pipeline.of("gain", "shift").with_dice(dice)
    x = np.random.default_rng(0).standard_normal(4000).astype(np.float32)
    forward = [run_draw(pipeline, x, 16_000, 3, d).samples for d in (0, 2000, 1)]
    streams._block.cache_clear()
    backward = [run_draw(pipeline, x, 16_000, 3, d).samples for d in (1, 2000, 0)]
    for a, b in zip(forward, backward[::-1], strict=True):
        assert np.array_equal(a, b)


def test_derived_seeds_equal_derive_seed_for_whole_blocks_and_odd_ranges() -> None:
    for seed, position, draws in ((0, 0, range(streams.BLOCK)), (2**31 - 1, 23, range(10**7, 10**7 + 300)),
                                  (42, 5, range(3, 4)), (7, 1, range(0))):  # fmt: skip
        got = [int(v) for v in streams.derive_seeds(seed, draws, position)]
        assert got == [derive_seed(seed, "audio.draw", d, position) for d in draws]


def _recipe_2(seed: int, draw: int, position: int, count: int) -> list[float]:
    """Recipe 2 the slow way: the step's stream from its start, ``draw * STRIDE`` numbers skipped one by one."""
    rng = numpy_rng(seed, "audio.dice2", position)
    if draw:
        rng.random(draw * STRIDE)  # what ``advance`` jumps over
    return rng.random(count).tolist()


@pytest.mark.parametrize("seed", SEEDS)
def test_recipe_2_uniforms_equal_the_step_stream_read_in_order(seed: int) -> None:
    for draw in (0, 1, 2, 11, 1023, 1024, 1025, 5000, 100_003):
        for position in POSITIONS:
            assert streams.uniforms(seed, draw, position, 5, CURRENT) == _recipe_2(seed, draw, position, 5)
    big = 10**7  # too far to read in order: PCG64's own ``advance`` is the reference
    bits = np.random.PCG64(derive_seed(seed, "audio.dice2", 3))
    bits.advance(big * STRIDE)
    assert streams.uniforms(seed, big, 3, STRIDE, CURRENT) == np.random.Generator(bits).random(STRIDE).tolist()


def test_recipe_2_gives_each_draw_its_own_numbers_and_each_step_its_own_stream() -> None:
    rows = [streams.uniforms(5, d, 0, STRIDE, CURRENT) for d in range(3)]
    flat = numpy_rng(5, "audio.dice2", 0).random(3 * STRIDE).tolist()
    assert rows == [flat[:STRIDE], flat[STRIDE : 2 * STRIDE], flat[2 * STRIDE :]]  # consecutive, no overlap
    assert streams.uniforms(5, 0, 1, 2, CURRENT) != streams.uniforms(5, 0, 0, 2, CURRENT)
    assert streams.uniforms(5, 0, 0, 2, CURRENT) != streams.uniforms(5, 0, 0, 2, LEGACY)  # two recipes, two draws
    assert streams.uniforms(5, 7, 0, 2, CURRENT) == streams.uniforms(5, 7, 0, 5, CURRENT)[:2]  # count never shifts


def test_recipe_2_extras_come_from_their_own_stream_per_draw_and_step() -> None:
    got = streams.continued(11, 42, 3, 2, CURRENT)
    want = numpy_rng(11, "audio.dice2.extra", 42, 3)
    assert int(got.integers(0, 2**31 - 1)) == int(want.integers(0, 2**31 - 1))


def test_every_transform_fits_in_recipe_2_stride() -> None:
    """A step's coin and drawn parameters must fit in the numbers its draw owns, or draws would overlap."""
    for name, spec in AUDIO_TRANSFORMS.items():
        assert 1 + len(spec.drawn) <= STRIDE, name
    with pytest.raises(ValueError, match="at most"):
        streams.block_table(0, 0, 0, STRIDE + 1, CURRENT)
    with pytest.raises(ValueError, match="unknown draw recipe"):
        streams.block_table(0, 0, 0, 2, 3)


def test_recipe_2_records_equal_the_step_stream_read_in_order() -> None:
    """What ``sample_step`` does under recipe 2: the coin, then one number per drawn parameter, then extras."""
    pipeline = Pipeline.of("gain", "shift", "gaussian_noise", "time_mask", "pitch_shift")
    assert pipeline.dice == CURRENT
    for draw in (0, 1, 39, 1500):
        for (step, _), record in zip(pipeline.plan, sample_record(pipeline, 5, draw), strict=True):
            u = _recipe_2(5, draw, step.position, 1 + len(step.spec.drawn))
            assert record.fired == bool(u[0] < step.p)
            for param, value in zip(step.spec.drawn, u[1:], strict=True):
                if param.kind == "range" and not param.log:
                    low, high = step.params[param.name]
                    assert record.params[param.name] == (low if low == high else low + value * (high - low))
            if step.name == "gaussian_noise":
                extra = numpy_rng(5, "audio.dice2.extra", draw, step.position)
                assert record.params["seed"] == int(extra.integers(0, 2**31 - 1))
