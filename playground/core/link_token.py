"""Pack a small JSON value into a URL-safe token and back: how the studios put a pipeline in a link.

Why zlib then base64url: a pipeline of a dozen steps is ~600 bytes of JSON
and ~200 characters of token, short enough to paste in a chat. Unpacking
is bounded (``MAX_JSON_BYTES``, ``MAX_DEPTH``), because a link is input from anyone: a
crafted token must not inflate to megabytes on a shared server.
"""

from __future__ import annotations

import base64
import json
import zlib
from typing import Any

from playground.io.safe_json import load_json

MAX_JSON_BYTES = 64 * 1024  # ~50 times the largest pipeline a studio allows
MAX_DEPTH = 8  # a pipeline row list is 3 levels deep; 64 kB of brackets would crash the parser


class BadTokenError(ValueError):
    """The token is not one that ``pack`` made (cut short, edited, or too large)."""


def pack(value: Any) -> str:
    raw = json.dumps(value, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode().rstrip("=")


def unpack(token: str) -> Any:
    """The value ``pack`` was given; ``BadTokenError`` for anything else."""
    try:
        compressed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        inflater = zlib.decompressobj()
        raw = inflater.decompress(compressed, MAX_JSON_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise BadTokenError("cut short or too large")
        return load_json(raw, max_bytes=MAX_JSON_BYTES, max_depth=MAX_DEPTH)
    except (ValueError, TypeError, zlib.error) as error:  # InputError is a ValueError
        raise BadTokenError(str(error)) from error
