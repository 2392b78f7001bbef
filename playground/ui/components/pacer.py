"""A browser component that asks for its fragment's next run once the last one has arrived (``st.components.v2``).

Why: ``st.fragment(run_every=...)`` is ticked by a fixed-rate browser timer
that does not wait for the previous run, and a new tick cuts a running
fragment short: under a class's load, every run was cut short and nothing
was drawn (issue 13). This invisible element, mounted as a fragment's last
element, triggers the next run itself, after the run it belongs to has
arrived and the server's wait has passed (``playground.ui.paced``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import streamlit as st

HERE = Path(__file__).with_name("pacer")


@cache
def _component() -> Callable[..., Any]:
    return st.components.v2.component("playground.pacer", js=(HERE / "pacer.js").read_text())


def _next_run() -> None:
    """A trigger from a widget inside a fragment reruns that fragment: the rerun is the point."""


def pacer(*, key: str, tick: int, wait_ms: int) -> None:
    """Mount the pacer: fragment run number ``tick`` asks for the next one ``wait_ms`` after it arrived."""
    _component()(key=key, data={"tick": int(tick), "wait_ms": int(wait_ms)}, on_tick_change=_next_run,
                 height=0)  # fmt: skip
