"""Ready-made audio pipelines ("recipes") that each make one lesson audible at first click, as a registry.

Why recipes: a blank builder with 23 transforms is a wall; a recipe shows a
sensible combination (what speech-recognition papers actually use) that the
student can then take apart. Values are within each parameter's bounds; the
texts are ``audio.preset.<name>`` and ``audio.preset.<name>.summary``.
"""

from __future__ import annotations

from playground.augment.audio.pipeline import Pipeline
from playground.augment.preset import Preset
from playground.core.registry import Registry

DEFAULT = "speech"


class AudioPreset(Preset):
    """An audio recipe: its ``build()`` is an audio ``Pipeline``."""

    pipeline = Pipeline
    text_prefix = "audio.preset"


PRESETS: Registry[AudioPreset] = Registry(
    "audio preset",
    (
        AudioPreset("speech", (
            ("gain", 0.8, {"gain_db": (-9.0, 3.0)}),
            ("background_noise", 0.7, {"noise": "noise_babble", "snr_db": (5.0, 20.0)}),
            ("reverb", 0.5, {"room_size_m": (3.0, 15.0), "wet": (0.2, 0.5)}),
            ("band_pass", 0.3, {"center_hz": (900.0, 1100.0), "bandwidth": (3.0, 3.5)}),
        )),
        AudioPreset("specaugment", (
            ("time_mask", 1.0, {"n_masks": (1, 2), "max_width": (0.05, 0.1)}),
            ("freq_mask", 1.0, {"n_masks": (1, 2), "max_width": (0.05, 0.15)}),
        )),
        AudioPreset("pitch_time", (
            ("pitch_shift", 0.8, {"semitones": (-4.0, 4.0)}),
            ("time_stretch", 0.8, {"stretch_rate": (0.8, 1.25)}),
        )),
        AudioPreset("lofi", (
            ("band_pass", 1.0, {"center_hz": (1000.0, 1500.0), "bandwidth": (2.0, 3.0)}),
            ("distortion", 0.7, {"drive_db": (6.0, 18.0)}),
            ("bit_crush", 0.7, {"bits": (5, 8)}),
            ("gaussian_noise", 0.8, {"snr_db": (15.0, 25.0)}),
        )),
        AudioPreset("loudness", (
            ("gain", 1.0, {"gain_db": (-12.0, 12.0)}),
            ("clipping", 0.5, {"percentile": (5.0, 20.0)}),
        )),
    ),
)  # fmt: skip


def preset(name: str) -> Pipeline:
    """A fresh pipeline for recipe ``name`` (an ``InputError`` naming the known ones for any other name)."""
    return PRESETS.require(name).build()
