"""Every session key of the compression studio: the table's widget keys by name, and the few no table holds.

The settings' widget keys are declared once, in ``playground.compress.settings``
(``COMPRESS``); this module only names them. The report, the buttons, charts and
downloads are declared here, once. The trained model handed over by the training
studio is read under the training studio's own key (imported, never respelled),
so a rename there cannot silently empty the picker here. Keys never change:
tests and teachers' automation target them.
"""

from __future__ import annotations

from playground.compress.settings import COMPRESS
from playground.ui.training.keys import TRAINED_MODEL

PREFIX = f"{COMPRESS.prefix}."

# -- settings: named from the state table -------------------------------------------------------------
MODEL, HIDDEN, EPOCHS, METHODS, HIST_ROW, LAYERS_VIEW = (
    COMPRESS.key(name) for name in ("model", "hidden", "epochs", "methods", "hist_row", "layers_view")
)


def knob_key(name: str) -> str:
    """The widget key of a method knob (``sparsity``, ``observer``…): its field in the table."""
    return COMPRESS.key(name)


# -- the page's memory (not widgets) ------------------------------------------------------------------
REPORT = PREFIX + "report"  # the last comparison, plain data: redrawn on any rerun without recomputing
REPORT_MODEL = PREFIX + "report_model"  # which model (and size, seed) the report was made for
TRAINED = TRAINED_MODEL  # the training studio's hand-off (``playground.training.export.TrainedModel``)

# -- widgets the table does not hold ------------------------------------------------------------------
RUN = PREFIX + "run"
HIST_VARIANT, HIST_LAYER = PREFIX + "hist_variant", PREFIX + "hist_layer"  # their options follow the report
RESULTS_TABLE = PREFIX + "table"
FIG_PARETO, FIG_LATENCY, FIG_BOUNDARY, FIG_LAYERS, FIG_HIST = (
    f"{PREFIX}fig_{name}" for name in ("pareto", "latency", "boundary", "layers", "hist")
)
DL_CSV, DL_JSON = PREFIX + "dl_csv", PREFIX + "dl_json"


def download_key(method_id: str) -> str:
    """The download button of one variant's weights."""
    return f"{PREFIX}dl_{method_id}"
