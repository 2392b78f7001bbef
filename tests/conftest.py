"""What every test folder shares: the Ray token set before any import, and how Playwright opens Chromium.

Why the token here: Ray reads its authentication mode once, when it is first imported, and
several modules import it (the engine-stands-alone test imports every module of ``playground``).
The browser settings serve the browser tests (``e2e/``) and the cluster's (``cluster/``) alike.
"""

from __future__ import annotations

import pytest

import support.ray_cluster  # noqa: F401 (sets RAY_AUTH_MODE and RAY_AUTH_TOKEN for this process)
from support.chromium import CHROMIUM_FLAGS, chromium_path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {**browser_type_launch_args, "executable_path": chromium_path(), "args": CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {**browser_context_args, "viewport": {"width": 1440, "height": 1000}, "locale": "en-US"}
