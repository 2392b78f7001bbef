"""Live views that redraw on a timer without a livelock: a fragment the browser reruns only after each run.

Why: the fusion, vision, speech, language and parallel labs redraw their
curves through Streamlit fragment runs, which cost the one app process tens
of milliseconds of its interpreter lock each. With ``run_every`` a class of
thirty would ask for more runs than the server can do, and the browser's
fixed-rate timer would cut each slow run short (issue 13). Here:

- the next run is asked for by the browser (``components.pacer``) only
  after the previous one has arrived, so a slow run delays the next one
  instead of being cut short: no livelock, by construction;
- the wait comes from a server-wide budget of fragment runs per second
  (``RUNS_PER_S``), shared by every paced view of every session: with a few
  students each view gets its own interval, with many each waits longer and
  the page says "busy server";
- without a live view (its interval is None) the fragment is an ordinary
  one and costs nothing between clicks.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

import streamlit as st

from playground.training.runner.budget import RedrawBudget
from playground.ui.components.pacer import pacer
from playground.ui.i18n import t

RUNS_PER_S = 15.0  # paced fragment runs a second for the whole server (~20-40 ms of its lock each)
SLOWEST_S = 5.0  # a packed server still redraws every view at least this often
BUDGET = RedrawBudget(updates_per_s=RUNS_PER_S, fastest_s=0.0, slowest_s=SLOWEST_S, window_s=SLOWEST_S + 1.0)
_VIEWER = "paced.viewer"  # session state: this browser tab's random id in the budget


def wait_for(view: str, interval_s: float) -> tuple[float, bool]:
    """(seconds until this view's next run, whether the server's budget, not the view, set it)."""
    viewer = st.session_state.setdefault(_VIEWER, secrets.token_hex(8))
    shared = BUDGET.interval_for(f"{viewer}:{view}")
    return max(interval_s, shared), shared > interval_s * 1.05


def paced_fragment(view: str, interval_s: float | None) -> Callable[[Callable[[], None]], Callable[[], None]]:
    """Like ``st.fragment(run_every=interval_s)``, but each next run waits for the last (and the server's budget).

    ``view`` names the live view (one budget entry per tab and view, and the
    pacer's widget key). ``interval_s`` None: no timer, an ordinary fragment.
    """

    def wrap(body: Callable[[], None]) -> Callable[[], None]:
        @st.fragment
        def part() -> None:
            body()  # a body that calls st.rerun() ends the run here: no pacer, no next tick
            if interval_s is None:
                return
            wait, busy = wait_for(view, interval_s)
            if busy:
                st.caption(t("live.paced_busy", s=f"{wait:.1f}"))
            ticks = f"paced.tick.{view}"
            st.session_state[ticks] = st.session_state.get(ticks, 0) + 1
            pacer(key=f"paced.pacer.{view}", tick=st.session_state[ticks], wait_ms=round(wait * 1000))

        return part

    return wrap
