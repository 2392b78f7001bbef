"""Make a shared deep link work on a freshly started server.

Why this exists: Streamlit decides per process whether an app uses the old
folder-based multipage mode by looking for a ``pages/`` folder next to the
entrypoint, and switches to ``st.navigation`` mode for good only once the
router has run. So when the first visitor after a (re)start opens a page URL
such as ``/training`` -- a link a teacher shared, after the Community Cloud
app woke up -- Streamlit 1.67 runs ``pages/training.py`` alone: no router, no
language or seed sidebar, and every file in ``pages/`` listed, ready or not.

The fix: the first time a page runs in that legacy mode, switch the flag and
rerun; the rerun goes through ``streamlit_app.py``, whose ``st.navigation``
resolves the same URL to the same page. This touches one private attribute
(``PagesManager.uses_pages_directory``); tests/e2e/test_deep_link.py starts a
fresh server and opens a deep link first, so an upgrade that breaks it fails.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def leave_legacy_page_mode() -> None:
    """If this run is Streamlit's folder-based fallback, rerun through the router."""
    if PagesManager.uses_pages_directory is True:
        PagesManager.uses_pages_directory = False
        st.rerun()


def enter_page() -> None:
    """The first call of every page script: a page served without the router reruns through it.

    Why a call and not an import side effect: importing a module must never
    stop the script (``st.rerun`` raises), or a test, a notebook or another
    page that imports a panel would rerun by surprise.
    """
    leave_legacy_page_mode()
