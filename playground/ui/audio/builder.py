"""The pipeline builder: pick transforms in order, set each one's p and parameter ranges.

Widgets are generated from the registry's parameter specs, so a new
transform needs no UI code. The multiselect's order is the pipeline's order.
A recipe or a loaded JSON file writes the widgets' session keys in a callback
(before the widgets are drawn), which is the one place Streamlit allows it.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from playground.augment.audio.pipeline import MAX_STEPS, Pipeline, Step
from playground.augment.audio.presets import DEFAULT, presets
from playground.augment.audio.registry import GROUPS, REGISTRY, TRANSFORMS
from playground.augment.audio.spec import ParamSpec, TransformSpec
from playground.core.errors import InputError
from playground.data.samples import get_sample
from playground.ui import show_input_error, t

TRANSFORMS_KEY, PRESET_KEY, JSON_KEY = "audio.transforms", "audio.preset", "audio.pipeline_json"
_JSON_ERROR, _JSON_LOADED = "audio.pipeline_json_error", "audio.pipeline_json_loaded"
_ORDER = [spec.name for group in GROUPS for spec in TRANSFORMS if spec.group == group]


WIDGET_PREFIX = "audio.w."


def widget_key(transform: str, param: str) -> str:
    return f"{WIDGET_PREFIX}{transform}.{param}"


def _widget_value(param: ParamSpec, setting: Any) -> Any:
    if param.kind == "range":
        return (float(setting[0]), float(setting[1]))
    if param.kind == "int_range":
        return (int(setting[0]), int(setting[1]))
    return setting


def load_into_widgets(pipeline: Pipeline) -> None:
    """Write a pipeline into the builder's widget keys (call from a callback or before the widgets)."""
    st.session_state[TRANSFORMS_KEY] = [step.name for step in pipeline.steps]
    for step in pipeline.steps:
        st.session_state[widget_key(step.name, "p")] = float(step.p)
        for param in REGISTRY[step.name].params:
            st.session_state[widget_key(step.name, param.name)] = _widget_value(param, step.settings[param.name])


def _apply_preset() -> None:
    name = st.session_state.get(PRESET_KEY)
    if name and name != "keep":
        load_into_widgets(presets()[name])
    st.session_state[PRESET_KEY] = "keep"


def _load_json() -> None:
    st.session_state.pop(_JSON_ERROR, None)
    uploaded = st.session_state.get(JSON_KEY)
    if uploaded is None:
        return
    try:
        pipeline = Pipeline.from_json(uploaded.getvalue())
    except InputError as error:
        st.session_state[_JSON_ERROR] = error
        return
    load_into_widgets(pipeline)
    st.session_state[_JSON_LOADED] = len(pipeline.steps)


def _choice_label(param: ParamSpec, value: str) -> str:
    if param.name == "noise":
        return t(get_sample(value).title_key)
    if param.name == "rolloff":
        return t("audio.choice.rolloff", db=value)
    return t(f"audio.choice.{value}")


def _param_widget(spec: TransformSpec, param: ParamSpec, column: Any) -> Any:
    key = widget_key(spec.name, param.name)
    st.session_state.setdefault(key, _widget_value(param, param.default))
    label = t(param.label_key)
    if param.kind == "range":
        return column.slider(label, float(param.low), float(param.high), step=float(param.step), key=key,
                             help=t("audio.range_help"))  # fmt: skip
    if param.kind == "int_range":
        return column.slider(label, int(param.low), int(param.high), step=1, key=key, help=t("audio.range_help"))
    if param.kind == "choice":
        return column.selectbox(label, param.choices, key=key, format_func=lambda v: _choice_label(param, v))
    return column.toggle(label, key=key)


def _step_panel(index: int, spec: TransformSpec) -> Step:
    """One expander per step: what it does, its coin p, then its parameters in two columns."""
    with st.expander(t("audio.step_label", n=index, title=t(spec.title_key)), expanded=index == 1):
        st.caption(t(spec.help_key))
        p_key = widget_key(spec.name, "p")
        st.session_state.setdefault(p_key, float(spec.p))
        p = st.slider(t("audio.p"), 0.0, 1.0, step=0.05, key=p_key, help=t("audio.p_help"))
        columns = st.columns(2)
        settings = {param.name: _param_widget(spec, param, columns[i % 2]) for i, param in enumerate(spec.params)}
    return Step.make(spec.name, p, **settings)


def _transform_label(name: str) -> str:
    spec = REGISTRY[name]
    return f"{t(spec.title_key)} · {t('audio.group.' + spec.group)}"


def render_builder() -> Pipeline:
    """Draw the builder and return the pipeline it describes."""
    if TRANSFORMS_KEY not in st.session_state:
        load_into_widgets(presets()[DEFAULT])
    recipe, load = st.columns([1, 1])
    recipe.selectbox(t("audio.preset"), ["keep", *presets()], key=PRESET_KEY, on_change=_apply_preset,
                     format_func=lambda name: t(f"audio.preset.{name}"))  # fmt: skip
    with load.popover(t("audio.load_json"), icon=":material/upload:", use_container_width=True):
        st.file_uploader(t("audio.load_json"), type=["json"], key=JSON_KEY, on_change=_load_json,
                         label_visibility="collapsed")  # fmt: skip
    if st.session_state.get(_JSON_ERROR) is not None:
        show_input_error(st.session_state[_JSON_ERROR])
    elif st.session_state.get(_JSON_LOADED):
        st.success(t("audio.loaded_json", n=st.session_state[_JSON_LOADED]), icon=":material/check:")
    names = st.multiselect(t("audio.transforms"), _ORDER, key=TRANSFORMS_KEY, help=t("audio.transforms_help"),
                           format_func=_transform_label, max_selections=MAX_STEPS)  # fmt: skip
    steps = [_step_panel(index, REGISTRY[name]) for index, name in enumerate(names, start=1)]
    if steps:
        chips = " → ".join(f":orange-badge[{t(REGISTRY[s.name].title_key)} · p = {s.p:g}]" for s in steps)
        st.markdown(t("audio.pipeline_strip", steps=chips))
    return Pipeline(tuple(steps))
