"""Every session key of the audio studio: the table's widget keys by name, and the few no table holds.

Why one module: a key spelled in two places drifts (a test, a teacher's
automation or a kept value then silently misses it). The settings' keys are
declared once, in ``playground.augment.audio.settings.AUDIO_STATE``; this
module only names them for the panels' code and declares the rest once.
Keys and their spelling never move: links, tests and browser automation use them.
"""

from __future__ import annotations

from playground.augment.audio.settings import AUDIO_STATE, WIDGET_PREFIX

# --- settings from the table (kept across page switches, most of them in the link) ---------------
SEED, N_DRAWS, RATE, STEREO, SAMPLE, SOURCE, TRANSFORMS, DIFF, DICE = (
    AUDIO_STATE.key(name) for name in ("seed", "n", "rate", "stereo", "sample", "source", "transforms", "diff", "dice")
)

# --- input panel ------------------------------------------------------------------------------------
UPLOAD, MIC = "audio.upload", "audio.mic"  # the user's own file or recording (kept by ``kept_inputs``)

# --- builder ----------------------------------------------------------------------------------------
PRESET = "audio.preset"  # the recipe menu; reads "keep" again after a recipe is applied
PIPELINE_JSON = "audio.pipeline_json"  # the uploader of a pipeline file
NEW_DICE = "audio.dice.switch"  # the button that moves a recipe-1 pipeline to the current recipe
JSON_ERROR, JSON_LOADED, JSON_NOTES = "audio.pipeline_json_error", "audio.pipeline_json_loaded", "audio.json_notes"

# --- link -------------------------------------------------------------------------------------------
LINK_READ, LINK_ERROR, LINK_NOTES = "audio.link_read", "audio.link_error", "audio.link_notes"

# --- draws, comparison and exports ------------------------------------------------------------------
REROLL = "audio.reroll"
FOCUS = "audio.focus"  # not kept: which draws exist depends on the pipeline
SPECTROGRAM, WAVEFORM = "audio.spec", "audio.wave"
EXPORT_JSON, EXPORT_ZIP, EXPORT_CODE, EXPORT_AM = (
    "audio.export.json", "audio.export.zip", "audio.export.code", "audio.export.am"
)  # fmt: skip


def widget_key(transform: str, param: str) -> str:
    """The builder's widget of one step's setting (``on``, ``p`` or a parameter): ``audio.w.<transform>.<param>``."""
    return f"{WIDGET_PREFIX}{transform}.{param}"


def card_key(index: int) -> str:
    return f"audio.card.{index}"


def card_download_key(index: int) -> str:
    return f"audio.dl.{index}"


def card_thumbnail_key(index: int) -> str:
    return f"audio.thumb.{index}"


def step_thumbnail_key(index: int) -> str:
    return f"audio.step.{index}"
