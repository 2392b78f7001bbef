"""Pack a small JSON value into a URL-safe token and back: how the studios put a pipeline in a link.

Why zlib then base64url: a pipeline of a dozen steps is ~600 bytes of JSON
and ~200 characters of token, short enough to paste in a chat. Unpacking
is bounded (``MAX_JSON_BYTES``), because a link is input from anyone: a
crafted token must not inflate to megabytes on a shared server.
"""

from __future__ import annotations

import base64
import json
import zlib
from typing import Any

MAX_JSON_BYTES = 64 * 1024  # ~50 times the largest pipeline a studio allows


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
        return json.loads(raw)
    except (ValueError, TypeError, zlib.error) as error:
        raise BadTokenError(str(error)) from error
