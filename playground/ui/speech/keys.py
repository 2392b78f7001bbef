"""Every session key of the speech lab: the table's widget keys by name, and the ones no table holds.

Why one module: a key spelled in two files drifts. The settings' keys are
declared once, in ``playground.speech.settings.SPEECH``; this module names
them and declares the rest. ``speech.words``, ``speech.augment`` and
``speech.train`` are promised in the issue: tests and teachers' automation
target them, so they never change.
"""

from __future__ import annotations

from playground.speech.settings import SPEECH

PREFIX = f"{SPEECH.prefix}."

# -- settings: named from the state table -------------------------------------------------------------
WORDS, FRONT_END, MODEL, EPOCHS, BATCH, LR, AUGMENT, PIPELINE = (
    SPEECH.key(name) for name in ("words", "front_end", "model", "epochs", "batch_size", "lr", "probability",
                                  "pipeline")
)  # fmt: skip

# -- the page's memory (not widgets) ------------------------------------------------------------------
LINK_READ, LINK_NOTES = PREFIX + "link_read", PREFIX + "link_notes"
SEED_FROM_URL = PREFIX + "seed_from_url"  # (link seed, sidebar seed when the link was opened)
SESSION_ID, RUNNING, JOB_CONFIG = PREFIX + "session_id", PREFIX + "running", PREFIX + "job_config"
JOB_PIPELINE = PREFIX + "job_pipeline"  # the augmented run's pipeline, as JSON
RESULT = PREFIX + "result"  # the finished runs: histories, predictions, weights (plain data)
TICKS = PREFIX + "ticks"

# -- widgets the table does not hold ------------------------------------------------------------------
TRAIN, PAUSE, RESUME = PREFIX + "train", PREFIX + "pause", PREFIX + "resume"
EXAMPLE_VOICE, EXAMPLE_DIGIT, EXAMPLE_AUGMENTED = PREFIX + "ex_voice", PREFIX + "ex_digit", PREFIX + "ex_aug"
CURVE_METRIC = PREFIX + "curve_metric"
CONFUSION_RUN, CONFUSION_SET = PREFIX + "cm_run", PREFIX + "cm_set"
MISTAKES_SET, MISTAKES_RUN = PREFIX + "mis_set", PREFIX + "mis_run"
UPLOAD, MIC = PREFIX + "upload", PREFIX + "mic"
ACCURACY_TABLE, LIVE, VOICE_TABLE = PREFIX + "accuracy", PREFIX + "live", PREFIX + "voices"
CHART_WAVE, CHART_FRONT, CHART_CURVES, CHART_SNR, CHART_CONFUSION, CHART_TRY = (
    f"{PREFIX}chart.{name}" for name in ("wave", "front", "curves", "snr", "confusion", "try")
)
DL_WEIGHTS, DL_ONNX, DL_HISTORY, DL_CONFIG, DL_PIPELINE = (
    PREFIX + n for n in ("dl_weights", "dl_onnx", "dl_history", "dl_config", "dl_pipeline")
)


def run_key(key: str, run: str) -> str:
    """A per-run widget's key (``speech.dl_weights.plain``)."""
    return f"{key}.{run}"
