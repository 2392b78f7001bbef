"""Shared checks for the io tests: every refusal is a typed error whose text renders in both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from playground.core.errors import InputError, Notice


def assert_renders(item: InputError | Notice) -> None:
    """Both languages give non-empty, different text with every placeholder filled."""
    english, chinese = item.message("en"), item.message("zh")
    for text in (english, chinese):
        assert text.strip(), item.key
        assert "{" not in text and "}" not in text, text
        assert text != item.key, f"{item.key} is missing from the catalogue"
    assert english != chinese


@pytest.fixture
def renders() -> Callable[[InputError | Notice], None]:
    """``renders(error_or_notice)``: the text check above, for tests that build their own."""
    return assert_renders


@pytest.fixture
def refused() -> Callable[..., InputError]:
    """``refused(decode, data, key, **kwargs)``: decoding must raise InputError with ``key``; returns it."""

    def check(decode: Callable[..., object], data: bytes, key: str, **kwargs: object) -> InputError:
        with pytest.raises(InputError) as caught:
            decode(data, **kwargs)
        assert caught.value.key == key, caught.value.message("en")
        assert_renders(caught.value)
        return caught.value

    return check
