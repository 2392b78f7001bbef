"""The global sidebar: language, compute device and random seed.

Rendered by the entrypoint on every run, so Streamlit keeps these widgets'
values across page switches. The language is mirrored into the URL
(``?lang=zh``) on every page, so a teacher can share a link that opens in Chinese.
"""

from __future__ import annotations

import streamlit as st

from playground.core.devices import available_devices, default_device_id
from playground.core.seeding import DEFAULT_SEED, MAX_SEED
from playground.i18n import DEFAULT_LANGUAGE, LANGUAGES
from playground.ui.app import keys
from playground.ui.i18n import current_language, t


def _mirror_language_in_url() -> None:
    """Keep ``?lang=`` in step with the chosen language on every page.

    Why every run and not only when the selectbox changes: a page switch
    clears the URL's query parameters, so a link copied after moving to
    another page would open in English.
    """
    language = st.session_state[keys.LANGUAGE]
    if st.query_params.get("lang", DEFAULT_LANGUAGE) != language:
        st.query_params["lang"] = language


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
        )
        _mirror_language_in_url()
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
