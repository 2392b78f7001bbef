"""The compiled dice give exactly ``sample_step``'s records: every transform, narrow, wide, pinned and log ranges."""

from __future__ import annotations

import pytest

from playground.augment.audio.compiled_dice import compile_step, sample_compiled
from playground.augment.audio.pipeline import Pipeline, sample_record, sample_step
from playground.augment.audio.registry import AUDIO_TRANSFORMS
from playground.augment.audio.streams import RECIPES


def _settings(name: str, how: str) -> dict:
    """Each range parameter set to its full range, a pinned value, or a narrow band near the top."""
    out = {}
    for param in AUDIO_TRANSFORMS[name].params:
        if param.kind not in ("range", "int_range"):
            continue
        low, high = param.low, param.high
        if how == "full":
            out[param.name] = (low, high)
        elif how == "pinned":
            out[param.name] = (param.default[0], param.default[0])
        else:
            top = high if param.kind == "int_range" else high - (high - low) * 0.1
            out[param.name] = (top - (1 if param.kind == "int_range" else (high - low) * 0.05), top)
    return out


@pytest.mark.parametrize("dice", RECIPES)
@pytest.mark.parametrize("how", ["default", "full", "pinned", "narrow"])
@pytest.mark.parametrize("name", sorted(AUDIO_TRANSFORMS))
def test_compiled_dice_equal_sample_step_bit_for_bit(name: str, how: str, dice: int) -> None:
    settings = {} if how == "default" else _settings(name, how)
    pipeline = Pipeline((Pipeline.step(name, 0.5, **settings),), dice=dice)
    step = pipeline.plan[0][0]
    compiled = compile_step(step, dice)
    if AUDIO_TRANSFORMS[name].extra is not None:
        assert compiled is None  # extras (noise seeds) stay with sample_step
        return
    for seed, draw in ((0, 0), (7, 1), (7, 1023), (7, 1024), (123456789, 99_999)):
        slow, fast = sample_step(step, seed, draw, dice), sample_compiled(compiled, seed, draw)
        assert fast == slow, (seed, draw)
        assert [type(v) for v in fast.params.values()] == [type(v) for v in slow.params.values()]


@pytest.mark.parametrize("dice", RECIPES)
def test_a_pipeline_of_mixed_steps_samples_as_before(dice: int) -> None:
    pipeline = Pipeline(
        (
            Pipeline.step("gain", 0.7),
            Pipeline.step("gaussian_noise", 0.5),  # extras: sample_step
            Pipeline.step("low_pass", 1.0, cutoff_hz=(2000.0, 2000.0)),  # pinned
            Pipeline.step("shift", 0.3),
        ),
        dice=dice,
    )
    for draw in range(50):
        expected = [pinned or sample_step(step, 3, draw, dice) for step, pinned in pipeline.plan]
        assert sample_record(pipeline, 3, draw) == expected
