"""The spoken-digit set: complete and balanced, works without espeak-ng, synthesised (safely) when not shipped."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from playground.speech import dataset, synth
from playground.speech.dataset import counts, load_digits, read_set, split
from playground.speech.synth import CLIP_SAMPLES, PEAK, RATE, SynthesisError, clip_plan, synthesize
from playground.speech.words import DIGITS, TAKES, VOICES, WORD_SETS, voices_for


def test_the_shipped_set_is_complete_and_balanced() -> None:
    data = read_set(dataset.SHIPPED_DIR, "shipped")
    assert data is not None, "assets/speech/ is missing or damaged: run python -m playground.speech.dataset"
    assert data.clips.shape == (len(VOICES) * len(DIGITS) * len(TAKES), CLIP_SAMPLES)
    assert set(counts(data).values()) == {len(TAKES)}, "every voice says every digit once per take"
    peaks = np.abs(data.clips).max(axis=1)
    assert np.all(peaks > 0.9 * PEAK), "no clip is silent"
    for language in WORD_SETS:
        assert voices_for((language,), held_out=True), f"{language}: some voice is held out"
        assert voices_for((language,), held_out=False), f"{language}: some voice trains"
    size = sum(path.stat().st_size for path in dataset.SHIPPED_DIR.iterdir())
    assert size < 10 * 2**20


def test_splits_keep_held_out_voices_out_of_training() -> None:
    parts = split(load_digits())
    assert not {v for v in parts.unseen.voices} & {v for v in parts.train.voices}
    assert {v for v in parts.seen.voices} == {v for v in parts.train.voices}
    assert all(VOICES[v].held_out for v in parts.unseen.voices)
    per_digit = np.bincount(parts.train.digits, minlength=10)
    assert len(set(per_digit.tolist())) == 1, "training digits are balanced"


def test_the_shipped_set_works_without_espeak(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(synth.shutil, "which", lambda name: None)
    assert synth.espeak_path() is None
    data = load_digits()
    assert data.source == "shipped" and len(data) == len(clip_plan())


def test_no_shipped_set_and_no_espeak_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(synth.shutil, "which", lambda name: None)
    with pytest.raises(FileNotFoundError, match="espeak-ng"):
        load_digits(shipped=tmp_path / "none", cache=tmp_path / "cache")


@pytest.mark.skipif(synth.espeak_path() is None, reason="espeak-ng is not installed")
def test_without_the_shipped_set_it_is_synthesised_once_then_read_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plan = clip_plan([VOICES["cmn_f4"]])
    seen: list[float] = []
    made = load_digits(lambda f, v: seen.append(f), shipped=tmp_path / "none", cache=tmp_path / "cache", plan=plan)
    assert made.source == "generated" and made.clips.shape == (len(plan), CLIP_SAMPLES)
    assert seen[-1] == 1.0 and len(seen) == len(plan)
    monkeypatch.setattr(dataset, "synthesize_set", lambda *a, **k: pytest.fail("synthesised twice"))
    again = load_digits(shipped=tmp_path / "none", cache=tmp_path / "cache", plan=plan)
    np.testing.assert_allclose(again.clips, made.clips, atol=1 / 2**15)  # 16-bit FLAC round trip


def test_espeak_gets_a_fixed_argument_list_and_a_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def fake_run(command, **kwargs):
        calls.append((command, kwargs))
        raise subprocess.TimeoutExpired(command, kwargs["timeout"])

    monkeypatch.setattr(synth.subprocess, "run", fake_run)
    with pytest.raises(SynthesisError):
        synthesize("-v evil", VOICES["us_m1"], 150, 50, program="/usr/bin/espeak-ng")
    command, kwargs = calls[0]
    assert command[-2:] == ["--", "-v evil"], "the text comes after --, never read as an option"
    assert kwargs["timeout"] == synth.TIMEOUT_S and "shell" not in kwargs


def test_a_clip_is_trimmed_normalised_and_centred() -> None:
    word = np.zeros(RATE * 2, np.float32)
    word[3000:5000] = 0.1 * np.sin(np.arange(2000, dtype=np.float32))
    clip = synth.fit_clip(word)
    assert clip.shape == (CLIP_SAMPLES,) and np.isclose(np.abs(clip).max(), PEAK)
    loud = np.flatnonzero(np.abs(clip) > 0.01)
    assert abs((loud[0] + loud[-1]) / 2 - CLIP_SAMPLES / 2) < 10
