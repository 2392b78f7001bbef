"""Link tokens from anyone: a deeply nested or inflating token is refused, never parsed into a traceback."""

from __future__ import annotations

import base64
import zlib

import pytest

from playground.core.link_token import BadTokenError, pack, unpack


def _token_of(raw: bytes) -> str:
    return base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode().rstrip("=")


def test_round_trip() -> None:
    value = [["rotate", 0.5, 1, {"limit": [-10, 10]}], ["hflip", 1.0, 1]]
    assert unpack(pack(value)) == value


@pytest.mark.parametrize("depth", [9, 30_000])
def test_deep_nesting_is_refused(depth: int) -> None:
    with pytest.raises(BadTokenError):
        unpack(_token_of(b"[" * depth + b"]" * depth))


@pytest.mark.parametrize("token", ["", "!!!", _token_of(b"\x00\x01binary"), _token_of(b"[1, 2")])
def test_garbage_is_refused(token: str) -> None:
    with pytest.raises(BadTokenError):
        unpack(token)
