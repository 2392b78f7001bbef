"""The parallel computing lab in a real browser: guess, Run experiment 1, and see its curve arrive."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from support.browser import expect_no_exception, open_app, wait_for_idle, widget


def test_experiment_one_runs_and_draws_its_curve(page: Page, app_url: str) -> None:
    open_app(page, app_url)  # the router first: the server then serves every page by its path
    open_app(page, f"{app_url}/parallel?exp=threads&threads.n=256&threads.repeats=3")
    run = widget(page, "parallel.run").locator("button")
    expect(run).to_be_disabled()  # a guess comes first
    widget(page, "parallel.guess.threads").get_by_text("Both get slower").click()
    wait_for_idle(page)
    expect(run).to_be_enabled()
    run.click()
    live = widget(page, "parallel.live")
    chart = live.locator("[data-testid=stPlotlyChart]").first
    expect(chart).to_be_visible(timeout=150_000)
    expect(chart.get_by_text("Speed-up over one thread")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Your guess: Both get slower")).to_be_visible(timeout=30_000)
    expect(widget(page, "parallel.again").locator("button")).to_be_visible(timeout=30_000)
    expect(widget(page, "parallel.csv")).to_be_visible()
    expect_no_exception(page)
