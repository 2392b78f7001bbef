"""Gradient descent step by step: a 1-D function, a start, a learning rate, and every update's numbers."""

from __future__ import annotations

import streamlit as st

from playground.optim.descent import FUNCTIONS, LR_RANGE, PRESETS, Trace, descend
from playground.optim.figures.curves import descent_figure, descent_steps_figure
from playground.ui.i18n import labels_for, t
from playground.ui.optim.keys import FN, LR, START, STEPS
from playground.ui.optim.link import current_table, reset, seed
from playground.ui.optim.widgets import latex_number, num
from playground.ui.widgets import param_widget

VERDICT_STYLE = {"converged": st.success, "oscillating": st.warning, "slow": st.info, "diverged": st.error}


def reset_for_function() -> None:
    """A new function brings its own start and its good learning rate."""
    reset("descent")


def _preset(name: str) -> None:
    st.session_state[LR] = FUNCTIONS[st.session_state[FN]].presets[name]


def _controls() -> tuple[str, float, float, int]:
    seed("descent")
    spec_id = st.selectbox(
        t("opt.gd.function"), list(FUNCTIONS), format_func=labels_for("opt.fn", list(FUNCTIONS)), key=FN,
        on_change=reset_for_function,
    )  # fmt: skip
    spec = FUNCTIONS[spec_id]
    st.latex(spec.formula)
    st.caption(t(spec.summary_key))
    start = param_widget(spec.param("w0"), START)
    lr = st.number_input(t("opt.gd.lr"), *LR_RANGE, step=0.01, format="%.4g", key=LR)  # four digits, as always
    steps = param_widget(current_table("descent")["n"].param, STEPS)
    st.markdown(f"**{t('opt.gd.presets')}**")
    for pair in (PRESETS[:2], PRESETS[2:]):
        for column, name in zip(st.columns(2), pair, strict=True):
            label, key = t(f"opt.preset.{name}"), f"opt.preset.{name}"
            column.button(label, key=key, on_click=_preset, args=(name,), width="stretch")
    return spec_id, float(start), float(lr), int(steps)


def _verdict(trace: Trace) -> None:
    numbers = {
        "lr": num(trace.lr, 4), "L": num(trace.curvature, 4), "limit": num(trace.critical_lr, 4),
        "factor": num(trace.factor, 3), "w": num(trace.path[-1], 4), "minimum": num(trace.nearest_minimum, 4),
        "steps": len(trace.steps),
    }  # fmt: skip
    VERDICT_STYLE[trace.status](t(f"opt.gd.status.{trace.status}", **numbers))
    rule = "opt.gd.rule_above" if trace.lr > trace.critical_lr else "opt.gd.rule_below"
    st.caption(t(rule, **numbers))


def _table(trace: Trace) -> list[dict[str, object]]:
    rows = [
        {"k": s.index - 1, "w_k": num(s.w), "f(w_k)": num(s.loss), "g = f'(w_k)": num(s.gradient),
         "lr·g": num(s.update), "w_k+1 = w_k − lr·g": num(s.w_next)}
        for s in trace.steps
    ]  # fmt: skip
    return rows


def render_descent() -> None:
    st.markdown(t("opt.gd.intro"))
    st.latex(r"w_{k+1} = w_k - \eta\, f'(w_k) \qquad (\eta = \text{lr})")
    left, right = st.columns([1, 2], gap="large")
    with left:
        spec_id, start, lr, steps = _controls()
    trace = descend(spec_id, start, lr, steps)
    with right:
        _verdict(trace)
        first = trace.steps[0]
        st.latex(
            rf"w_1 = w_0 - \eta\, f'(w_0) = {latex_number(first.w)} - {latex_number(lr)}"
            rf"\times ({latex_number(first.gradient)}) = {latex_number(first.w_next)}"
        )
        texts = {
            "path": t("opt.gd.path"), "step": t("opt.step"), "minimum": t("opt.minimum"),
            "distance": t("opt.gd.distance"),
        }  # fmt: skip
        st.plotly_chart(descent_figure(trace, texts), key="opt.gd_chart")
    st.markdown(f"**{t('opt.gd.table')}**")
    st.dataframe(_table(trace), width="stretch", hide_index=True, height=min(420, 38 + 35 * len(trace.steps)))
    st.plotly_chart(descent_steps_figure(trace, texts), key="opt.gd_distance_chart")
    st.caption(t("opt.gd.distance_caption"))
