"""The arrays a run needs, built once per process: training clips and every test set's features.

Why cached here (``lru_cache`` on plain, hashable settings): the worker
builds a job for every Train press, and the page draws the same test clips
(misclassified ones play); decoding the FLAC and computing ~1,000 feature
images each time would cost a second for nothing. The arrays are read-only.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from playground.speech.augment import TEST_SNRS, noisy
from playground.speech.dataset import DigitSet, Splits, load_digits, split
from playground.speech.features import FRONT_ENDS, FrontEnd
from playground.speech.settings import SpeechConfig
from playground.speech.synth import RATE, Progress

TEST_SETS = ("seen", "unseen", *(f"snr{snr}" for snr in TEST_SNRS))


_LOADED: list[DigitSet] = []  # the one set of this process, read-only once loaded


def digits(progress: Progress | None = None) -> DigitSet:
    """The whole set (shipped, else generated earlier, else synthesised now with ``progress`` calls)."""
    if not _LOADED:
        _LOADED.append(load_digits(progress))
    return _LOADED[0]


@lru_cache(maxsize=4)
def splits(languages: tuple[str, ...]) -> Splits:
    return split(digits().of_languages(languages))


@lru_cache(maxsize=8)
def evaluation_clips(languages: tuple[str, ...]) -> dict[str, tuple[np.ndarray, np.ndarray, tuple[str, ...]]]:
    """Each test set's clips, labels and voices: seen voices' new take, unseen voices clean and at each SNR."""
    parts = splits(languages)
    out = {"seen": (parts.seen.clips, parts.seen.digits, parts.seen.voices),
           "unseen": (parts.unseen.clips, parts.unseen.digits, parts.unseen.voices)}  # fmt: skip
    for snr in TEST_SNRS:
        out[f"snr{snr}"] = (noisy(parts.unseen.clips, parts.unseen.rate, snr), parts.unseen.digits, parts.unseen.voices)
    return out


@lru_cache(maxsize=64)
def _test_features(languages: tuple[str, ...], front_end: str, name: str) -> tuple[np.ndarray, np.ndarray]:
    x, y, _ = evaluation_clips(languages)[name]
    return FRONT_ENDS[front_end].compute(x, RATE), y


def training_data(config: SpeechConfig) -> tuple[DigitSet, FrontEnd]:
    return splits(config.languages).train, FRONT_ENDS[config.front_end]


def evaluation_set(config: SpeechConfig, name: str) -> tuple[np.ndarray, np.ndarray]:
    """One test set's features and digits for the config's word sets and front end."""
    return _test_features(config.languages, config.front_end, name)
