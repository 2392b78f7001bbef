"""Build ``st.navigation`` from the page catalogue (``playground.catalog``)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from playground.catalog import SECTIONS, ready_pages
from playground.ui.i18n import t

ROOT = Path(__file__).resolve().parents[2]


def build_navigation() -> st.navigation:  # type: ignore[valid-type]
    """One ``st.Page`` per ready page, grouped by the catalogue's sections (Home on top, ungrouped)."""
    groups: dict[str, list[st.Page]] = {}  # type: ignore[valid-type]
    for section in SECTIONS:
        pages = [
            st.Page(
                spec.file,
                title=t(spec.title_key),
                icon=spec.icon,
                url_path=spec.url_path or None,
                default=spec.url_path == "",
            )
            for spec in ready_pages()
            if spec.section == section
        ]
        if pages:
            groups[t(f"home.section.{section}") if section else ""] = pages
    return st.navigation(groups)
