"""Browser tests: Debian's chromium via Playwright, one app server per module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from support.server import streamlit_server


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    """One fresh ``streamlit run`` per test module."""
    with streamlit_server() as url:
        yield url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
