"""The only Streamlit code inside the package: shared widgets and i18n helpers.

Pages import from here (``from playground.ui import t``) so that the language,
device and seed chosen in the global sidebar reach every page the same way.
"""

from playground.ui.i18n import current_language, t
from playground.ui.messages import show_input_error, show_notices
from playground.ui.settings import GlobalSettings, global_settings

__all__ = [
    "GlobalSettings",
    "current_language",
    "global_settings",
    "show_input_error",
    "show_notices",
    "t",
]
