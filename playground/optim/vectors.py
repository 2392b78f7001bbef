"""Read the vectors and matrices students type: ``"1, 2"``, ``"[1 2]"``, ``"1 2; 3 4"``.

Why a parser of our own rather than ``json.loads``/``eval``: students type
what they write on paper (spaces, commas, brackets, semicolons between rows),
and a wrong entry must say *which* entry is wrong and what is accepted, in
their language (``InputError`` carries an i18n key).
"""

from __future__ import annotations

import math
import re

from playground.core.errors import InputError

MAX_ENTRIES = 64  # a calculator, not a data loader: longer input is surely a paste mistake
_SEPARATORS = re.compile(r"[,\s]+")
_ROW_BREAK = re.compile(r"\]\s*,?\s*\[|;|\n")


def _strip_brackets(text: str) -> str:
    return text.strip().strip("[]()").strip()


def _number(token: str, field: str, position: int) -> float:
    try:
        value = float(token)
    except ValueError:
        raise InputError("opt.err.not_a_number", field=field, token=token, position=position) from None
    if not math.isfinite(value):
        raise InputError("opt.err.not_finite", field=field, token=token, position=position)
    return value


def parse_vector(text: str, field: str) -> tuple[float, ...]:
    """Numbers separated by commas or spaces, optionally in brackets; ``field`` names it in errors."""
    body = _strip_brackets(text or "")
    tokens = [token for token in _SEPARATORS.split(body.replace(";", " ")) if token]
    if not tokens:
        raise InputError("opt.err.empty", field=field)
    if len(tokens) > MAX_ENTRIES:
        raise InputError("opt.err.too_long", field=field, count=len(tokens), limit=MAX_ENTRIES)
    return tuple(_number(token.strip("[]()"), field, position) for position, token in enumerate(tokens, start=1))


def parse_matrix(text: str, field: str) -> tuple[tuple[float, ...], ...]:
    """Rows separated by ``;``, new lines or ``],[``; every row must have the same length."""
    body = (text or "").strip()
    if body.startswith("[[") or body.startswith("[ ["):
        body = body[1:-1] if body.endswith("]]") else body[1:]
    rows_text = [row for row in _ROW_BREAK.split(body) if row.strip().strip("[]")]
    if not rows_text:
        raise InputError("opt.err.empty", field=field)
    rows = tuple(parse_vector(row, f"{field} ({index})") for index, row in enumerate(rows_text, start=1))
    width = len(rows[0])
    for index, row in enumerate(rows, start=1):
        if len(row) != width:
            raise InputError("opt.err.ragged", field=field, row=index, got=len(row), expected=width)
    if len(rows) * width > MAX_ENTRIES:
        raise InputError("opt.err.too_long", field=field, count=len(rows) * width, limit=MAX_ENTRIES)
    return rows


def parse_labels(text: str, field: str, n_classes: int | None = None) -> tuple[int, ...]:
    """Whole-number class labels ``0 … n_classes-1`` (or 0/1 when ``n_classes`` is 2)."""
    values = parse_vector(text, field)
    labels = []
    for position, value in enumerate(values, start=1):
        if value != int(value) or value < 0:
            raise InputError("opt.err.not_a_label", field=field, token=f"{value:g}", position=position)
        if n_classes is not None and value >= n_classes:
            raise InputError(
                "opt.err.label_range", field=field, token=f"{value:g}", position=position, top=n_classes - 1
            )
        labels.append(int(value))
    return tuple(labels)


def same_length(first: tuple, second: tuple, first_field: str, second_field: str) -> None:
    """Raise a clear error when two vectors that pair up element by element differ in length."""
    if len(first) != len(second):
        raise InputError(
            "opt.err.length_mismatch",
            first=first_field,
            second=second_field,
            n_first=len(first),
            n_second=len(second),
        )
