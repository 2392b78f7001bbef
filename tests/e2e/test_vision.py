"""Vision lab in a real browser: train both runs from a link, see both accuracy tables, open a misclassified digit.

One app server for the module (``app_url``); the link sets a small, quick
configuration so the run takes seconds on a shared machine.
"""

from __future__ import annotations

import time

from playwright.sync_api import Page, expect

from support.browser import expect_no_exception, open_app, wait_for_idle, widget

QUICK = "data=digits&n=200&epochs=4&model=seed_cnn&aug=1"


def _the_live_view_is_paced_by_the_browser(page: Page) -> None:
    """While it trains, the curves' fragment reruns itself through the pacer (no fixed-rate timer)."""
    mark = page.locator(".paced-mark").first
    expect(mark).to_be_attached(timeout=30_000)
    first = int(mark.get_attribute("data-tick") or 0)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and int(mark.get_attribute("data-tick") or 0) <= first:
        time.sleep(0.2)
    assert int(mark.get_attribute("data-tick") or 0) > first, "the paced live view did not rerun"
    assert int(mark.get_attribute("data-wait-ms") or 0) >= 500  # the view's own interval, or the budget's


def test_train_both_runs_compare_them_and_open_a_mistake(page: Page, app_url: str) -> None:
    open_app(page, app_url)  # the router first: the server then serves every page by its path
    open_app(page, f"{app_url}/vision?{QUICK}")
    expect(widget(page, "vision.train")).to_be_visible(timeout=60_000)
    widget(page, "vision.train").locator("button").first.click()
    expect(widget(page, "vision.pause")).to_be_visible(timeout=30_000)  # training runs in the backend
    expect(widget(page, "vision.live")).to_be_visible(timeout=60_000)
    _the_live_view_is_paced_by_the_browser(page)

    plain, augmented = widget(page, "vision.acc.plain"), widget(page, "vision.acc.augmented")
    expect(augmented).to_be_visible(timeout=180_000)
    expect(plain).to_be_visible()
    for table in (plain, augmented):
        for test_set in ("Clean", "Shifted", "Rotated", "Noisy"):
            expect(table).to_contain_text(test_set)
        expect(table).to_contain_text("%")
    expect(augmented).to_contain_text("Gain")
    wait_for_idle(page)

    page.get_by_role("tab", name="Misclassified").click()
    first = widget(page, "vision.wrong.0").locator("button").first
    expect(first).to_be_visible(timeout=30_000)
    label = first.inner_text()
    first.click()
    example = widget(page, "vision.example")
    expect(example).to_be_visible(timeout=30_000)
    expect(example).to_contain_text("Augmentation off")
    expect(example).to_contain_text("Augmentation on")
    expect(example.locator("img").first).to_be_visible()
    assert "→" in label
    expect_no_exception(page)
