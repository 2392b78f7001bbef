"""The global sidebar choices as one plain value a page can pass to the engine."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from playground.core.devices import DeviceChoice, resolve_device
from playground.core.seeding import DEFAULT_SEED
from playground.ui.app import keys
from playground.ui.i18n import current_language


@dataclass(frozen=True)
class GlobalSettings:
    """Language, device and seed as chosen in the sidebar (device already resolved)."""

    language: str
    device: DeviceChoice
    seed: int


def global_settings() -> GlobalSettings:
    """Read the sidebar's choices; pages call this instead of touching session keys."""
    return GlobalSettings(
        language=current_language(),
        device=resolve_device(st.session_state.get(keys.DEVICE)),
        seed=int(st.session_state.get(keys.SEED, DEFAULT_SEED)),
    )
