"""A page URL opened first on a freshly started server still gets the router.

Streamlit falls back to folder-based pages until the router has run once;
playground/ui/app/routing.py reruns such a first visit through the router.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from playground.catalog import ready_pages
from playground.i18n import translate
from support.browser import expect_no_exception, open_app, wait_for_idle


def test_first_visit_by_deep_link_shows_the_router_sidebar_and_only_ready_pages(page: Page, app_url: str) -> None:
    studios = [spec for spec in ready_pages() if spec.url_path]
    target = studios[0] if studios else ready_pages()[0]
    open_app(page, f"{app_url}/{target.url_path}?lang=zh")  # this module's server has served nothing yet
    expect_no_exception(page)
    sidebar = page.get_by_test_id("stSidebar")
    # The navigation draws first; the sidebar's widgets come with the first page run, which on a cold
    # server (this module's first visit, a slow shared host) has been seen to take longer than 5 s.
    first_run_s = 30_000
    expect(sidebar).to_contain_text(translate("sidebar.seed", "zh"), timeout=first_run_s)
    expect(sidebar).to_contain_text(translate("sidebar.language", "zh"))
    if len(ready_pages()) > 1:
        navigation = page.get_by_test_id("stSidebarNav")
        expect(navigation).to_contain_text(translate(target.title_key, "zh"))
        expect(navigation.get_by_role("link")).to_have_count(len(ready_pages()))
    assert page.url.split("?")[0].rstrip("/").endswith(target.url_path)


def test_the_language_stays_in_the_url_after_moving_to_another_page(page: Page, app_url: str) -> None:
    """A page switch clears the query string; the sidebar puts ``lang`` back so a copied link keeps Chinese."""
    pages = ready_pages()
    open_app(page, f"{app_url}/?lang=zh")
    other = next(spec for spec in pages if spec.url_path)
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=translate(other.title_key, "zh")).click()
    expect(page).to_have_url(re.compile(rf"/{other.url_path}\?(.*&)?lang=zh"))
    wait_for_idle(page)
    expect_no_exception(page)
    expect(page.get_by_test_id("stMain")).to_contain_text(translate(other.title_key, "zh"))
