"""The pipeline editor: widgets drawn from each transform's parameters with ``param_widget``.

Why generated: every parameter is a ``playground.core.params.Param`` (kind,
bounds, step, label key), so one function draws every parameter of every
transform, and a new transform needs no UI code. A transform may override a
shared parameter label (``image.param.<transform>.<name>``); the spec has
already chosen the key.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from playground.augment.image.pipeline import MAX_STEPS
from playground.augment.image.presets import PRESETS
from playground.augment.image.registry import GROUPS, IMAGE_TRANSFORMS
from playground.ui import t
from playground.ui.image import keys, state
from playground.ui.widgets import param_widget


def title(name: str) -> str:
    return t(IMAGE_TRANSFORMS[name].title_key)


def _seed_widget(key: str, value: Any) -> None:
    if key not in st.session_state:
        st.session_state[key] = list(value) if isinstance(value, tuple) else value


def _option(value: str) -> str:
    return t(f"image.opt.{value}")


def step_settings(row: dict[str, Any]) -> None:
    """Probability and parameters of one step; values flow back into ``row`` (cleaned, so links replay exactly)."""
    spec = IMAGE_TRANSFORMS[row["name"]]
    p_key = keys.step_widget(row["id"], "p")
    _seed_widget(p_key, row["p"])
    row["p"] = spec.p_param.clamp(param_widget(spec.p_param, p_key, label=t("image.p"), help=t("image.p_help")))
    for param in spec.params:
        key = keys.step_widget(row["id"], param.name)
        _seed_widget(key, row["params"].get(param.name, param.default))
        value = param_widget(param, key, format_choice=_option, style="segmented")
        row["params"][param.name] = param.clamp(value)


def _step_card(row: dict[str, Any], position: int, count: int) -> None:
    spec = IMAGE_TRANSFORMS[row["name"]]
    with st.container(border=True):
        head, up, down, remove = st.columns([6, 1, 1, 1], vertical_alignment="center")
        on_key = keys.step_widget(row["id"], "on")
        _seed_widget(on_key, row["enabled"])
        row["enabled"] = head.toggle(f"**{position + 1}. {title(row['name'])}**", key=on_key)
        up.button(
            "",
            icon=":material/arrow_upward:",
            key=keys.step_button("up", row["id"]),
            disabled=position == 0,
            on_click=state.move_step,
            args=(row["id"], -1),
            help=t("image.move_up"),
            type="tertiary",
        )
        down.button(
            "",
            icon=":material/arrow_downward:",
            key=keys.step_button("down", row["id"]),
            disabled=position == count - 1,
            on_click=state.move_step,
            args=(row["id"], 1),
            help=t("image.move_down"),
            type="tertiary",
        )
        remove.button(
            "",
            icon=":material/delete:",
            key=keys.step_button("remove", row["id"]),
            on_click=state.remove_step,
            args=(row["id"],),
            help=t("image.remove"),
            type="tertiary",
        )
        st.caption(t(spec.summary_key))
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
    if not state.rows(keys.QUICK_STEPS):
        state.choose_quick(keys.QUICK_NAME)  # the transform picked before, or IMAGE_STATE's default
    _transform_picker(keys.QUICK_NAME, t("image.quick_pick"), on_change=state.choose_quick, args=(keys.QUICK_NAME,))
    row = state.rows(keys.QUICK_STEPS)[0]
    st.caption(t(IMAGE_TRANSFORMS[row["name"]].summary_key))
    step_settings(row)


def pipeline_editor() -> None:
    """Presets, the list of steps with their controls, and the 'add a step' row."""
    left, right = st.columns([3, 2], vertical_alignment="bottom")
    left.selectbox(t("image.preset"), list(PRESETS), format_func=lambda n: t(f"image.preset.{n}"), key=keys.PRESET)
    right.button(
        t("image.load_preset"),
        key=keys.LOAD_PRESET,
        on_click=state.load_preset,
        args=(keys.PRESET,),
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
        _transform_picker(keys.ADD_NAME, t("image.add_pick"))
    right.button(
        t("image.add"),
        key=keys.ADD,
        on_click=lambda: state.add_step(st.session_state[keys.ADD_NAME]),
        icon=":material/add:",
        disabled=len(items) >= MAX_STEPS,
        width="stretch",
        type="primary",
    )
