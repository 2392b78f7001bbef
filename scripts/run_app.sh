#!/usr/bin/env bash
# Command (1): create .venv, install the app's requirements, serve the app.
# Extra arguments go to `streamlit run` (e.g. --server.port 8502).
source "$(dirname "$0")/_venv.sh" requirements.txt
exec .venv/bin/streamlit run streamlit_app.py "$@"
