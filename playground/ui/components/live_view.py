"""The training studio's live view as a browser component (``st.components.v2``, inline, no build step).

Why a component: the browser draws the boundary, the neurons, the links and
the curves from the model's few hundred numbers at its own frame rate, and
asks the app server's live feed (``playground.training.runner.live_feed``)
for updates without any Streamlit script run. Python only mounts it once per
full run with the texts, the points and the feed's address.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import streamlit as st

HERE = Path(__file__).with_name("live_view")


@cache
def _component() -> Callable[..., Any]:
    """Registered once per process: forward.js (the forward pass and colours) then the view itself."""
    js = (HERE / "forward.js").read_text() + "\n" + (HERE / "live_view.js").read_text()
    return st.components.v2.component("playground.live_view", js=js, css=(HERE / "live_view.css").read_text())


def _redraw() -> None:
    """The feed was lost (another app replica, a restarted server): the full rerun this triggers is the point."""


def live_view(data: dict[str, Any], *, key: str, on_ended: Callable[[], None]) -> Any:
    """Mount the live view; ``on_ended`` runs (with a full rerun) when training stops by itself.

    When its feed is unknown to the server it talks to, the view asks for one rerun (``_redraw``).
    """
    return _component()(key=key, data=data, on_ended_change=on_ended, on_lost_change=_redraw, height="content")
