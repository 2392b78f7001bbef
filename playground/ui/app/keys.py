"""Session-state keys of the global sidebar, shared by router, pages and tests.

They live in the entrypoint (``streamlit_app.py``) so Streamlit keeps their
values across page switches; a widget on a page would lose its key on leaving.
"""

LANGUAGE = "global.lang"
DEVICE = "global.device"
SEED = "global.seed"
