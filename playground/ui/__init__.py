"""The only Streamlit code inside the package: shared widgets and i18n helpers.

Pages import from here (``from playground.ui import t``) so that the language,
device and seed chosen in the global sidebar reach every page the same way.
Importing has no side effects: each page calls ``enter_page()`` first, which
reruns a page that Streamlit served without the router (see ``app/routing.py``).
"""

from playground.ui.app.routing import enter_page
from playground.ui.app.settings import GlobalSettings, global_settings
from playground.ui.i18n import current_language, t
from playground.ui.widgets import show_input_error, show_notices

__all__ = [
    "GlobalSettings",
    "current_language",
    "enter_page",
    "global_settings",
    "show_input_error",
    "show_notices",
    "t",
]
