"""Augmenting the training clips with an audio-studio pipeline, and the noisy test sets.

Why the studio's pipeline and not a second copy: the lab's recipe below is a
``playground.augment.audio.pipeline.Pipeline`` like any the student builds in
the audio augmentation studio (the page can open that studio's current
pipeline instead), and each clip's draw is the studio's seeded ``run_draw``:
draw ``epoch * n + i`` of the run's seed, so a run replays exactly.

``probability`` is the lab's knob on top: each clip of each epoch is
augmented with that chance and seen clean otherwise; the student finds the
balance between clean and noisy accuracy (the issue's 83 % clean at p = 1).

The noisy test sets mix the bundled noise recordings (babble, pink, white,
in turn) at an exact SNR, from a stream of their own, so no training draw
ever reproduces a test clip.
"""

from __future__ import annotations

import numpy as np

from playground.augment.audio.basic import background_noise
from playground.augment.audio.pipeline import Pipeline, run_draw
from playground.augment.audio.registry import NOISE_IDS
from playground.core.seeding import numpy_rng

TEST_SNRS = (20, 10, 5, 0)


def lab_pipeline() -> Pipeline:
    """The lab's recipe: noise at an SNR (babble and white), pitch, stretch, shift and SpecAugment masks."""
    step = Pipeline.step
    return Pipeline((
        step("background_noise", 0.6, noise="noise_babble", snr_db=(0.0, 20.0)),
        step("gaussian_noise", 0.5, snr_db=(0.0, 25.0)),
        step("pitch_shift", 0.5, semitones=(-3.0, 3.0)),
        step("time_stretch", 0.5, stretch_rate=(0.85, 1.2), keep_length=True),
        step("shift", 0.5, shift_fraction=(-0.1, 0.1), mode="pad"),
        step("time_mask", 0.3, n_masks=(1, 2), max_width=(0.03, 0.08)),
        step("freq_mask", 0.3, n_masks=(1, 2), max_width=(0.05, 0.12)),
    ))  # fmt: skip


def fit_length(x: np.ndarray, n: int) -> np.ndarray:
    """Cut or zero-pad (centred) to ``n`` samples: a stretch may change a clip's length."""
    if x.shape[-1] == n:
        return x
    if x.shape[-1] > n:
        start = (x.shape[-1] - n) // 2
        return x[start : start + n]
    out = np.zeros(n, np.float32)
    start = (n - x.shape[-1]) // 2
    out[start : start + x.shape[-1]] = x
    return out


def augment_batch(
    pipeline: Pipeline, clips: np.ndarray, index: np.ndarray, *, rate: int, seed: int, epoch: int, probability: float
) -> np.ndarray:
    """Clips ``index`` of ``clips``, each augmented with chance ``probability`` (draw ``epoch * n + i``)."""
    n = len(clips)
    coins = numpy_rng(seed, "speech.augment.coin", epoch).random(n)
    out = clips[index].copy()
    if not pipeline.active():
        return out
    for row, i in enumerate(index.tolist()):
        if coins[i] < probability:
            drawn = run_draw(pipeline, clips[i], rate, seed, epoch * n + i).samples
            out[row] = fit_length(drawn, clips.shape[1])
    return out


def noisy(clips: np.ndarray, rate: int, snr_db: float, seed: int = 0) -> np.ndarray:
    """Each clip with a bundled noise (babble, pink, white in turn) at exactly ``snr_db``."""
    offsets = numpy_rng(seed, "speech.test.noise", snr_db).integers(0, 2**31 - 1, len(clips))
    noises = [NOISE_IDS[i % len(NOISE_IDS)] for i in range(len(clips))]
    return np.stack([background_noise(x, rate, noise, float(snr_db), int(o))
                     for x, noise, o in zip(clips, noises, offsets.tolist(), strict=True)])  # fmt: skip
