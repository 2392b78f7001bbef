"""Training studio: train a small network live on a 2-D problem, TensorFlow Playground style.

Reading order: controls write session-state keys; they become one config;
the config decides whether the trainer (in a worker process) is rebuilt or
just reconfigured; the live fragment polls its snapshots ten times a second.
"""

from __future__ import annotations

import streamlit as st

from playground.training.runner.protocol import LOST
from playground.training.toy_data import RADIUS, split
from playground.ui import enter_page, global_settings, t
from playground.ui.training.controls import control_bar, data_panel, link_notes_box, model_panel, preset_row
from playground.ui.training.data import assemble_data
from playground.ui.training.export import export_tab
from playground.ui.training.keys import RESTART, RUNNING
from playground.ui.training.live import paused_snapshot, render_live
from playground.ui.training.panels import compare_tab, device_tab, own_data_tab, settings_tab
from playground.ui.training.session import backend_notice, ensure_trainer, restart
from playground.ui.training.state import config_from_widgets, effective_seed, init_state, sync_url

enter_page()  # first: a deep link served before the router ran reruns through it

settings = global_settings()
init_state(settings.seed)
seed = effective_seed(settings.seed)

st.title(t("train.title"))
backend_notice()  # the configured training cluster is down: say so before anything trains
st.caption(t("train.intro"))
link_notes_box()
preset_row(seed)
control_bar()

config = config_from_widgets(seed)
data, usable = assemble_data(config)
sync_url(config)
running = bool(st.session_state.get(RUNNING))

data_col, live_col = st.columns([1.25, 3.2], gap="medium")
with data_col:
    data_panel()
    model_panel()
snapshot, parts = None, None
with live_col:
    if usable:
        parts = split(data, config.test_ratio, config.seed)
        ensure_trainer(config, parts, str(settings.device.device))
        snapshot = paused_snapshot()  # one fetch (with the weights) serves the export tab and the live view
        render_live(config, parts, snapshot)
        if snapshot is not None and snapshot.status in LOST:
            st.button(t("train.restart"), key=RESTART, on_click=restart, icon=":material/refresh:")
    else:
        st.info(t("train.own_need_points"), icon=":material/touch_app:")

tabs = st.tabs(
    [t("train.tab.settings"), t("train.tab.own"), t("train.tab.compare"), t("train.tab.export"), t("train.tab.device")]
)
with tabs[0]:
    settings_tab(config)
with tabs[1]:
    own_data_tab(data, max(RADIUS, float(abs(data.x).max(initial=0))))
with tabs[2]:
    compare_tab(snapshot, config)
with tabs[3]:
    if parts is not None:
        export_tab(snapshot, config, parts.test, running)
with tabs[4]:
    device_tab(str(settings.device.device), settings.device.fell_back, settings.device.requested_id)
