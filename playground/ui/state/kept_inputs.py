"""A user's own file or recording, kept for the session so that a page switch does not lose it.

Why: Streamlit empties uploaders, the microphone and the camera when the user
opens another page, and a recording or a snapshot cannot be made again the
same way. The last one of each slot is kept, up to ``KEEP_LIMIT_BYTES`` so
that a classroom of sessions stays within a small server's memory; clearing
the widget on purpose forgets it.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

KEEP_LIMIT_BYTES = 8 * 1024 * 1024  # a 30-s WAV at 48 kHz is 2.9 MB; a phone photo 3-5 MB
_STORE = "global.kept_inputs"


@dataclass(frozen=True)
class KeptInput:
    name: str | None  # None: the caller names it (in the language of the moment)
    data: bytes


def keep_input(slot: str, name: str | None, data: bytes) -> None:
    """Keep ``data`` under ``slot`` (a widget key); a file above the limit is not kept, and replaces nothing."""
    store = st.session_state.setdefault(_STORE, {})
    if len(data) <= KEEP_LIMIT_BYTES:
        store[slot] = KeptInput(name, data)
    else:
        store.pop(slot, None)


def kept_input(slot: str) -> KeptInput | None:
    return st.session_state.get(_STORE, {}).get(slot)


def forget_if_cleared(slot: str) -> None:
    """A widget callback: the user emptied the widget, so the kept copy goes too."""
    if not st.session_state.get(slot):
        st.session_state.get(_STORE, {}).pop(slot, None)
