"""Compression studio: the method picker, its settings and the guide to every method.

Everything comes from the registry (``playground.compress.methods``): the options,
their labels, explanations and API status. Settings a chosen method does not read are
shown disabled rather than hidden, so their values survive while the student explores.
"""

from __future__ import annotations

import streamlit as st

from playground.compress.methods import METHODS, MethodSettings, get_method
from playground.ui import current_language, global_settings, t

DEFAULT_METHODS = ["fp16", "dyn_int8_ao", "wo_int8", "fused_static_int8", "prune_magnitude"]
CALIBRATION_SIZES = (8, 16, 32, 64, 128, 256, 512, 1024)
STATUS_BADGE = {"core": "gray", "torchao": "green", "deprecated": "orange", "unavailable": "red"}


def method_label(method_id: str) -> str:
    return t(f"compress.method.{method_id}")


def status_badge(method_id: str) -> str:
    status = get_method(method_id).status()
    text = status.label(current_language()).replace("[", "(").replace("]", ")")
    return f":{STATUS_BADGE[status.kind]}-badge[{text}]"


def pick_methods() -> tuple[list[str], MethodSettings]:
    """The multiselect (``compress.methods``) and the knobs of the chosen methods."""
    choices = [m.id for m in METHODS if m.id != "fp32" and m.status().available]
    if "compress.methods" not in st.session_state:
        st.session_state["compress.methods"] = [m for m in DEFAULT_METHODS if m in choices]
    # Labels are computed now, not inside format_func: AppTest calls format_func outside the script run.
    labels = {method_id: method_label(method_id) for method_id in choices}
    observers = {o: t(f"compress.observer.{o}") for o in ("per_channel", "per_tensor")}
    scopes = {s: t(f"compress.scope.{s}") for s in ("global", "layer")}
    chosen = st.multiselect(
        t("compress.methods"), choices, key="compress.methods", format_func=labels.__getitem__,
        help=t("compress.methods_help"), placeholder=t("compress.methods_placeholder"),
    )  # fmt: skip
    unavailable = [m for m in METHODS if not m.status().available]
    for method in unavailable:
        st.caption(t("compress.unavailable_note", method=method_label(method.id),
                     reason=method.status().label(current_language())))  # fmt: skip
    uses = {use for method_id in chosen for use in get_method(method_id).uses}
    with st.container(border=True):
        st.markdown(f"**{t('compress.settings')}**")
        c1, c2, c3 = st.columns(3)
        calib = c1.select_slider(t("compress.calib_size"), CALIBRATION_SIZES, value=256, key="compress.calib_size",
                                 disabled="calib" not in uses, help=t("compress.calib_help"))  # fmt: skip
        observer = c1.radio(t("compress.observer"), ["per_channel", "per_tensor"], key="compress.observer",
                            format_func=observers.__getitem__, horizontal=True,
                            disabled="observer" not in uses, help=t("compress.observer_help"))  # fmt: skip
        sparsity = c2.slider(t("compress.sparsity"), 0.0, 0.95, 0.5, 0.05, key="compress.sparsity",
                             disabled="sparsity" not in uses, help=t("compress.sparsity_help"))  # fmt: skip
        scope = c2.radio(t("compress.scope"), ["global", "layer"], key="compress.prune_scope", horizontal=True,
                         format_func=scopes.__getitem__, disabled="scope" not in uses)  # fmt: skip
        channels = c3.slider(t("compress.channels"), 0.0, 0.9, 0.25, 0.05, key="compress.channels",
                             disabled="channels" not in uses, help=t("compress.channels_help"))  # fmt: skip
        finetune = c3.checkbox(t("compress.finetune"), True, key="compress.finetune",
                               disabled="finetune" not in uses, help=t("compress.finetune_help"))  # fmt: skip
    settings = MethodSettings(
        calib_size=int(calib), per_channel=observer == "per_channel", sparsity=float(sparsity),
        prune_scope=str(scope), channel_fraction=float(channels), finetune=bool(finetune),
        seed=global_settings().seed,
    )  # fmt: skip
    return list(chosen), settings


def method_guide() -> None:
    """Every method in the registry: what it does in one line and where its API stands."""
    with st.expander(t("compress.guide"), icon=":material/menu_book:"):
        for method in METHODS:
            st.markdown(f"**{method_label(method.id)}** {status_badge(method.id)}  \n{t(method.explain_key)}")
