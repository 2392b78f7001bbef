"""The pipeline editor: widgets generated from each transform's parameter specs.

Why generated: ``playground.augment.core.ParamSpec`` says kind, bounds and
step, so one function draws every parameter of every transform, and a new
transform needs no UI code. Labels come from the catalogue: a transform may
override a shared parameter label (``image.param.<transform>.<name>``).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from playground.augment.core import ParamSpec, TransformSpec
from playground.augment.image.pipeline import MAX_STEPS
from playground.augment.image.presets import PRESETS
from playground.augment.image.registry import GROUPS, IMAGE_TRANSFORMS
from playground.i18n import all_strings
from playground.ui import t
from playground.ui.image import state

ADD_NAME = "image.add_name"
PRESET = "image.preset"
LOAD_JSON = "image.load_json"


def title(name: str) -> str:
    return t(IMAGE_TRANSFORMS[name].title_key)


def param_label(spec: TransformSpec, param: ParamSpec) -> str:
    specific = f"image.param.{spec.name}.{param.name}"
    return t(specific if specific in all_strings() else f"image.param.{param.name}")


def _widget(spec: TransformSpec, param: ParamSpec, key: str) -> Any:
    label = param_label(spec, param)
    if param.kind == "bool":
        return st.checkbox(label, key=key)
    if param.kind == "choice":
        return st.segmented_control(label, param.options, format_func=lambda o: t(f"image.opt.{o}"), key=key)
    if param.kind in ("int", "int_range"):
        return st.slider(label, int(param.low), int(param.high), step=int(param.step or 1), key=key)
    step = float(param.step or 0.01)
    shown = "%.0f" if step >= 1 else "%.1f" if step >= 0.1 else "%.2f" if step >= 0.01 else "%.3f"
    return st.slider(label, float(param.low), float(param.high), step=step, format=shown, key=key)


def _seed_widget(key: str, value: Any) -> None:
    if key not in st.session_state:
        st.session_state[key] = list(value) if isinstance(value, tuple) else value


def step_settings(row: dict[str, Any]) -> None:
    """Probability and parameters of one step; values flow back into ``row``."""
    spec = IMAGE_TRANSFORMS[row["name"]]
    p_key = state.widget_key(row["id"], "p")
    _seed_widget(p_key, row["p"])
    row["p"] = st.slider(t("image.p"), 0.0, 1.0, step=0.05, key=p_key, help=t("image.p_help"))
    for param in spec.params:
        key = state.widget_key(row["id"], param.name)
        _seed_widget(key, row["params"].get(param.name, param.default))
        value = _widget(spec, param, key)
        row["params"][param.name] = param.clean(param.default if value is None else value)


def _step_card(row: dict[str, Any], position: int, count: int) -> None:
    spec = IMAGE_TRANSFORMS[row["name"]]
    with st.container(border=True):
        head, up, down, remove = st.columns([6, 1, 1, 1], vertical_alignment="center")
        on_key = state.widget_key(row["id"], "on")
        _seed_widget(on_key, row["enabled"])
        row["enabled"] = head.toggle(f"**{position + 1}. {title(row['name'])}**", key=on_key)
        up.button(
            "",
            icon=":material/arrow_upward:",
            key=f"image.up.{row['id']}",
            disabled=position == 0,
            on_click=state.move_step,
            args=(row["id"], -1),
            help=t("image.move_up"),
            type="tertiary",
        )
        down.button(
            "",
            icon=":material/arrow_downward:",
            key=f"image.down.{row['id']}",
            disabled=position == count - 1,
            on_click=state.move_step,
            args=(row["id"], 1),
            help=t("image.move_down"),
            type="tertiary",
        )
        remove.button(
            "",
            icon=":material/delete:",
            key=f"image.remove.{row['id']}",
            on_click=state.remove_step,
            args=(row["id"],),
            help=t("image.remove"),
            type="tertiary",
        )
        st.caption(t(spec.explain_key))
        with st.expander(t("image.settings", p=row["p"]), expanded=False):
            step_settings(row)


def _transform_picker(key: str, label: str, **kwargs: Any) -> str:
    names = [spec.name for group in GROUPS for spec in IMAGE_TRANSFORMS.in_group(group)]
    return st.selectbox(
        label,
        names,
        format_func=lambda n: f"{t('image.group.' + IMAGE_TRANSFORMS[n].group)} · {title(n)}",
        key=key,
        **kwargs,
    )


def quick_mode() -> None:
    """Beginner mode: one transform, always applied (p = 1), its settings in view."""
    if not state.rows(state.QUICK_STEPS):
        st.session_state.setdefault(state.QUICK_NAME, "rotate")
        state.choose_quick(state.QUICK_NAME)
    _transform_picker(state.QUICK_NAME, t("image.quick_pick"), on_change=state.choose_quick, args=(state.QUICK_NAME,))
    row = state.rows(state.QUICK_STEPS)[0]
    st.caption(t(IMAGE_TRANSFORMS[row["name"]].explain_key))
    step_settings(row)


def pipeline_editor() -> None:
    """Presets, the list of steps with their controls, and the 'add a step' row."""
    left, right = st.columns([3, 2], vertical_alignment="bottom")
    left.selectbox(t("image.preset"), list(PRESETS), format_func=lambda n: t(f"image.preset.{n}"), key=PRESET)
    right.button(
        t("image.load_preset"),
        key="image.load_preset",
        on_click=state.load_preset,
        args=(PRESET,),
        icon=":material/playlist_add_check:",
        width="stretch",
    )
    items = state.rows()
    if not items:
        st.info(t("image.empty_pipeline"), icon=":material/info:")
    for position, row in enumerate(items):
        _step_card(row, position, len(items))
    left, right = st.columns([3, 2], vertical_alignment="bottom")
    with left:
        _transform_picker(ADD_NAME, t("image.add_pick"))
    right.button(
        t("image.add"),
        key="image.add",
        on_click=lambda: state.add_step(st.session_state[ADD_NAME]),
        icon=":material/add:",
        disabled=len(items) >= MAX_STEPS,
        width="stretch",
        type="primary",
    )
