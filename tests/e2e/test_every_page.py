"""Open every page in a real browser, in both languages; save README screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from playground.catalog import ready_pages
from playground.i18n import LANGUAGES, translate
from support.browser import expect_no_exception, open_app, wait_for_render

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("spec", ready_pages(), ids=lambda spec: spec.url_path or "home")
def test_page_opens_without_exception(page: Page, app_url: str, spec, language: str) -> None:
    open_app(page, f"{app_url}/{spec.url_path}?lang={language}")
    expect_no_exception(page)
    if len(ready_pages()) > 1:  # Streamlit hides the navigation of a one-page app
        expect(page.get_by_test_id("stSidebarNav")).to_contain_text(translate(spec.title_key, language))
    expect(page.get_by_test_id("stSidebar")).to_contain_text(translate("sidebar.language", language))
    expect(page.get_by_test_id("stMain")).to_be_visible()
    wait_for_render(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    suffix = "" if language == "en" else f".{language}"
    page.screenshot(path=str(SCREENSHOTS / f"{spec.url_path or 'home'}{suffix}.png"))
