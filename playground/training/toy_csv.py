"""Own data for the training studio: a CSV of ``x1, x2, label`` rows, checked line by line.

Why so strict and so chatty: students export these files from spreadsheets
(semicolons, a BOM, a header, a stray text cell). Each refusal names the row
and says what is accepted, instead of a pandas traceback.
"""

from __future__ import annotations

import csv
import io
import math

import numpy as np

from playground.core.errors import InputError, Notice
from playground.training.toy_data import MAX_POINTS, RADIUS, ToyData

MAX_CSV_BYTES = 1_000_000
MIN_ROWS = 10
MAX_CLASSES = 8  # beyond that a 2-D toy plot stops being readable


def _rows(text: str) -> list[list[str]]:
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(cell.strip() for cell in row)]


def _number(cell: str, row: int) -> float:
    try:
        value = float(cell.strip().replace(",", "."))
    except ValueError:
        raise InputError("train.csv.number", row=row, value=cell.strip()[:20]) from None
    if not math.isfinite(value):
        raise InputError("train.csv.number", row=row, value=cell.strip()[:20])
    return value


def parse_toy_csv(data: bytes) -> tuple[ToyData, list[Notice]]:
    """Read ``x1, x2, label`` rows; integer labels (≤ 8 values) make a classification set.

    Coordinates outside [-6, 6] are scaled into it (with a notice) so the
    plots and the sin features keep working.
    """
    if not data.strip():
        raise InputError("train.csv.empty")
    if len(data) > MAX_CSV_BYTES:
        raise InputError("train.csv.too_big", size_kb=len(data) // 1000, max_kb=MAX_CSV_BYTES // 1000)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("train.csv.not_text") from None
    rows = _rows(text)
    if rows and rows[0] and not _looks_numeric(rows[0][0]):
        rows = rows[1:]  # a header line
    values: list[tuple[float, float, float]] = []
    for index, row in enumerate(rows, start=1):
        cells = [cell for cell in row if cell.strip()] if len(row) > 3 else row
        if len(cells) != 3:
            raise InputError("train.csv.columns", row=index, found=len(cells))
        values.append((_number(cells[0], index), _number(cells[1], index), _number(cells[2], index)))
    if len(values) < MIN_ROWS:
        raise InputError("train.csv.too_few", n=len(values), min=MIN_ROWS)
    if len(values) > MAX_POINTS:
        raise InputError("train.csv.too_many", n=len(values), max=MAX_POINTS)
    table = np.asarray(values, dtype=np.float64)
    notices: list[Notice] = []
    x = table[:, :2]
    extent = float(np.abs(x).max())
    if extent > RADIUS or extent < 1.0:
        x = x / max(extent, 1e-12) * (RADIUS * 0.9)
        notices.append(Notice("train.csv.rescaled", {"extent": f"{extent:.3g}"}))
    labels = table[:, 2]
    distinct = np.unique(labels)
    if np.all(labels == np.round(labels)) and len(distinct) <= MAX_CLASSES:
        if len(distinct) < 2:
            raise InputError("train.csv.one_class")
        mapped = np.searchsorted(distinct, labels)  # any integers -> 0..k-1, in sorted order
        return ToyData(x.astype(np.float32), mapped.astype(np.int64), "classification", len(distinct)), notices
    notices.append(Notice("train.csv.regression"))
    return ToyData(x.astype(np.float32), labels.astype(np.float32), "regression", 1), notices


def _looks_numeric(cell: str) -> bool:
    try:
        float(cell.strip().replace(",", "."))
    except ValueError:
        return False
    return True
