"""Spoken digits from Debian's ``espeak-ng`` program: one word per call, as WAV on stdout.

Why a subprocess with a fixed argument list: the words and voices come from
our own registries (``playground.speech.words``), never from user text, and
the list form (no shell) means nothing in them could be read as a command.
A timeout bounds a hung synthesiser. espeak-ng is GPL-3; its *output* audio
is not covered by the GPL (see ``assets/LICENSES.md``).

Clips are resampled to ``RATE`` (8 kHz: telephone band, plenty for digits),
trimmed of silence, peak-normalised to ``PEAK`` and centred in a window of
``CLIP_S`` seconds, so every clip is the same shape for batching.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

from playground.speech.words import DIGITS, TAKES, VOICES, Voice, word_of

RATE = 8_000
CLIP_S = 1.0
CLIP_SAMPLES = int(RATE * CLIP_S)
PEAK = 0.5  # a comfortable level that leaves headroom for added noise
TIMEOUT_S = 10.0
PROGRAM = "espeak-ng"

Progress = Callable[[float, str], None]


class SynthesisError(RuntimeError):
    """espeak-ng is missing, failed or said nothing."""


def espeak_path() -> str | None:
    """The program's path, or None when it is not installed (the shipped set is used then)."""
    return shutil.which(PROGRAM)


def synthesize(text: str, voice: Voice, speed: int, pitch: int, program: str | None = None) -> np.ndarray:
    """One word as float32 samples at ``RATE``, centred in ``CLIP_SAMPLES`` (raises ``SynthesisError``)."""
    path = program or espeak_path()
    if path is None:
        raise SynthesisError("espeak-ng is not installed")
    command = [path, "-v", voice.argument, "-s", str(int(speed)), "-p", str(int(pitch)), "--stdout", "--", text]
    try:
        done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=True)
        samples, rate = sf.read(io.BytesIO(done.stdout), dtype="float32", always_2d=True)
    except (OSError, subprocess.SubprocessError, RuntimeError, sf.LibsndfileError) as error:
        raise SynthesisError(f"espeak-ng failed for {voice.espeak!r}: {error}") from error
    return fit_clip(resample_poly(samples.mean(axis=1), RATE, rate).astype(np.float32))


def fit_clip(x: np.ndarray, threshold: float = 0.02) -> np.ndarray:
    """Trim leading and trailing silence, peak-normalise, centre in ``CLIP_SAMPLES`` (cut if longer)."""
    x = np.asarray(x, dtype=np.float32)
    peak = float(np.max(np.abs(x))) if x.size else 0.0
    if peak <= 0:
        return np.zeros(CLIP_SAMPLES, np.float32)
    loud = np.flatnonzero(np.abs(x) > threshold * peak)
    x = x[loud[0] : loud[-1] + 1] * np.float32(PEAK / peak)
    if x.size > CLIP_SAMPLES:
        start = (x.size - CLIP_SAMPLES) // 2
        return np.ascontiguousarray(x[start : start + CLIP_SAMPLES])
    out = np.zeros(CLIP_SAMPLES, np.float32)
    start = (CLIP_SAMPLES - x.size) // 2
    out[start : start + x.size] = x
    return out


def clip_plan(voices: list[Voice] | None = None) -> list[tuple[str, int, int]]:
    """Every (voice, digit, take) of the set, in the shipped order: voice by voice, take by take, digit by digit."""
    chosen = voices if voices is not None else list(VOICES.values())
    return [(v.name, d, take) for v in chosen for take in range(len(TAKES)) for d in DIGITS]


def synthesize_set(
    plan: list[tuple[str, int, int]], progress: Progress | None = None, program: str | None = None
) -> np.ndarray:
    """All clips of ``plan`` as (n, CLIP_SAMPLES) float32; ``progress(fraction, voice)`` after each clip."""
    out = np.zeros((len(plan), CLIP_SAMPLES), np.float32)
    for i, (voice_name, digit, take) in enumerate(plan):
        voice = VOICES[voice_name]
        speed, pitch = TAKES[take]
        out[i] = synthesize(word_of(voice, digit), voice, speed, pitch, program)
        if progress is not None:
            progress((i + 1) / len(plan), voice_name)
    return out
