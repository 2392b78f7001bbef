"""A page whose live fragment takes longer than its interval: the paced fragment against ``run_every``.

Served by ``tests/e2e/test_paced_fragment.py``. ``?mode=paced`` uses
``playground.ui.paced``; ``?mode=timer`` uses Streamlit's fixed-rate
``run_every`` (for trying the two side by side). Each fragment run counts when it starts and when it finishes
(per tab, in session state), so a run cut short by the next tick shows as a
start without a finish. ``?slow=<s>`` is how long a run takes.
"""

import sys
import time
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from playground.ui.paced import paced_fragment

INTERVAL_S = 0.2
slow = min(2.0, float(st.query_params.get("slow", "0.5")))
mode = st.query_params.get("mode", "paced")
st.session_state["full_runs"] = st.session_state.get("full_runs", 0) + 1
st.markdown(f"full runs: {st.session_state['full_runs']}")


def body() -> None:
    st.session_state["started"] = st.session_state.get("started", 0) + 1
    time.sleep(slow)
    st.empty()  # a Streamlit call: where a run that was asked to stop is cut short
    st.session_state["finished"] = st.session_state.get("finished", 0) + 1
    st.markdown(f"runs started: {st.session_state['started']} · finished: {st.session_state['finished']}")


if mode == "timer":
    st.fragment(run_every=INTERVAL_S)(body)()
else:
    paced_fragment("demo", INTERVAL_S)(body)()
