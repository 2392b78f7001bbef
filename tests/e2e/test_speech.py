"""Speech lab in a real browser: train both runs in the backend, watch them live, read the accuracy table.

The runs are short (``?se=2``, English only) so the test measures behaviour, not speed: the live view
appears while the job trains, then the results' table names both runs with an accuracy for every test set.
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from support.browser import expect_no_exception, open_app, wait_for_idle, widget


def test_training_both_runs_shows_the_accuracy_table(page: Page, app_url: str) -> None:
    open_app(page, app_url)  # the router first: the server then serves every page by its path
    open_app(page, f"{app_url}/speech?se=2&sw=en")
    expect(widget(page, "speech.words")).to_be_visible()
    expect(widget(page, "speech.augment")).to_be_visible()
    widget(page, "speech.train").locator("button").first.click()
    expect(widget(page, "speech.pause").locator("button").first).to_be_visible(timeout=30_000)
    table = widget(page, "speech.accuracy").last
    expect(table).to_contain_text("With augmentation", timeout=180_000)
    page.wait_for_function("() => !document.querySelector('.st-key-speech-live')", timeout=180_000)
    wait_for_idle(page)
    final = widget(page, "speech.accuracy").last
    expect(final).to_contain_text("No augmentation")
    expect(final).to_contain_text("Unseen voices, noise at 10 dB SNR")
    expect(final.locator("td").filter(has_text="%").first).to_be_visible()
    expect(widget(page, "speech.dl_history")).to_be_visible()
    expect_no_exception(page)
