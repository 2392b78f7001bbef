"""The live part of the page: queue position, the measurement growing, then the shared result.

Why a fragment that ticks only while waiting: a queued or running
measurement is polled once a second (the lab moves its queue on each poll);
a page with nothing pending costs the server nothing. Flipping the tick on
or off needs a full rerun, because the decorator is read on full runs.
"""

from __future__ import annotations

import time

import streamlit as st

from playground.parallel.admission import Cached
from playground.parallel.experiments import EXPERIMENTS
from playground.ui.i18n import t
from playground.ui.paced import paced_fragment
from playground.ui.parallel.keys import LIVE, WAITING
from playground.ui.parallel.session import get_lab, status
from playground.ui.parallel.view import show_result

TICK_S = 1.0


def _busy_line() -> None:
    running = get_lab().running()
    if running:
        names = ", ".join(t(f"parallel.exp.{ticket.spec.experiment}") for ticket in running)
        st.caption(t("parallel.queue.busy", names=names))


def live_panel(experiment: str, key: str, guess: str | None) -> None:
    """Draw the state of ``key``'s measurement; ticks once a second while it is queued or running."""
    interval = TICK_S if st.session_state.get(WAITING) else None

    @paced_fragment(f"parallel.{experiment}", interval)
    def body() -> None:
        cached, ticket, position = status(key)
        with st.container(key=LIVE):
            if ticket is not None:
                st.session_state[WAITING] = True
                if position > 0:
                    st.info(t("parallel.queue.waiting", position=position), icon=":material/hourglass_top:")
                    _busy_line()
                else:
                    elapsed = time.time() - ticket.started_at
                    cap = EXPERIMENTS[experiment].cap_for(dict(ticket.spec.values))
                    st.info(
                        t("parallel.queue.running", elapsed=f"{elapsed:.0f}", cap=f"{cap:.0f}"), icon=":material/speed:"
                    )
                    if ticket.progress is not None and ticket.progress.points:
                        st.caption(t("parallel.partial"))
                        show_result(ticket.progress, None, None)
                if interval is None:
                    st.rerun()  # start ticking
            elif isinstance(cached, Cached) and guess is None:  # guess first, even when a classmate measured it
                st.info(t("parallel.guess_to_see"), icon=":material/lock:")
            elif isinstance(cached, Cached):
                show_result(cached.result, cached.measured_at, guess)
                was_waiting, st.session_state[WAITING] = st.session_state.get(WAITING, False), False
                if was_waiting and interval is not None:
                    st.rerun()  # stop ticking, and let the page swap Run for "Measure again"
            else:
                st.session_state[WAITING] = False

    body()
