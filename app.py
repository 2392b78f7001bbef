"""The app server: Streamlit's own server for the router (``streamlit_app.py``) plus the live-view feed.

Run with ``streamlit run app.py`` (``scripts/run_app.sh`` does). Why an
``st.App`` around the router: the training studio's live view asks this
server for updates at ``/_live/<token>`` without any Streamlit script run
(``playground/training/runner/live_http.py``). ``streamlit run streamlit_app.py``
still works; the live view then falls back to redrawing through Streamlit.
"""

import streamlit as st

from playground.training.runner.live_http import live_routes

app = st.App("streamlit_app.py", routes=live_routes())
