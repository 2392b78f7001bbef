"""Training studio in a real browser: training visibly advances, and Pause freezes it within a second."""

from __future__ import annotations

import re
import time

from playwright.sync_api import Page, expect

from support.browser import expect_no_exception, open_app, wait_for_idle, widget


def counter(page: Page, label: str) -> int:
    """The value of an ``st.metric`` by its label (e.g. "Steps")."""
    box = page.locator("[data-testid=stMetric]").filter(has=page.get_by_text(label, exact=True)).first
    text = box.locator("[data-testid=stMetricValue]").inner_text()
    return int(re.sub(r"[^0-9]", "", text) or 0)


def curve_points(page: Page) -> int:
    """How many epochs the loss curve shows, read from the plotly graph itself (retried: charts are redrawn)."""
    script = "el => { const g = el.querySelector('.js-plotly-plot'); return g && g.data ? g.data[0].x.length : -1; }"
    for _ in range(50):
        try:
            points = int(page.locator(".st-key-train-chart-curves:not([data-retained=true])").first.evaluate(script))
        except Exception:  # the element was swapped by a redraw: try again
            points = -1
        if points >= 0:
            return points
        time.sleep(0.1)
    raise AssertionError("no loss curve on the page")


def test_training_advances_and_pause_freezes_it(page: Page, app_url: str) -> None:
    open_app(page, app_url)  # the router first: the server then serves every page by its path
    open_app(page, f"{app_url}/training")
    expect(page.get_by_text("Steps", exact=True).first).to_be_visible(timeout=60_000)
    assert counter(page, "Steps") == 0
    expect(page.locator(".st-key-train-chart-curves").first).to_be_visible(timeout=30_000)
    assert curve_points(page) == 0

    widget(page, "train.play").locator("button").first.click()
    expect(widget(page, "train.pause").locator("button").first).to_be_visible()
    deadline = time.monotonic() + 30
    while counter(page, "Steps") < 200 or counter(page, "Epoch") < 3:
        assert time.monotonic() < deadline, "training did not advance"
        time.sleep(0.2)
    first = counter(page, "Steps")
    time.sleep(1.0)
    assert counter(page, "Steps") > first, "the counters keep moving while training runs"
    assert curve_points(page) >= 3, "the curves grew"

    widget(page, "train.pause").locator("button").first.click()
    time.sleep(1.0)  # Pause must act within one second
    frozen = counter(page, "Steps")
    time.sleep(1.5)
    assert counter(page, "Steps") == frozen, "training froze after Pause"
    wait_for_idle(page)
    expect_no_exception(page)
