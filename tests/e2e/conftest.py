"""Browser tests: Debian's chromium via Playwright, one app server per module."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

from support.server import streamlit_server

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    # A synthetic microphone (a beeping tone) and camera (a moving test pattern), allowed without a prompt,
    # so st.audio_input and st.camera_input can be driven like a student would.
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
]


def chromium_path() -> str:
    """Debian's chromium; browser tests must run, so a missing browser is an error."""
    path = os.environ.get("PLAYWRIGHT_CHROMIUM_EXECUTABLE") or shutil.which("chromium")
    if not path:
        raise RuntimeError("Debian's chromium is missing: run scripts/test.sh, which installs it.")
    return path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {**browser_type_launch_args, "executable_path": chromium_path(), "args": CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {**browser_context_args, "viewport": {"width": 1440, "height": 1000}, "locale": "en-US"}


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    """One fresh ``streamlit run`` per test module."""
    with streamlit_server() as url:
        yield url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
