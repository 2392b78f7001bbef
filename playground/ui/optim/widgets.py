"""Small Streamlit helpers shared by the optimization lab's sections: numbers, LaTeX, hyperparameters."""

from __future__ import annotations

import math

import streamlit as st

from playground.core.params import Param
from playground.ui.i18n import t


def num(value: float, digits: int = 6) -> str:
    """A number as a student would write it: 0.01, not 0.010000000000000018."""
    if not math.isfinite(value):
        return str(value)
    text = f"{value:.{digits}g}"
    return "0" if text == "-0" else text


def latex_number(value: float, digits: int = 4) -> str:
    text = num(value, digits)
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = rf"{mantissa}\times 10^{{{int(exponent)}}}"
    return text


def latex_row(values: list[float]) -> str:
    return r"\begin{bmatrix}" + " & ".join(latex_number(v) for v in values) + r"\end{bmatrix}"


def latex_matrix(rows: list[list[float]]) -> str:
    body = r" \\ ".join(" & ".join(latex_number(v) for v in row) for row in rows)
    return r"\begin{bmatrix}" + body + r"\end{bmatrix}"


def hyper_input(param: Param, key: str, default: float | None = None) -> float | int | bool:
    """One widget for a registry hyperparameter, its value kept in session state under ``key``."""
    if key not in st.session_state:
        st.session_state[key] = param.default if default is None else default
    label = t(param.label_key)
    if param.kind == "bool":
        return st.toggle(label, key=key)
    if param.log:  # learning rates span decades: type them
        return st.number_input(
            label, min_value=float(param.low), max_value=float(param.high), step=0.001, format="%.5g", key=key
        )
    if param.kind == "int":
        return st.slider(label, int(param.low), int(param.high), step=int(param.step or 1), key=key)
    return st.slider(label, float(param.low), float(param.high), step=float(param.step or 0.01), key=key)
