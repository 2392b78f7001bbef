"""Playwright helpers for Streamlit pages: wait for a run to finish, find widgets."""

from __future__ import annotations

from playwright.sync_api import Page, expect

IDLE_APP = "[data-testid=stApp][data-test-script-state=notRunning]"


def wait_for_idle(page: Page, timeout_ms: float = 60_000) -> None:
    """Wait until the script run is over (and the app has rendered at least once)."""
    page.wait_for_selector(IDLE_APP, timeout=timeout_ms)
    page.wait_for_selector("[data-testid=stMain]", timeout=timeout_ms)


def open_app(page: Page, url: str, timeout_ms: float = 60_000) -> None:
    """Go to ``url`` and wait for the page to finish its first run."""
    page.goto(url)
    wait_for_idle(page, timeout_ms)


def widget(page: Page, key: str):
    """The element of the widget with Streamlit ``key`` (dots become dashes).

    Stale copies are left out: during a rerun Streamlit keeps the previous
    element (``data-stale="true"``) next to the new one until the run ends.
    """
    return page.locator(f".st-key-{key.replace('.', '-')}:not([data-stale='true'])")


def expect_no_exception(page: Page) -> None:
    """No uncaught-exception box anywhere on the page."""
    expect(page.locator("[data-testid=stException]")).to_have_count(0)


def wait_for_render(page: Page, timeout_ms: float = 30_000) -> None:
    """Idle script, images decoded, no skeleton placeholders: ready for a screenshot."""
    wait_for_idle(page, timeout_ms)
    page.wait_for_function("() => Array.from(document.images).every(image => image.complete)", timeout=timeout_ms)
    expect(page.locator("[data-testid=stSkeleton]")).to_have_count(0, timeout=timeout_ms)
    page.wait_for_timeout(400)  # plotly draws its SVG a frame after the element appears
