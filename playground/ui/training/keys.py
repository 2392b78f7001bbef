"""Every session key of the training studio: the table's widget keys by name, and the ones no table holds.

Why one module: a key spelled in two files is a bug waiting for a rename (the
compression studio once read the trained model under its own copy of the
key). The settings' widget keys are declared once, in the state table
(``playground.training.config.TABLE`` and the registries' ``KNOBS``); this
module only names them. Everything else the page keeps (the trainer's id, own
data, the buttons' and charts' keys) is declared here, once. Keys never
change: links, tests and teachers' automation target them.
"""

from __future__ import annotations

from playground.training.config import KNOBS, TABLE

PREFIX = f"{TABLE.prefix}."

# -- settings: named from the state table -------------------------------------------------------------
DATASET, DRAW, LOSS, OPTIMIZER, BATCH_SIZE, SCHEDULER, REG_RATE = (
    TABLE.key(name) for name in ("dataset", "draw", "loss", "optimizer", "batch_size", "scheduler", "reg_rate")
)
WIDTHS, ACTIVATIONS = TABLE.key("widths"), TABLE.key("activations")  # one key per hidden layer: ``<key>.<i>``
LR = next(key for group in KNOBS for name, key in group.own_keys if name == "lr")  # one slider, every optimizer
N_LAYERS = PREFIX + "n_layers"  # how many of the per-layer width / activation keys count


def item_key(list_key: str, index: int) -> str:
    """The key of item ``index`` of a list field (hidden layer ``index``'s width or activation)."""
    return f"{list_key}.{index}"


def width_key(index: int) -> str:
    return item_key(WIDTHS, index)


def activation_key(index: int) -> str:
    return item_key(ACTIVATIONS, index)


# -- the page's memory (not widgets) ------------------------------------------------------------------
CONFIG = PREFIX + "config"  # the last config: survives leaving the page
URL_DONE = PREFIX + "url_loaded"
SEED_FROM_URL = PREFIX + "seed_from_url"  # (link seed, sidebar seed when the link was opened)
LINK_NOTES = PREFIX + "link_notes"  # what the opening link asked for that had to change (shown until dismissed)
# the trainer in the worker pool
SESSION_ID, RUNNING, STRUCTURE, LIVE_CONFIG = (PREFIX + n for n in ("session_id", "running", "structure", "live"))
RUN_CONFIG = PREFIX + "run_config"  # the config of the run being trained (its label when it is kept)
RUNS = PREFIX + "runs"  # finished runs kept for the comparison overlay
TICKS = PREFIX + "ticks"  # how many times the live fragment redrew
# own data: an uploaded CSV and clicked points
OWN_DATA, CLICKS, CLICK_N = PREFIX + "own_data", PREFIX + "clicks", PREFIX + "click_n"
OWN_TASK, OWN_TASK_DATASET = PREFIX + "own_task", PREFIX + "own_task_dataset"
OWN_SELECTED = PREFIX + "own_selected"  # "own data" was the choice (kept: the choice is no link value)
CSV_ERROR, CSV_NOTICES = PREFIX + "csv_error", PREFIX + "csv_notices"
# the hand-off to the compression studio (the contract: ``playground.training.export.TrainedModel``)
TRAINED_MODEL, TRAINED_AT = PREFIX + "trained_model", PREFIX + "trained_at"

# -- widgets the settings table does not hold ---------------------------------------------------------
PRESET, PRESET_APPLY = PREFIX + "preset", PREFIX + "preset_apply"
RESET, PLAY, PAUSE, STEP, STEP_EPOCH = (PREFIX + n for n in ("reset", "play", "pause", "step", "step_epoch"))
RESTART = PREFIX + "restart"  # after a crashed or freed worker
LINK_NOTES_BOX, LINK_NOTES_OK = PREFIX + "link_notes_box", PREFIX + "link_notes_ok"
REGENERATE, SHOW_TEST, LOG_LOSS = PREFIX + "regenerate", PREFIX + "show_test", PREFIX + "log_loss"
CSV_UPLOAD, CSV_EXAMPLE = PREFIX + "csv", PREFIX + "csv_example"
CLICK_CLASS, CLICK_VALUE, CLICK_CLEAR = PREFIX + "click_class", PREFIX + "click_value", PREFIX + "click_clear"
COMPARE, KEEP_RUN = PREFIX + "compare", PREFIX + "keep_run"
COUNTERS = PREFIX + "counters"  # the counters' container (its CSS class styles the metrics)
LIVE_VIEW = PREFIX + "live_view"  # the browser-drawn live view's component (``browser_live``)
CHART_NETWORK, CHART_BOUNDARY, CHART_CURVES, CHART_CONFUSION, CHART_NORMS = (
    f"{PREFIX}chart.{name}" for name in ("network", "boundary", "curves", "confusion", "norms")
)
DL_WEIGHTS, DL_ONNX, DL_HISTORY, DL_CONFIG = (PREFIX + n for n in ("dl_weights", "dl_onnx", "dl_history", "dl_config"))


def click_chart_key(generation: int) -> str:
    """The click grid's key: a new one after each click, so the chart forgets the selection it reported."""
    return f"{PREFIX}click.{generation}"


def css_class(key: str) -> str:
    """The CSS class Streamlit gives a keyed element (dots become dashes)."""
    return "st-key-" + key.replace(".", "-")
