"""The paced live fragment in Chromium: every run finishes, only the fragment reruns, and it holds under load.

Streamlit's ``run_every`` timer is fixed-rate: under a class's load (measured at the
websocket level, issue 13) each tick cut the running fragment short. The page here runs
slower than its interval on purpose; through ``playground.ui.paced`` each next run is
asked for only after the last one arrived, so every run finishes.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from support.server import streamlit_server


@pytest.fixture(scope="module")
def demo_url() -> Iterator[str]:
    with streamlit_server(script="tests/e2e/apps/paced_demo.py") as url:
        yield url


def _counts(page: Page) -> tuple[int, int, int]:
    text = page.inner_text("body")
    full = int(re.search(r"full runs: (\d+)", text).group(1))
    started, finished = (int(v) for v in re.search(r"runs started: (\d+) · finished: (\d+)", text).groups())
    return full, started, finished


def _open(browser: Browser, url: str) -> Page:
    page = browser.new_page()
    page.goto(url)
    page.wait_for_selector("text=runs started", timeout=30_000)
    return page


def test_a_slow_fragment_finishes_every_run_and_reruns_alone(browser: Browser, demo_url: str) -> None:
    page = _open(browser, f"{demo_url}/?mode=paced&slow=0.4")
    time.sleep(4)
    full, started, finished = _counts(page)
    assert full == 1, "a tick must rerun the fragment only"
    assert finished >= 4, f"the view stalled: {finished} runs in 4 s"
    assert started - finished <= 1, "a run was cut short"
    tick = int(page.locator(".paced-mark").first.get_attribute("data-tick"))
    assert tick >= finished  # the pacer's run number (it counts the first full run too)
    page.close()


def test_six_tabs_at_once_all_keep_finishing_their_runs(browser: Browser, demo_url: str) -> None:
    pages = [_open(browser, f"{demo_url}/?mode=paced&slow=0.3") for _ in range(6)]
    before = [_counts(page)[2] for page in pages]
    time.sleep(5)
    after = [_counts(page) for page in pages]
    for (full, started, finished), first in zip(after, before, strict=True):
        assert full == 1 and started - finished <= 1
        assert finished - first >= 3, f"a tab got {finished - first} runs in 5 s: {after}"
    for page in pages:
        page.close()
