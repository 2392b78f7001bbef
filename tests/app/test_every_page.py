"""Every page in the navigation renders through the router in both languages."""

from __future__ import annotations

import pytest

from playground.catalog import ready_pages
from playground.i18n import LANGUAGES
from support.apptest import assert_clean, open_page


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("spec", ready_pages(), ids=lambda spec: spec.url_path or "home")
def test_page_renders_without_exception(spec, language: str) -> None:
    app = open_page(None if spec.url_path == "" else spec.file, language)
    assert_clean(app)
    assert app.session_state["global.lang"] == language
