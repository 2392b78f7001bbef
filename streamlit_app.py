"""Router only: page config, navigation, the global sidebar, then the page.

Streamlit reruns this script from the top on every interaction; the sidebar
widgets live here so their values survive page switches, and the pages' own
values are copied here for the same reason (``playground/ui/state/kept_values.py``).
"""

import streamlit as st

from playground.ui.app.housekeeping import collect_garbage_if_due, start_up_once
from playground.ui.app.navigation import build_navigation
from playground.ui.app.sidebar import render_global_controls
from playground.ui.state.kept_values import copy_kept_values

st.set_page_config(page_title="Deep Learning Playground", page_icon=":material/neurology:", layout="wide")

start_up_once()  # one torch thread per process, gc.freeze() after heavy imports
copy_kept_values()  # before a page switch drops the last page's widget values
render_global_controls()
page = build_navigation()
page.run()
collect_garbage_if_due()
