"""The global sidebar: language, compute device and random seed.

Rendered by the entrypoint on every run, so Streamlit keeps these widgets'
values across page switches. The language is mirrored into the URL
(``?lang=zh``) so a teacher can share a link that opens in Chinese.
"""

from __future__ import annotations

import streamlit as st

from playground.devices import available_devices, default_device_id
from playground.i18n import LANGUAGES
from playground.seeding import DEFAULT_SEED, MAX_SEED
from playground.ui import keys
from playground.ui.i18n import current_language, t


def _remember_language() -> None:
    st.query_params["lang"] = st.session_state[keys.LANGUAGE]


def render_global_controls() -> None:
    """Draw language, device and seed in the sidebar (state lives under ``global.*``)."""
    if keys.LANGUAGE not in st.session_state:
        st.session_state[keys.LANGUAGE] = current_language()
    devices = {device.id: device for device in available_devices()}
    chosen_device = st.session_state.get(keys.DEVICE)
    vanished = chosen_device is not None and chosen_device not in devices
    if chosen_device not in devices:
        st.session_state[keys.DEVICE] = default_device_id()
    with st.sidebar:
        if vanished:
            st.warning(t("devices.vanished", device=chosen_device), icon=":material/warning:")
        st.selectbox(
            t("sidebar.language"),
            options=list(LANGUAGES),
            format_func=LANGUAGES.__getitem__,
            key=keys.LANGUAGE,
            on_change=_remember_language,
        )
        st.selectbox(
            t("sidebar.device"),
            options=list(devices),
            format_func=lambda device_id: devices[device_id].label(),
            key=keys.DEVICE,
            help=t("sidebar.device_help"),
        )
        st.number_input(
            t("sidebar.seed"),
            min_value=0,
            max_value=MAX_SEED,
            value=DEFAULT_SEED,
            step=1,
            key=keys.SEED,
            help=t("sidebar.seed_help"),
        )
