"""Open a page through the router, as Streamlit would, in a chosen language.

Loading a page file directly breaks ``import playground`` and skips the
global sidebar, so every app test starts from ``streamlit_app.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
ENTRYPOINT = ROOT / "streamlit_app.py"


def _navigation_mode_like_the_server() -> None:
    """Make AppTest treat ``pages/`` the way the real server does.

    The server switches to ``st.navigation`` mode for good once the router
    calls it. AppTest (1.67) resets that flag before every run and, seeing a
    ``pages/`` folder, reruns the current page file alone in the old
    folder-based mode: no router, no sidebar. Forcing the flag after each
    PagesManager is built restores the server's behaviour.
    """
    original_init = PagesManager.__init__
    if getattr(original_init, "_playground_patched", False):
        return

    def init_in_navigation_mode(self: PagesManager, *args: object, **kwargs: object) -> None:
        original_init(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    init_in_navigation_mode._playground_patched = True  # type: ignore[attr-defined]
    PagesManager.__init__ = init_in_navigation_mode  # type: ignore[method-assign]


_navigation_mode_like_the_server()

# A catalogue key that leaked onto the page instead of its text ("opt.title").
UNTRANSLATED_KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+){1,4}$")


def open_page(page_file: str | None = None, language: str = "en", timeout: float = 60) -> AppTest:
    """Run the app (home first), switch to ``page_file`` and return the AppTest."""
    app = AppTest.from_file(str(ENTRYPOINT), default_timeout=timeout)
    app.query_params["lang"] = language
    app.run()
    if page_file:
        app.switch_page(page_file).run()
    return app


def assert_clean(app: AppTest) -> None:
    """No exception element and no untranslated catalogue key among visible texts."""
    assert not app.exception, [exception.value for exception in app.exception]
    texts = [
        element.value
        for kind in ("markdown", "caption", "title", "header", "subheader", "text")
        for element in app.get(kind)
    ]
    leaked = [text for text in texts if isinstance(text, str) and UNTRANSLATED_KEY.match(text.strip())]
    assert not leaked, f"untranslated keys on the page: {leaked}"
