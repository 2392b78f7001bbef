"""The quality measures give the known answers on synthetic signals, and rank the two methods as they should."""

from __future__ import annotations

import numpy as np
import pytest

from playground.augment.audio import quality as q
from playground.augment.audio.time_pitch import pitch_shift, time_stretch

RATE = 16_000


@pytest.mark.parametrize("hz", [110.0, 440.0, 1234.5])
def test_f0_of_a_pure_tone(hz: float) -> None:
    assert abs(q.estimate_f0(q.tone(RATE, 1.0, hz), RATE) - hz) < 0.05


def test_cents() -> None:
    assert q.cents(440 * 2 ** (1 / 12), 440) == pytest.approx(100.0)
    assert q.cents(440, 440) == 0.0
    assert q.cents(0.0, 440) == float("inf")


def test_a_clean_click_train_keeps_all_its_energy_and_a_smeared_or_moved_one_does_not() -> None:
    clicks, times = q.click_train(RATE, 2.0)
    assert q.transient_energy_kept(clicks, RATE, times) == 1.0
    assert q.transient_sharpness(clicks, RATE, times) == 1.0
    smeared = np.convolve(clicks, np.hanning(int(0.06 * RATE)), mode="same")  # 60 ms of smear
    assert q.transient_energy_kept(smeared, RATE, times) < 0.5  # a Hann of 60 ms holds ~43% within ±5 ms
    moved = np.roll(clicks, int(0.02 * RATE))  # 20 ms late, still sharp
    assert q.transient_energy_kept(moved, RATE, times) == 0.0
    assert q.transient_sharpness(moved, RATE, times) == 1.0
    assert q.transient_energy_kept(np.zeros_like(clicks), RATE, times) == 0.0


def test_duration_ratio() -> None:
    assert q.duration_ratio(10_000, 12_000, 1.2) == 1.0
    assert q.duration_ratio(5_000, 12_000, 1.2) == pytest.approx(0.5)


def test_identity_has_no_pitch_error() -> None:
    assert q.pitch_error_cents(lambda x, rate, s: pitch_shift(x, rate, 0.0), RATE, semitones=0.0) < 0.01


def test_signalsmith_keeps_clicks_in_place_and_the_vocoder_does_not() -> None:
    vocoder, signalsmith = q.method_report("vocoder"), q.method_report("signalsmith")
    assert signalsmith["clicks_pitch"] > 0.9 and signalsmith["clicks_stretch"] > 0.9
    assert vocoder["clicks_stretch"] < signalsmith["clicks_stretch"]
    assert vocoder["pitch_cents"] < 5 and signalsmith["pitch_cents"] < 10
    for report in (vocoder, signalsmith):
        assert report["duration"] == pytest.approx(1.0, abs=1e-3)
        assert report["ms_per_s"] > 0
    figures = q.tradeoff_figures()
    assert set(figures) == {f"{m}_{k}" for m in ("vocoder", "signalsmith") for k in ("ms", "pitch", "clicks")}


@pytest.mark.parametrize("method", ["vocoder", "signalsmith"])
def test_both_methods_keep_length_shape_and_type(method: str) -> None:
    stereo = np.stack([q.tone(RATE, 0.5, 440.0), q.tone(RATE, 0.5, 660.0)])
    assert pitch_shift(stereo, RATE, 3.0, method=method).shape == stereo.shape
    stretched = time_stretch(stereo, RATE, 1.25, method=method)
    assert stretched.shape == (2, 6400) and stretched.dtype == np.float32
    assert time_stretch(stereo, RATE, 1.25, keep_length=True, method=method).shape == stereo.shape
    assert pitch_shift(np.zeros(0, np.float32), RATE, 3.0, method=method).shape == (0,)
    assert pitch_shift(np.zeros(5, np.float32), RATE, 3.0, method=method).shape == (5,)
