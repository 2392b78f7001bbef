"""Turn engine errors and notices into clear messages on the page.

Why here: the engine raises typed errors that carry text in both languages
(``playground.core.errors.InputError``); this is the one place that shows them,
so every page words a bad upload the same way and never shows a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from playground.i18n import translate
from playground.ui.i18n import current_language


class _Translatable:  # structural type: anything with message(language)
    def message(self, language: str) -> str: ...  # pragma: no cover


def show_input_error(error: _Translatable, *, name: str | None = None) -> None:
    """Show what was wrong with an input and what is accepted, as ``st.error``."""
    language = current_language()
    text = error.message(language)
    if name:
        text = translate("common.file_prefix", language, name=name) + " " + text
    st.error(text, icon=":material/error:")


def show_notices(notices: Iterable[_Translatable]) -> None:
    """Show non-fatal notices (trimmed audio, downscaled image) as ``st.info``."""
    language = current_language()
    for notice in notices:
        st.info(notice.message(language), icon=":material/info:")
