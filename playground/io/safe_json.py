"""Read JSON from anyone (an upload, a link) with its size and depth checked before parsing.

Why: Python's JSON parser recurses once per nesting level, so a 40 kB file of
``[[[[…]]]]`` hits the interpreter's recursion limit and shows a traceback;
a huge file ties up a shared server while it parses. Here the size is
checked first, then the nesting depth by a scan that skips string contents
(brackets inside strings do not count), then the text is parsed. Every
refusal is an ``InputError`` that says what was wrong and what is accepted,
in both languages.
"""

from __future__ import annotations

import json
import re
from typing import Any

from playground.core.errors import InputError

MAX_JSON_BYTES = 1_000_000  # a pipeline or a config is a few kB; a megabyte is already generous
MAX_DEPTH = 32  # the deepest file the playground writes is 4 levels
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


def nesting_depth(text: str) -> int:
    """The deepest bracket nesting outside strings (0 for a bare number or string)."""
    depth = deepest = 0
    for match in _BRACKETS.finditer(_STRINGS.sub('""', text)):
        depth += 1 if match.group() in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def load_json(data: str | bytes, *, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """The parsed value, or an ``InputError`` (too large, not text, nested too deep, not JSON)."""
    size = len(data.encode() if isinstance(data, str) else data)
    if size > max_bytes:
        raise InputError("io.json.too_large", size_kb=size / 1024, limit_kb=max_bytes / 1024)
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("io.json.not_text") from None
    if "\x00" in data:
        raise InputError("io.json.not_text")
    depth = nesting_depth(data)
    if depth > max_depth:
        raise InputError("io.json.too_deep", depth=depth, limit=max_depth)
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as error:
        raise InputError("io.json.bad", error=str(error)[:120]) from None
