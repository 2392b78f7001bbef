"""Ready-made audio pipelines ("recipes") that each make one lesson audible at first click.

Why recipes: a blank builder with 23 transforms is a wall; a recipe shows a
sensible combination (what speech-recognition papers actually use) that the
student can then take apart. Values are within each parameter's bounds.
"""

from __future__ import annotations

from playground.augment.audio.pipeline import Pipeline, Step

DEFAULT = "speech"


def presets() -> dict[str, Pipeline]:
    """Recipe name -> pipeline; names are i18n keys ``audio.preset.<name>``."""
    return {
        "speech": Pipeline(
            (
                Step.make("gain", 0.8, gain_db=(-9.0, 3.0)),
                Step.make("background_noise", 0.7, noise="noise_babble", snr_db=(5.0, 20.0)),
                Step.make("reverb", 0.5, room_size_m=(3.0, 15.0), wet=(0.2, 0.5)),
                Step.make("band_pass", 0.3, center_hz=(900.0, 1100.0), bandwidth=(3.0, 3.5)),
            )
        ),
        "specaugment": Pipeline(
            (
                Step.make("time_mask", 1.0, n_masks=(1, 2), max_width=(0.05, 0.1)),
                Step.make("freq_mask", 1.0, n_masks=(1, 2), max_width=(0.05, 0.15)),
            )
        ),
        "pitch_time": Pipeline(
            (
                Step.make("pitch_shift", 0.8, semitones=(-4.0, 4.0)),
                Step.make("time_stretch", 0.8, stretch_rate=(0.8, 1.25)),
            )
        ),
        "lofi": Pipeline(
            (
                Step.make("band_pass", 1.0, center_hz=(1000.0, 1500.0), bandwidth=(2.0, 3.0)),
                Step.make("distortion", 0.7, drive_db=(6.0, 18.0)),
                Step.make("bit_crush", 0.7, bits=(5, 8)),
                Step.make("gaussian_noise", 0.8, snr_db=(15.0, 25.0)),
            )
        ),
        "loudness": Pipeline(
            (
                Step.make("gain", 1.0, gain_db=(-12.0, 12.0)),
                Step.make("clipping", 0.5, percentile=(5.0, 20.0)),
            )
        ),
    }
