#!/usr/bin/env bash
# Command (1): create .venv, install the app's requirements, serve the app.
# Extra arguments go to `streamlit run` (e.g. --server.port 8502).
source "$(dirname "$0")/_venv.sh" requirements.txt
# app.py serves the router (streamlit_app.py) and the training live view's feed on the same server.
exec .venv/bin/streamlit run app.py "$@"
