"""Compression studio: the method picker, its settings and the guide to every method.

Everything comes from the registry (``playground.compress.methods``): the options,
their labels, explanations, API status and the knobs each method reads (its
``Param``s, drawn by ``param_widget``). Knobs a chosen method does not read are
shown disabled rather than hidden, so their values survive while the student explores.
"""

from __future__ import annotations

import streamlit as st

from playground.compress.methods import (
    CALIB_SIZE,
    CHANNELS,
    FINETUNE,
    METHODS,
    OBSERVER,
    PRUNE_SCOPE,
    SPARSITY,
    MethodSettings,
)
from playground.compress.settings import COMPRESS
from playground.ui import current_language, global_settings, t
from playground.ui.compress.keys import METHODS as METHODS_KEY
from playground.ui.compress.keys import knob_key
from playground.ui.state.table import read_widgets
from playground.ui.widgets import param_widget

STATUS_BADGE = {"core": "gray", "torchao": "green", "deprecated": "orange", "unavailable": "red"}
# Where each knob sits (column, style), in the order the settings box has always shown them.
LAYOUT = ((CALIB_SIZE, 0, "select_slider"), (OBSERVER, 0, "radio"), (SPARSITY, 1, None), (PRUNE_SCOPE, 1, "radio"),
          (CHANNELS, 2, None), (FINETUNE, 2, "checkbox"))  # fmt: skip


def method_label(method_id: str) -> str:
    return t(f"compress.method.{method_id}")


def status_badge(method_id: str) -> str:
    status = METHODS[method_id].api_status()
    text = status.label(current_language()).replace("[", "(").replace("]", ")")
    return f":{STATUS_BADGE[status.kind]}-badge[{text}]"


def _knobs(chosen: list[str]) -> None:
    """The knobs of every method, in three columns; those no chosen method reads are disabled."""
    read = {param.name for method_id in chosen for param in METHODS[method_id].params}
    # Labels are computed now, not inside format_func: AppTest calls format_func outside the script run.
    labels = {o: t(f"compress.observer.{o}") for o in OBSERVER.choices}
    labels |= {s: t(f"compress.scope.{s}") for s in PRUNE_SCOPE.choices}
    with st.container(border=True):
        st.markdown(f"**{t('compress.settings')}**")
        columns = st.columns(3)
        for param, column, style in LAYOUT:
            fmt = labels.__getitem__ if param in (OBSERVER, PRUNE_SCOPE) else None
            param_widget(param, knob_key(param.name), container=columns[column], style=style,
                         format_choice=fmt, disabled=param.name not in read)  # fmt: skip


def pick_methods() -> tuple[list[str], MethodSettings]:
    """The multiselect (``keys.METHODS``) and the knobs of the chosen methods."""
    choices = [name for name, m in METHODS.items() if name != "fp32" and m.api_status().available]
    key = METHODS_KEY
    if key not in st.session_state:
        st.session_state[key] = [m for m in COMPRESS["methods"].param.default if m in choices]
    labels = {method_id: method_label(method_id) for method_id in choices}  # precomputed: see _knobs
    chosen = st.multiselect(
        t("compress.methods"), choices, key=key, format_func=labels.__getitem__,
        help=t("compress.methods_help"), placeholder=t("compress.methods_placeholder"),
    )  # fmt: skip
    for method in METHODS.values():
        if not method.api_status().available:
            st.caption(t("compress.unavailable_note", method=method_label(method.name),
                         reason=method.api_status().label(current_language())))  # fmt: skip
    _knobs(chosen)
    return list(chosen), MethodSettings.from_knobs(read_widgets(COMPRESS), seed=global_settings().seed)


def method_guide() -> None:
    """Every method in the registry: what it does in one line and where its API stands."""
    with st.expander(t("compress.guide"), icon=":material/menu_book:"):
        for method in METHODS.values():
            st.markdown(f"**{method_label(method.name)}** {status_badge(method.name)}  \n{t(method.summary_key)}")
