"""Model fusion studio: ensembles of small nets trained live, fusion rules, and the seed's two-input model.

Reading order: controls write the table's widget keys; they become one
config; the config decides whether the ensemble job (in a worker process) is
rebuilt; a fragment polls its reports while it trains and draws every view.
The bias–variance and two-input sections have their own jobs, so each can
train while the student reads another.
"""

from __future__ import annotations

import streamlit as st

from playground.ui import enter_page, global_settings, t
from playground.ui.fusion.challenges import challenges_tab
from playground.ui.fusion.controls import control_bar, data_controls, link_notes_box, member_controls
from playground.ui.fusion.export import export_tab
from playground.ui.fusion.extras import bias_variance_tab, multi_input_tab, speed_tab
from playground.ui.fusion.session import ensure_job
from playground.ui.fusion.state import config_from_widgets, effective_seed, init_state, sync_url
from playground.ui.fusion.views import live_views
from playground.ui.training.session import backend_notice

enter_page()  # first: a deep link served before the router ran reruns through it

settings = global_settings()
init_state(settings.seed)
seed = effective_seed(settings.seed)
device = str(settings.device.device)

st.title(t("fusion.title"))
backend_notice()  # the configured training cluster is down: say so before anything trains
st.caption(t("fusion.intro"))
link_notes_box()

controls, main = st.columns([1, 3.4], gap="medium")
with controls:
    data_controls()
    member_controls()
config = config_from_widgets(seed)
sync_url(config)
ensure_job("ens", config.ensemble_spec(), device)
with main:
    control_bar(config)
    report = live_views(config)

st.divider()
st.subheader(t("fusion.more"))
tabs = st.tabs([t("fusion.tab.bias_variance"), t("fusion.tab.multi_input"), t("fusion.tab.challenges"),
                t("fusion.tab.speed"), t("fusion.tab.export")])  # fmt: skip
with tabs[0]:
    bias_variance_tab(config, device)
with tabs[1]:
    multi_input_tab(config, device)
with tabs[2]:
    challenges_tab(config, report)
with tabs[3]:
    speed_tab(config, device)
with tabs[4]:
    export_tab(config, report)
