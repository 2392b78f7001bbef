"""Small helpers shared by the optimization lab's sections: numbers and LaTeX as a student writes them."""

from __future__ import annotations

import math


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
