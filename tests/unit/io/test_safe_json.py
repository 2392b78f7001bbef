"""JSON from anyone: deep, huge, binary and broken input is refused with a reason, never a traceback."""

from __future__ import annotations

import pytest

from playground.core.errors import InputError
from playground.io.safe_json import load_json, nesting_depth


def test_ordinary_json_loads() -> None:
    assert load_json('{"steps": [{"name": "rotate", "params": {"limit": [-10, 10]}}]}')["steps"][0]["name"] == "rotate"
    assert load_json(b"\xef\xbb\xbf[1, 2]") == [1, 2]  # a BOM from a Windows editor is fine


def test_depth_ignores_brackets_inside_strings() -> None:
    assert nesting_depth('{"a": "[[[[[[[[[[", "b": [1, {"c": "\\"]]]"}]}') == 3
    assert nesting_depth("42") == 0


@pytest.mark.parametrize("depth", [33, 5_000, 100_000])
def test_deep_nesting_is_refused_before_parsing(depth: int) -> None:
    with pytest.raises(InputError) as error:
        load_json("[" * depth + "]" * depth)
    assert error.value.key == "io.json.too_deep"
    assert str(depth) in error.value.message("zh")


def test_huge_input_is_refused_before_decoding() -> None:
    with pytest.raises(InputError) as error:
        load_json(b"[" + b"1," * 600_000 + b"1]")
    assert error.value.key == "io.json.too_large"


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00", "[1, \x00]", b"\xff\xfe{"])
def test_binary_input_is_not_text(data: bytes | str) -> None:
    with pytest.raises(InputError) as error:
        load_json(data)
    assert error.value.key == "io.json.not_text"


@pytest.mark.parametrize("text", ["", "{", "[1, 2", "{'single': 1}", "NaN]"])
def test_broken_json_names_the_reason(text: str) -> None:
    with pytest.raises(InputError) as error:
        load_json(text)
    assert error.value.key == "io.json.bad"
