"""The compression studio's settings, declared once: the model and its size, the methods, their knobs, the views.

Why a table (``playground.core.state_table``): the page used to list its kept
keys by hand next to widgets that declared their own ranges and defaults,
and the method knobs had three names each (a ``uses`` token, a
``MethodSettings`` field, a widget key). Now each setting is one ``Field``:
the method knobs are the methods' own ``Param``s (``methods.KNOBS``), the
rest are declared here, and the page derives the widgets' defaults and the
values kept across a page switch from this table. The studio writes no link,
so no field has a URL name.
"""

from __future__ import annotations

from playground.compress.methods import KNOBS, METHODS
from playground.compress.models import BUILTINS
from playground.core.params import Param
from playground.core.state_table import Field, StateTable

TRAINED = "trained"  # the model from the training page, offered when there is one
WIDTHS = ("16", "32", "64", "128", "256", "512")  # hidden widths, as the slider shows them
DEFAULT_METHODS = ("fp16", "dyn_int8_ao", "wo_int8", "fused_static_int8", "prune_magnitude")

MODEL = Param("model", "choice", "digits_mlp", choices=(TRAINED, *BUILTINS), label_key="compress.model")
HIDDEN = Param("hidden", "choice", "128", choices=WIDTHS, label_key="compress.hidden")
EPOCHS = Param("epochs", "int", 12, low=2, high=30, label_key="compress.epochs")  # ~97% on digits in a few seconds
CHOOSABLE = tuple(name for name in METHODS if name != "fp32")  # fp32 is always the reference
CHOSEN = Param("methods", "multi", DEFAULT_METHODS, choices=CHOOSABLE, label_key="compress.methods",
               help_key="compress.methods_help")  # fmt: skip
HIST_ROW = Param("hist_row", "bool", False, label_key="compress.hist_row", help_key="compress.hist_row_help")
LAYERS_VIEW = Param(
    "layers_view", "choice", "outputs", choices=("outputs", "weights"), label_key="compress.layers_view"
)

COMPRESS = StateTable(
    "compress",
    (
        Field(MODEL),
        Field(HIDDEN),
        Field(EPOCHS),
        Field(CHOSEN),
        *(Field(knob) for knob in KNOBS),
        Field(HIST_ROW),
        Field(LAYERS_VIEW),
    ),
)
