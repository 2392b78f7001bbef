"""The only Streamlit code inside the package: shared widgets and i18n helpers.

Pages import from here (``from playground.ui import t``) so that the language,
device and seed chosen in the global sidebar reach every page the same way.
"""

from playground.ui.app.routing import leave_legacy_page_mode
from playground.ui.app.settings import GlobalSettings, global_settings
from playground.ui.i18n import current_language, t
from playground.ui.widgets import show_input_error, show_notices

# Every page imports this package first: a page run without the router (a deep
# link opened first after a server start) reruns through it. See routing.py.
leave_legacy_page_mode()

__all__ = [
    "GlobalSettings",
    "current_language",
    "global_settings",
    "show_input_error",
    "show_notices",
    "t",
]
