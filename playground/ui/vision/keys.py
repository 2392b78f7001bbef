"""Every session key of the vision lab: the state table's widget keys by name, and the keys no table holds.

Why one module: a key spelled in two files is a bug waiting for a rename.
The settings' keys come from the table (``playground.vision.settings.VISION``);
everything else the page keeps (the job, its result, the gallery's choice,
buttons, uploads, downloads) is spelled here once. Keys never change: links,
tests and teachers' automation target them.
"""

from __future__ import annotations

from playground.vision.settings import VISION

PREFIX = f"{VISION.prefix}."

# -- settings: named from the state table -------------------------------------------------------------
DATASET, TRAIN_SIZE, MODEL, EPOCHS, BATCH, LR, AUGMENT, AUG_P, SOURCE, PIPE = (
    VISION.key(name)
    for name in ("dataset", "train_size", "model", "epochs", "batch_size", "lr", "augment", "aug_p", "source", "pipe")
)

# -- the page's memory (not widgets) ------------------------------------------------------------------
URL_DONE, LINK_NOTES, LINK_ERROR = PREFIX + "url_loaded", PREFIX + "link_notes", PREFIX + "link_error"
JOB_ID, JOB_SPEC, RUNNING = PREFIX + "job_id", PREFIX + "job_spec", PREFIX + "running"
STARTED_AT = PREFIX + "started_at"  # the report request sent right after the last Start (older reports are stale)
RESULT = PREFIX + "result"  # the finished job's detail report (weights included), for inspection and exports
SELECTED = PREFIX + "selected"  # (test set, index) of the example opened from the gallery

# -- the lab's own pipeline editor: one key per chosen step and knob -----------------------------------
EDIT_PREFIX = PREFIX + "edit."
EDIT_STEPS = EDIT_PREFIX + "steps"


def edit_key(transform: str, knob: str) -> str:
    """The editor's widget for ``knob`` (``p`` or a parameter) of the step ``transform``."""
    return f"{EDIT_PREFIX}{transform}.{knob}"


# -- buttons and views -----------------------------------------------------------------------------------
TRAIN, PAUSE, RESUME, RESET = PREFIX + "train", PREFIX + "pause", PREFIX + "resume", PREFIX + "reset"
LIVE = PREFIX + "live"  # the live view's container
ACC_PLAIN, ACC_AUGMENTED = PREFIX + "acc.plain", PREFIX + "acc.augmented"  # the two accuracy tables
CONF_SET = PREFIX + "conf_set"
GALLERY_SET, GALLERY_RUN = PREFIX + "gallery_set", PREFIX + "gallery_run"
EXAMPLE = PREFIX + "example"  # the opened example's container
INSIDE_RUN, INSIDE_SET, INSIDE_INDEX = (PREFIX + n for n in ("inside_run", "inside_set", "inside_index"))
OWN_SOURCE, UPLOAD, CAMERA = PREFIX + "own_source", PREFIX + "upload", PREFIX + "camera"
DL_HISTORY = PREFIX + "dl.history"


def wrong_button(index: int) -> str:
    """The gallery's button under misclassified example ``index`` (its position in the gallery)."""
    return f"{PREFIX}wrong.{index}"


def download_key(run: str, kind: str) -> str:
    """A run's download button: ``weights`` or ``onnx``."""
    return f"{PREFIX}dl.{run}.{kind}"


CHART_CURVES, CHART_TIMES, CHART_ACCURACY, CHART_CONFUSION, CHART_PROBS, CHART_OWN = (
    f"{PREFIX}chart.{name}" for name in ("curves", "times", "accuracy", "confusion", "probs", "own")
)
# the hand-off to the compression studio (duck-typed ``playground.training.export.TrainedModel``): the augmented run
TRAINED_MODEL = PREFIX + "trained_model"
