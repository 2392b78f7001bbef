"""The compression studio in a real browser: choose methods, run, see the table and the plots."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from support.browser import expect_no_exception, open_app, wait_for_idle, widget

SLOW = 60_000  # ms: the host is shared; a comparison is a few seconds alone, more under load


def _run(page: Page) -> None:
    widget(page, "compress.run").get_by_role("button").click()
    page.wait_for_timeout(500)  # let the rerun start before waiting for it to end
    wait_for_idle(page, 120_000)


def _choose(page: Page, key: str, label: str) -> None:
    """Pick ``label`` in a selectbox; a focused BaseWeb combobox sometimes needs ArrowDown to open."""
    box = widget(page, key).get_by_role("combobox")
    box.click()
    page.wait_for_timeout(300)
    if page.get_by_role("option", name=label).count() == 0:
        box.press("ArrowDown")
    page.get_by_role("option", name=label).click(timeout=SLOW)
    wait_for_idle(page, 120_000)


def test_a_comparison_shows_the_table_and_plots(page: Page, app_url: str) -> None:
    # The router first: on a fresh server a deep link can be served before st.navigation ever ran.
    open_app(page, f"{app_url}/?lang=en")
    open_app(page, f"{app_url}/compression?lang=en")
    expect_no_exception(page)
    expect(widget(page, "compress.run")).to_be_visible(timeout=SLOW)
    methods = widget(page, "compress.methods")
    methods.get_by_role("button", name="Clear all").first.click()  # start from an empty choice
    wait_for_idle(page)
    for label in ("fp16 cast", "Dynamic int8 (torch.ao)"):
        methods.get_by_role("combobox").click()
        page.get_by_role("option", name=label, exact=True).click(timeout=SLOW)
        wait_for_idle(page)
    page.get_by_text("Make a trained network").click()  # close the dropdown
    _run(page)
    expect_no_exception(page)
    table = page.get_by_test_id("stDataFrame")
    expect(table).to_have_count(1, timeout=SLOW)
    expect(table).to_be_visible()
    expect(page.get_by_text("Smallest file")).to_be_visible()  # the headline cards
    expect(page.locator(".st-key-compress-fig_pareto .js-plotly-plot")).to_be_visible(timeout=SLOW)
    page.get_by_role("tab", name="Speed").click()
    expect(page.locator(".st-key-compress-fig_latency .js-plotly-plot")).to_be_visible(timeout=SLOW)
    page.get_by_role("tab", name="Weight histograms").click()
    expect(page.locator(".st-key-compress-fig_hist .js-plotly-plot")).to_be_visible(timeout=SLOW)
    # A second comparison on another model must redraw every tab from the new report
    # (a histogram choice left over from the first once broke the page).
    _choose(page, "compress.model", "Digits 8×8 · small CNN")
    _run(page)
    expect(page.get_by_text("4 weight layers")).to_be_visible(timeout=SLOW)
    expect(page.get_by_test_id("stDataFrame")).to_be_visible(timeout=SLOW)
    expect_no_exception(page)
