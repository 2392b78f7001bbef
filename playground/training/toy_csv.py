"""Own data for the training studio: a CSV of ``x1, x2, label`` rows, checked line by line.

Why so strict and so chatty: students export these files from spreadsheets
(semicolons, a BOM, a header, a stray text cell). Each refusal names the row
and says what is accepted, instead of a pandas traceback.

Why the limits come before the parser (as ``playground.io.safe_json`` does
for JSON): the file comes from anyone, and the server is shared. Size, binary
bytes, the number of lines and the longest line are checked on the raw text
with single C-speed passes; only a file that could be 2,000 rows of three
numbers reaches ``csv.reader``. So a million tiny rows, one 10 MB line, NUL
bytes or a quote that is never closed are refused in milliseconds with a
message, instead of a traceback (``csv.Error: field larger than field
limit``) or seconds of parsing.
"""

from __future__ import annotations

import csv
import io
import math
import re

import numpy as np

from playground.core.errors import InputError, Notice
from playground.io.sniff import sniff_kind
from playground.training.toy_data import MAX_POINTS, RADIUS, ToyData

MAX_CSV_BYTES = 1_000_000  # 2,000 rows of three long numbers are ~150 kB; a megabyte is generous
MIN_ROWS = 10
MAX_CLASSES = 8  # beyond that a 2-D toy plot stops being readable
# Longest line accepted: three 25-digit numbers with spaces are < 100 characters; spreadsheets add empty
# columns (",,,,"), so 1,000 leaves room while a "line" of megabytes is refused before parsing.
MAX_LINE_CHARS = 1000
# Lines of any kind (blank ones included): data rows, a header and blank lines between them. Past this
# the file cannot hold <= MAX_POINTS rows, and counting them exactly is not worth the time.
MAX_LINES = 4 * MAX_POINTS
# Bytes no text file holds (C0 controls except tab, newlines and form feed; DEL): a binary file.
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # Excel's "Unicode text" is UTF-16 with a byte-order mark


def _decode(data: bytes) -> str:
    """The file as text: UTF-8 (with or without a BOM) or UTF-16 with a BOM; binary files are named."""
    if data[:2] in _UTF16_BOMS:
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("train.csv.not_text") from None
        _refuse_binary(text.encode("utf-8"))
        return text
    _refuse_binary(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("train.csv.not_text") from None


def _refuse_binary(data: bytes) -> None:
    """A control byte (NUL, ...) means a binary file: name its format when its first bytes tell it."""
    found = _BINARY.search(data)
    if found is None:
        return
    kind = sniff_kind(data)
    if kind is not None and kind not in ("TXT", "SVG"):
        raise InputError("train.csv.binary_kind", kind=kind)
    raise InputError("train.csv.binary", at=found.start())


def _check_lines(text: str) -> None:
    """Refuse too many lines, or one too long, before the CSV parser sees the text."""
    breaks = max(text.count("\n"), text.count("\r"))  # "\r" alone: old Mac files
    if breaks > MAX_LINES:
        raise InputError("train.csv.too_many_lines", n=breaks, max=MAX_POINTS)
    lines = text.splitlines()
    longest = max(range(len(lines)), key=lambda index: len(lines[index]), default=0)
    if lines and len(lines[longest]) > MAX_LINE_CHARS:
        raise InputError("train.csv.long_line", row=longest + 1, n=len(lines[longest]), max=MAX_LINE_CHARS)
    filled = sum(1 for line in lines if line.strip())
    if filled > MAX_POINTS + 1:  # one header line is allowed on top
        raise InputError("train.csv.too_many_lines", n=filled, max=MAX_POINTS)


def _rows(text: str) -> list[list[str]]:
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)  # newline="": the reader splits "\r" itself
    rows: list[list[str]] = []
    while True:
        start = reader.line_num + 1  # where the row begins: an unclosed quote is reported where it opened
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:  # a quote opened and never closed runs on until the field limit
            raise InputError("train.csv.malformed", row=start) from None
        if any("\n" in cell or "\r" in cell for cell in row):  # a quoted cell ran across lines
            raise InputError("train.csv.malformed", row=start)
        if any(cell.strip() for cell in row):
            rows.append(row)
    return rows


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
    if len(data) > MAX_CSV_BYTES:
        raise InputError("train.csv.too_big", size_kb=len(data) // 1000, max_kb=MAX_CSV_BYTES // 1000)
    if not data.strip():
        raise InputError("train.csv.empty")
    text = _decode(data)
    if not text.strip():
        raise InputError("train.csv.empty")
    _check_lines(text)
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
