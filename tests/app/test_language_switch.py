"""The language is read once per script run, and a switch in the sidebar still takes effect on the next run."""

from __future__ import annotations

from playground.i18n import translate
from playground.ui.app import keys
from support.apptest import open_page


def test_switching_the_sidebar_language_redraws_the_page_in_it_at_once() -> None:
    app = open_page(None, "en")  # home: its widgets keep their values in both languages
    assert app.title[0].value == translate("home.title", "en")
    app.selectbox(key=keys.LANGUAGE).select("zh").run()
    assert app.title[0].value == translate("home.title", "zh")
    assert translate("sidebar.language", "zh") in [box.label for box in app.selectbox]
    app.selectbox(key=keys.LANGUAGE).select("en").run()
    assert app.title[0].value == translate("home.title", "en")
