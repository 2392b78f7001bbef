"""Forward pass section: a one- or two-layer dense network on a typed input, every value shown."""

from __future__ import annotations

import streamlit as st

from playground.core.errors import InputError
from playground.optim.figures.network import network_figure
from playground.optim.forward import ACTIVATIONS, Layer, LayerResult, forward
from playground.optim.settings import FORWARD_RESET
from playground.optim.vectors import parse_matrix, parse_vector
from playground.ui.i18n import labels_for, t
from playground.ui.optim.keys import FORWARD_DEPTH, FORWARD_X, layer_keys
from playground.ui.optim.link import reset, seed
from playground.ui.optim.widgets import latex_matrix, latex_row, num
from playground.ui.widgets import show_input_error


def _show_shape_error() -> None:
    """Load the issue's example: an input of length 2 against a 3×2 weight matrix."""
    weights, bias, _ = layer_keys(1)
    st.session_state[FORWARD_X] = "1, 2"
    st.session_state[weights] = "0.5, -1\n0.8, 0.2\n0.3, -0.6"
    st.session_state[bias] = "0.1, 0"


def _reset() -> None:
    reset("forward", FORWARD_RESET)


def _layer_inputs(index: int) -> Layer:
    weights_key, bias_key, activation_key = layer_keys(index)
    weights = st.text_area(t("opt.fw.weights", layer=index), key=weights_key, height=124, help=t("opt.fw.weights_help"))
    left, right = st.columns(2)
    bias = left.text_input(t("opt.fw.bias", layer=index), key=bias_key, help=t("opt.fw.bias_help"))
    activation = right.selectbox(
        t("opt.fw.activation", layer=index),
        list(ACTIVATIONS),
        format_func=labels_for("opt.act", list(ACTIVATIONS)),
        key=activation_key,
    )
    return Layer(parse_matrix(weights, f"W{index}"), parse_vector(bias, f"b{index}"), activation)


def _show_layer(result: LayerResult, last: bool) -> None:
    rows, cols = result.shape
    name_in = "x" if result.index == 1 else f"a_{{{result.index - 1}}}"
    name_out = r"\hat y" if last else f"a_{{{result.index}}}"
    st.markdown(f"**{t('opt.fw.layer_heading', layer=result.index)}**")
    st.latex(
        rf"\underbrace{{{latex_row(result.inputs)}}}_{{{name_in}:\ 1\times{rows}}}"
        rf"\cdot\underbrace{{{latex_matrix(result.weights)}}}_{{W_{result.index}:\ {rows}\times{cols}}}"
        rf"+\underbrace{{{latex_row(result.bias)}}}_{{b_{result.index}:\ 1\times{cols}}}"
        rf"=\underbrace{{{latex_row(result.pre_activation)}}}_{{z_{result.index}:\ 1\times{cols}}}"
    )
    formula = ACTIVATIONS[result.activation][1].replace("a =", f"{name_out} =").replace("z", f"z_{result.index}")
    st.latex(formula + rf"= {latex_row(result.outputs)}")
    with st.expander(t("opt.fw.by_hand", layer=result.index)):
        for column in range(cols):
            st.markdown(f"`z{result.index},{column + 1} = {result.sum_text(column)}`")


def render_forward() -> None:
    """Inputs on the left, the diagram and the step-by-step algebra on the right."""
    seed("forward")
    st.markdown(t("opt.fw.intro"))
    st.latex(r"z = x\,W + b \qquad a = \mathrm{act}(z) \qquad (1\times n)\cdot(n\times m) + (1\times m) = (1\times m)")
    inputs, outputs = st.columns([2, 3], gap="large")
    results: list[LayerResult] | None = None
    problem: InputError | None = None
    with inputs:
        x_text = st.text_input(t("opt.fw.x"), key=FORWARD_X, help=t("opt.fw.x_help"))
        depth = st.radio(t("opt.fw.depth"), [1, 2], horizontal=True, key=FORWARD_DEPTH)
        buttons = st.columns([3, 2])
        buttons[0].button(
            t("opt.fw.break"), key="opt.fw_break", on_click=_show_shape_error, icon=":material/bug_report:"
        )
        buttons[1].button(t("opt.fw.reset"), key="opt.fw_reset", on_click=_reset, icon=":material/restart_alt:")
        try:
            x = parse_vector(x_text, "x")
            layers = []
            for index in range(1, depth + 1):
                st.markdown(f"**{t('opt.fw.layer_heading', layer=index)}**")
                layers.append(_layer_inputs(index))
            results = forward(x, layers)
        except InputError as error:
            problem = error
    with outputs:
        if problem is not None or results is None:
            show_input_error(problem)
            st.info(t("opt.fw.shape_rule"), icon=":material/straighten:")
            return
        labels = {"activation": t("opt.fw.activation_short")} | {name: t(f"opt.act.{name}") for name in ACTIVATIONS}
        st.plotly_chart(network_figure(results, labels), key="opt.fw_chart", config={"displayModeBar": False})
        st.success(t("opt.fw.output", y=", ".join(num(v, 4) for v in results[-1].outputs)), icon=":material/done:")
    st.subheader(t("opt.fw.algebra"), divider="gray")
    for result in results:
        _show_layer(result, last=result.index == len(results))
