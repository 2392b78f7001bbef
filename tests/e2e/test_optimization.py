"""The optimization lab in a real browser: type vectors and see the MSE; race optimizers on a surface."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from support.browser import expect_no_exception, open_app, wait_for_idle, widget


def test_type_vectors_then_race_optimizers_and_click_a_new_start(page: Page, app_url: str) -> None:
    open_app(page, app_url)  # the router first, as a visitor arriving on the home page would
    open_app(page, f"{app_url}/optimization?section=losses")
    for key, text in (("opt.y_true", "[1, 2]"), ("opt.y_pred", "1.1, 1.9")):
        box = widget(page, key).locator("input")
        box.fill(text)
        box.press("Enter")
        wait_for_idle(page)
    mse = page.get_by_test_id("stMetric").filter(has_text="Mean squared error")
    expect(mse.get_by_test_id("stMetricValue")).to_have_text("0.01")
    widget(page, "opt.y_pred").locator("input").fill("1.1, oops")
    widget(page, "opt.y_pred").locator("input").press("Enter")
    wait_for_idle(page)
    expect(page.get_by_test_id("stAlertContentError")).to_contain_text("“oops”")

    widget(page, "opt.section").get_by_text("4 · Optimizer race").click()
    wait_for_idle(page)
    widget(page, "opt.surface").click()
    page.get_by_role("option", name="Himmelblau").click()
    wait_for_idle(page)
    widget(page, "opt.optimizers").locator("input").click()
    page.get_by_role("option", name="Adagrad").click()
    page.keyboard.press("Escape")
    expect(widget(page, "opt.optimizers")).to_contain_text("Adagrad")
    wait_for_idle(page)
    chart = widget(page, "opt.race_chart")
    expect(chart.locator(".imagelayer image").first).to_be_attached()  # the surface picture
    # While plotly re-mounts, the old chart's legend can linger beside the new one: wait for the new.
    legend = chart.locator(".legend").filter(has_text="Adagrad").first
    expect(legend).to_be_visible(timeout=20_000)
    expect(legend).to_contain_text("Adam")
    expect_no_exception(page)

    chart.get_by_text("Play").click()  # client-side frames: no rerun, the paths replay
    page.wait_for_timeout(500)
    expect(page.locator("[data-testid=stApp][data-test-script-state=notRunning]")).to_be_attached()

    before = widget(page, "opt.x0").inner_text()
    plot = chart.locator(".nsewdrag").first.bounding_box()
    assert plot is not None
    page.mouse.click(plot["x"] + plot["width"] * 0.8, plot["y"] + plot["height"] * 0.2)
    page.wait_for_timeout(500)
    wait_for_idle(page)
    expect(widget(page, "opt.x0")).not_to_have_text(before)
    expect_no_exception(page)


def test_a_shared_race_link_opens_the_same_race_and_survives_a_detour(page: Page, app_url: str) -> None:
    link = "section=race&surface=rosenbrock&racers=sgd,adam&steps=40&x0=-1.5&y0=2"
    open_app(page, f"{app_url}/optimization?lang=en&{link}")
    expect_no_exception(page)
    expect(widget(page, "opt.surface").locator("input")).to_have_value(re.compile("Rosenbrock"))
    expect(widget(page, "opt.optimizers")).to_contain_text("Adam")
    for part in link.split("&"):
        assert part.replace(",", "%2C") in page.url or part in page.url, (part, page.url)
    navigation = page.get_by_test_id("stSidebarNav")
    navigation.get_by_role("link", name="Home").click()
    wait_for_idle(page)
    navigation.get_by_role("link", name="Optimization lab").click()
    wait_for_idle(page)
    expect(widget(page, "opt.surface").locator("input")).to_have_value(re.compile("Rosenbrock"))
    expect(page).to_have_url(re.compile(r"surface=rosenbrock"))
