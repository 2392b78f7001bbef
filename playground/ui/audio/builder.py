"""The pipeline builder: pick transforms in order, switch each on or off, set its p and parameter ranges.

Widgets are drawn from the registry's ``Param``s with ``param_widget``, so a
new transform needs no UI code. The multiselect's order is the pipeline's
order. A recipe or a loaded JSON file writes the widgets' session keys in a
callback (before the widgets are drawn), which is the one place Streamlit
allows it; values a file had to have cleaned are shown as notices. The
pipeline's random recipe (``dice``) is held beside the widgets: a file or
link from before recipe 2 keeps recipe 1, so its draws stay as shared, and
the page says so with a switch to the current recipe.
"""

from __future__ import annotations

import streamlit as st

from playground.augment.audio.pipeline import CURRENT, LEGACY, MAX_STEPS, Pipeline, Step
from playground.augment.audio.presets import PRESETS, preset
from playground.augment.audio.quality import tradeoff_figures
from playground.augment.audio.registry import AUDIO_TRANSFORMS, GROUPS
from playground.augment.audio.spec import AudioTransform
from playground.augment.core import ENABLED
from playground.core.errors import InputError
from playground.core.params import Param
from playground.data.samples import get_sample
from playground.ui import show_input_error, show_notices, t
from playground.ui.audio.keys import DICE as DICE_KEY
from playground.ui.audio.keys import JSON_ERROR as _JSON_ERROR
from playground.ui.audio.keys import JSON_LOADED as _JSON_LOADED
from playground.ui.audio.keys import JSON_NOTES as _JSON_NOTES
from playground.ui.audio.keys import NEW_DICE as NEW_DICE_KEY
from playground.ui.audio.keys import PIPELINE_JSON as JSON_KEY
from playground.ui.audio.keys import PRESET as PRESET_KEY
from playground.ui.audio.keys import TRANSFORMS as TRANSFORMS_KEY
from playground.ui.audio.keys import widget_key
from playground.ui.widgets import param_widget, widget_value

_ORDER = [spec.name for group in GROUPS for spec in AUDIO_TRANSFORMS.in_group(group)]


def load_into_widgets(pipeline: Pipeline) -> None:
    """Write a pipeline into the builder's widget keys (call from a callback or before the widgets)."""
    st.session_state[TRANSFORMS_KEY] = [step.name for step in pipeline.steps]
    st.session_state[DICE_KEY] = pipeline.dice
    for step in pipeline.steps:
        spec = AUDIO_TRANSFORMS[step.name]
        st.session_state[widget_key(step.name, "on")] = step.enabled
        st.session_state[widget_key(step.name, "p")] = float(step.p)
        for param in spec.params:
            st.session_state[widget_key(step.name, param.name)] = widget_value(param, step.params[param.name])


def _apply_preset() -> None:
    name = st.session_state.get(PRESET_KEY)
    if name and name != "keep":
        load_into_widgets(preset(name))
    st.session_state[PRESET_KEY] = "keep"


def _load_json() -> None:
    for key in (_JSON_ERROR, _JSON_NOTES):
        st.session_state.pop(key, None)
    uploaded = st.session_state.get(JSON_KEY)
    if uploaded is None:
        return
    try:
        loaded = Pipeline.read_json(uploaded.getvalue())
    except InputError as error:
        st.session_state[_JSON_ERROR] = error
        return
    load_into_widgets(loaded.value)
    st.session_state[_JSON_LOADED] = len(loaded.value.steps)
    st.session_state[_JSON_NOTES] = loaded.notes


def choice_label(param: Param, value: str) -> str:
    """A choice as the page words it: a noise by its sample's title, a roll-off in dB per octave."""
    if param.name == "noise":
        return t(get_sample(value).title_key)
    if param.name == "rolloff":
        return t("audio.choice.rolloff", db=value)
    return t(f"audio.choice.{value}")


def _step_panel(index: int, spec: AudioTransform) -> Step:
    """One expander per step: what it does, its switch, its coin p, then its parameters in two columns."""
    with st.expander(t("audio.step_label", n=index, title=t(spec.title_key)), expanded=index == 1):
        st.caption(t(spec.summary_key))
        on = param_widget(ENABLED, widget_key(spec.name, "on"), label=t("audio.step_on"), help=t("audio.step_on_help"))
        p = param_widget(spec.p_param, widget_key(spec.name, "p"), label=t("audio.p"), help=t("audio.p_help"))
        columns = st.columns(2)
        settings = {
            param.name: param_widget(param, widget_key(spec.name, param.name), container=columns[i % 2],
                                     format_choice=lambda value, param=param: choice_label(param, value))
            for i, param in enumerate(spec.params)
        }  # fmt: skip
        if "method" in settings:
            st.caption(t("audio.method_tradeoff", **_tradeoff()))
    return Pipeline.step(spec.name, p, enabled=on, **settings)


@st.cache_resource(show_spinner=False)
def _tradeoff() -> dict[str, float]:
    """The two methods measured once per server (~0.1 s): read-only figures, shared by every session."""
    return tradeoff_figures()


def _transform_label(name: str) -> str:
    spec = AUDIO_TRANSFORMS[name]
    return f"{t(spec.title_key)} · {t('audio.group.' + spec.group)}"


def _chip(step: Step) -> str:
    title = t(AUDIO_TRANSFORMS[step.name].title_key)
    return f":orange-badge[{title} · p = {step.p:g}]" if step.enabled else f":gray-badge[~~{title}~~]"


def _use_current_dice() -> None:
    st.session_state[DICE_KEY] = CURRENT


def _dice_notice() -> None:
    """A recipe-1 pipeline (a file or link from before recipe 2): why its draws are kept, and the way out."""
    text, button = st.columns([4, 1], vertical_alignment="center")
    text.info(t("audio.dice.legacy", old=LEGACY, new=CURRENT), icon=":material/history:")
    button.button(t("audio.dice.switch", new=CURRENT), key=NEW_DICE_KEY, on_click=_use_current_dice,
                  help=t("audio.dice.switch_help"))  # fmt: skip


def render_builder() -> Pipeline:
    """Draw the builder and return the pipeline it describes."""
    recipe, load = st.columns([1, 1])
    recipe.selectbox(t("audio.preset"), ["keep", *PRESETS], key=PRESET_KEY, on_change=_apply_preset,
                     format_func=lambda name: t(f"audio.preset.{name}"))  # fmt: skip
    with load.popover(t("audio.load_json"), icon=":material/upload:", use_container_width=True):
        st.file_uploader(t("audio.load_json"), type=["json"], key=JSON_KEY, on_change=_load_json,
                         label_visibility="collapsed")  # fmt: skip
    if st.session_state.get(_JSON_ERROR) is not None:
        show_input_error(st.session_state[_JSON_ERROR])
    elif st.session_state.get(_JSON_LOADED):
        st.success(t("audio.loaded_json", n=st.session_state[_JSON_LOADED]), icon=":material/check:")
        show_notices(st.session_state.get(_JSON_NOTES, ()))
    names = st.multiselect(t("audio.transforms"), _ORDER, key=TRANSFORMS_KEY, help=t("audio.transforms_help"),
                           format_func=_transform_label, max_selections=MAX_STEPS)  # fmt: skip
    steps = [_step_panel(index, AUDIO_TRANSFORMS[name]) for index, name in enumerate(names, start=1)]
    if steps:
        st.markdown(t("audio.pipeline_strip", steps=" → ".join(_chip(step) for step in steps)))
    dice = int(st.session_state.get(DICE_KEY, CURRENT))
    if dice == LEGACY:
        _dice_notice()
    return Pipeline(tuple(steps), dice=dice)
