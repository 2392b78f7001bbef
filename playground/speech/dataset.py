"""The spoken-digit set: shipped in ``assets/speech/digits/`` or synthesised on first use, then split by voice.

Why both: the shipped set (650 clips, ~4 MB of FLAC) makes the lab work on a
machine without espeak-ng (Streamlit Community Cloud before ``packages.txt``
is honoured, a laptop), and the synthesiser rebuilds exactly the same plan
when the shipped files are missing or damaged, into a cache folder, with a
progress callback for the page's bar. Nothing is downloaded.

Format: one mono 16-bit FLAC of every clip back to back (``CLIP_SAMPLES``
each, at ``RATE``) and a JSON manifest listing ``[voice, digit, take]`` per
clip in the same order. ``python -m playground.speech.dataset`` writes both.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import soundfile as sf

from playground.data.samples import ASSETS_DIR
from playground.speech.synth import CLIP_SAMPLES, RATE, Progress, clip_plan, espeak_path, synthesize_set
from playground.speech.words import DIGITS, TAKES, TEST_TAKE, VOICES

SHIPPED_DIR = ASSETS_DIR / "speech" / "digits"  # a data set, not a picker sample: one folder deeper
AUDIO_NAME, MANIFEST_NAME = "digits.flac", "manifest.json"
FORMAT = "playground.speech_digits/1"
Source = Literal["shipped", "generated"]


@dataclass(frozen=True)
class DigitSet:
    """Clips (n, CLIP_SAMPLES) float32 with their voice name, digit and take; ``source`` says where they came from."""

    clips: np.ndarray
    voices: tuple[str, ...]
    digits: np.ndarray
    takes: np.ndarray
    source: Source
    rate: int = RATE

    def __len__(self) -> int:
        return len(self.digits)

    def select(self, mask: np.ndarray) -> DigitSet:
        index = np.flatnonzero(mask)
        return DigitSet(self.clips[index], tuple(self.voices[i] for i in index), self.digits[index],
                        self.takes[index], self.source, self.rate)  # fmt: skip

    def of_languages(self, languages: tuple[str, ...]) -> DigitSet:
        return self.select(np.array([VOICES[v].language in languages for v in self.voices], dtype=bool))

    def held_out(self) -> np.ndarray:
        return np.array([VOICES[v].held_out for v in self.voices], dtype=bool)


@dataclass(frozen=True)
class Splits:
    """Train: seen voices, takes 0-3. Seen test: seen voices, the new take. Unseen: held-out voices, every take."""

    train: DigitSet
    seen: DigitSet
    unseen: DigitSet


def split(data: DigitSet) -> Splits:
    held = data.held_out()
    test_take = data.takes == TEST_TAKE
    return Splits(data.select(~held & ~test_take), data.select(~held & test_take), data.select(held))


def write_set(folder: Path, clips: np.ndarray, plan: list[tuple[str, int, int]]) -> None:
    """Write the FLAC and its manifest (the manifest last, so a half-written set is never read as whole)."""
    folder.mkdir(parents=True, exist_ok=True)
    sf.write(folder / AUDIO_NAME, clips.reshape(-1), RATE, format="FLAC", subtype="PCM_16")
    manifest = {"format": FORMAT, "rate": RATE, "clip_samples": CLIP_SAMPLES, "takes": [list(t) for t in TAKES],
                "clips": [list(row) for row in plan]}  # fmt: skip
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest, separators=(",", ":")), encoding="utf-8")


def read_set(folder: Path, source: Source, plan: list[tuple[str, int, int]] | None = None) -> DigitSet | None:
    """The set stored in ``folder``, or None when it is missing, damaged or not the plan (default: every voice)."""
    try:
        manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT or manifest.get("clip_samples") != CLIP_SAMPLES:
            return None
        stored = [(str(v), int(d), int(t)) for v, d, t in manifest["clips"]]
        plan = plan or clip_plan()
        if stored != plan:
            return None
        audio, rate = sf.read(folder / AUDIO_NAME, dtype="float32")
    except (OSError, ValueError, KeyError, TypeError, sf.LibsndfileError):
        return None
    if rate != RATE or audio.ndim != 1 or audio.size != len(plan) * CLIP_SAMPLES:
        return None
    voices, digits, takes = zip(*plan, strict=True)
    return DigitSet(audio.reshape(len(plan), CLIP_SAMPLES), tuple(voices), np.array(digits, np.int64),
                    np.array(takes, np.int64), source)  # fmt: skip


def cache_dir() -> Path:
    """Where a synthesised set is kept (``PLAYGROUND_CACHE`` or ``~/.cache/playground``)."""
    root = os.environ.get("PLAYGROUND_CACHE") or Path.home() / ".cache" / "playground"
    return Path(root) / "speech"


def load_digits(
    progress: Progress | None = None,
    *,
    shipped: Path | None = None,
    cache: Path | None = None,
    plan: list[tuple[str, int, int]] | None = None,
) -> DigitSet:
    """The shipped set; else one synthesised earlier; else synthesise it now (espeak-ng needed).

    ``plan`` (default: every voice, ``clip_plan()``) lets a test synthesise a few voices only.
    """
    plan = plan or clip_plan()
    found = read_set(shipped or SHIPPED_DIR, "shipped", plan)
    if found is not None:
        return found
    cache = cache or cache_dir()
    found = read_set(cache, "generated", plan)
    if found is not None:
        return found
    if espeak_path() is None:
        raise FileNotFoundError("the shipped speech set is missing and espeak-ng is not installed")
    clips = synthesize_set(plan, progress)
    write_set(cache, clips, plan)
    voices, digits, takes = zip(*plan, strict=True)
    return DigitSet(clips, tuple(voices), np.array(digits, np.int64), np.array(takes, np.int64), "generated")


def counts(data: DigitSet) -> dict[tuple[str, int], int]:
    """Clips per (voice, digit): a complete, balanced set has ``len(TAKES)`` of each."""
    table = {(v, d): 0 for v in VOICES for d in DIGITS}
    for voice, digit in zip(data.voices, data.digits.tolist(), strict=True):
        table[(voice, digit)] += 1
    return table


def main() -> None:
    """Write the shipped set into ``assets/speech/digits/`` (needs espeak-ng)."""
    plan = clip_plan()
    clips = synthesize_set(plan, lambda f, v: print(f"\r{f:6.1%} {v:12}", end="", file=sys.stderr, flush=True))
    write_set(SHIPPED_DIR, clips, plan)
    size = sum(p.stat().st_size for p in SHIPPED_DIR.iterdir()) / 2**20
    print(f"\nwrote {len(plan)} clips, {size:.2f} MB, into {SHIPPED_DIR}")


if __name__ == "__main__":
    main()
