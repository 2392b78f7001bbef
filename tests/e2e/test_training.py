"""Training studio in a real browser: the browser draws the live view, it animates, and Pause freezes it.

The server is started as the app is served (``app.py``), so the live view is
the browser component fed by ``/_live/<token>``: counters, the network, the
boundary and the curves are drawn by the page's own JavaScript.
"""

from __future__ import annotations

import re
import time

from playwright.sync_api import Page, expect

from support.browser import expect_no_exception, open_app, wait_for_idle, widget

VIEW = ".lv-root"


def counter(page: Page, label: str) -> int:
    """The value of one of the live view's counters by its label (e.g. "Steps")."""
    box = page.locator(f"{VIEW} .lv-metric").filter(has=page.get_by_text(label, exact=True)).first
    return int(re.sub(r"[^0-9]", "", box.locator(".lv-metric-value").inner_text()) or 0)


def view_attribute(page: Page, name: str) -> str:
    return page.locator(VIEW).first.get_attribute(f"data-{name}") or ""


def test_the_browser_draws_training_live_and_pause_freezes_it(page: Page, app_url: str) -> None:
    open_app(page, app_url)  # the router first: the server then serves every page by its path
    open_app(page, f"{app_url}/training")
    expect(page.locator(VIEW)).to_be_visible(timeout=60_000)
    expect(page.locator(f"{VIEW} .lv-metric").first).to_be_visible(timeout=30_000)
    assert counter(page, "Steps") == 0

    widget(page, "train.play").locator("button").first.click()
    expect(widget(page, "train.pause").locator("button").first).to_be_visible()
    deadline = time.monotonic() + 40
    while counter(page, "Steps") < 200 or counter(page, "Epoch") < 3:
        assert time.monotonic() < deadline, "training did not advance in the browser's view"
        time.sleep(0.2)
    first_steps, first_updates = counter(page, "Steps"), int(view_attribute(page, "updates"))
    time.sleep(1.5)
    assert counter(page, "Steps") > first_steps, "the counters keep moving while training runs"
    assert int(view_attribute(page, "updates")) >= first_updates + 3, "the feed keeps sending updates"
    assert int(view_attribute(page, "fps")) >= 10, "the view animates between updates"
    boundary = page.locator(f"{VIEW} canvas.lv-square")
    before = boundary.screenshot()
    time.sleep(1.0)
    assert boundary.screenshot() != before, "the decision boundary moves while training runs"

    widget(page, "train.pause").locator("button").first.click()
    time.sleep(1.0)  # Pause must act within one second
    wait_for_idle(page)
    frozen = counter(page, "Steps")
    still = boundary.screenshot()
    time.sleep(1.5)
    assert counter(page, "Steps") == frozen, "training froze after Pause"
    assert boundary.screenshot() == still, "the drawing froze after Pause"
    boundary.hover()
    expect(page.locator(f"{VIEW} .lv-tip")).to_contain_text("%")  # paused: hover reads the prediction
    expect_no_exception(page)
