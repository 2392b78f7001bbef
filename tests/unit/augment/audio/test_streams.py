"""The fast streams give exactly the numbers ``numpy_rng(seed, "audio.draw", draw, step)`` gives."""

from __future__ import annotations

import numpy as np
import pytest

from playground.augment.audio import streams
from playground.augment.audio.pipeline import Pipeline, run_draw, sample_record
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
            assert streams.uniforms(seed, draw, position, 5) == expected, (seed, draw, position)
            later = streams.continued(seed, draw, position, 5)
            assert int(later.integers(0, 2**31 - 1)) == int(reference.integers(0, 2**31 - 1))
            assert later.uniform(0.0, 0.3) == reference.uniform(0.0, 0.3)


def test_many_random_triples_agree() -> None:
    pick = np.random.default_rng(3)
    for seed, draw, position in zip(pick.integers(0, 2**31 - 1, 300), pick.integers(0, 50_000, 300),
                                    pick.integers(0, 24, 300), strict=True):  # fmt: skip
        reference = numpy_rng(int(seed), "audio.draw", int(draw), int(position))
        assert streams.uniforms(int(seed), int(draw), int(position), 2) == [reference.random(), reference.random()]


def test_records_equal_the_generator_built_per_step() -> None:
    """What ``sample_step`` did before: a fresh ``numpy_rng`` per step, one number per parameter, then extras."""
    pipeline = Pipeline.of("gain", "shift", "gaussian_noise", "time_mask", "pitch_shift")
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


def test_a_draw_replays_alone_and_in_any_order() -> None:
    pipeline = Pipeline.of("gain", "shift")
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
