"""Messages for engine errors and notices, and the one widget that draws any ``Param``.

Why here: the engine raises typed errors that carry text in both languages
(``playground.core.errors.InputError``); this is the one place that shows them,
so every page words a bad upload the same way and never shows a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

import streamlit as st

from playground.core.params import Param
from playground.i18n import translate
from playground.ui.i18n import current_language, t


class _Translatable:  # structural type: anything with message(language)
    def message(self, language: str) -> str: ...  # pragma: no cover


def show_input_error(error: _Translatable, *, name: str | None = None) -> None:
    """Show what was wrong with an input and what is accepted, as ``st.error``."""
    language = current_language()
    text = error.message(language)
    if name:
        text = translate("common.file_prefix", language, name=name) + " " + text
    st.error(text, icon=":material/error:")


def show_notices(notices: Iterable[_Translatable]) -> None:
    """Show non-fatal notices (trimmed audio, downscaled image) as ``st.info``."""
    language = current_language()
    for notice in notices:
        st.info(notice.message(language), icon=":material/info:")


# --- one widget for any Param ------------------------------------------------------------------

# How a page may ask for a choice or a switch to look (the value and its cleaning do not change).
WidgetStyle = Literal["radio", "select_slider", "segmented", "checkbox"]


def param_widget(  # noqa: PLR0911 (one return per kind of widget)
    param: Param,
    key: str,
    *,
    label: str | None = None,
    help: str | None = None,
    format_choice: Callable[[str], str] | None = None,
    container: Any = None,
    disabled: bool = False,
    style: WidgetStyle | None = None,
) -> Any:
    """Draw the widget that fits ``param`` under ``key`` and return its (cleaned) value.

    Why one function: every studio's knobs are ``Param``s, so a slider for a
    rotation range, a learning rate or a sparsity is drawn by the same rule
    (log-scaled rates are typed, ranges are two-handled sliders, choices are
    select boxes). The widget's value is seeded from the default the first
    time, and anything that was put into the key from a link or a file is
    cleaned first, so the widget never receives a value it would refuse.
    ``style`` draws a choice as a horizontal radio, a select slider or a
    segmented control, or a switch as a checkbox, where a page has always shown it so.
    """
    box = st if container is None else container
    state = st.session_state
    state[key] = widget_value(param, param.clamp(state[key]) if key in state else param.default)
    text = label if label is not None else t(param.label_key or param.name)
    helptext = help if help is not None else (t(param.help_key) if param.help_key else None)
    if param.kind == "bool":
        draw = box.checkbox if style == "checkbox" else box.toggle
        return draw(text, key=key, help=helptext, disabled=disabled)
    if param.kind == "choice":
        fmt = format_choice or str
        if style == "radio":
            return box.radio(text, param.choices, key=key, format_func=fmt, help=helptext, disabled=disabled,
                             horizontal=True)  # fmt: skip
        if style == "segmented":  # a control the user deselected holds None: the default stands for it
            chosen = box.segmented_control(text, param.choices, key=key, format_func=fmt, help=helptext,
                                           disabled=disabled)  # fmt: skip
            return param.default if chosen is None else chosen
        draw = box.select_slider if style == "select_slider" else box.selectbox
        return draw(text, param.choices, key=key, format_func=fmt, help=helptext, disabled=disabled)
    if param.kind == "multi":
        fmt = format_choice or str
        return tuple(box.multiselect(text, param.choices, key=key, format_func=fmt, help=helptext, disabled=disabled))
    if param.kind == "text":
        return box.text_input(text, key=key, help=helptext, disabled=disabled)
    low, high = param.low, param.high
    if low is None or high is None or param.kind == "list":
        raise ValueError(f"param {param.name!r} of kind {param.kind} has no widget (bounds missing)")
    if param.kind in ("int", "int_range"):
        step = max(1, int(param.step or 1))
        if param.odd:
            step = 2
        value = box.slider(text, int(low), int(high), step=step, key=key, help=helptext, disabled=disabled)
        return tuple(value) if param.kind == "int_range" else value
    if param.log and param.kind == "float":  # spans decades: typing beats a slider
        return box.number_input(
            text, float(low), float(high), step=float(param.step or low or 1e-3), format="%.5g", key=key,
            help=helptext, disabled=disabled,
        )  # fmt: skip
    step = float(param.step or 0.01)
    shown = "%.0f" if step >= 1 else "%.1f" if step >= 0.1 else "%.2f" if step >= 0.01 else "%.3f"
    value = box.slider(text, float(low), float(high), step=step, format=shown, key=key, help=helptext,
                       disabled=disabled)  # fmt: skip
    return tuple(value) if param.kind == "range" else value


def widget_value(param: Param, value: Any) -> Any:
    """What a widget holds for a value: lists for ranges and multiselects (Streamlit compares them so)."""
    if param.kind in ("range", "int_range", "multi", "list"):
        return list(value)
    if param.kind == "float":
        return float(value)
    return value
