"""Parallel computing lab: measure on this server what runs faster in parallel and what does not.

Reading order: the table's values (experiment and sizes, also in the URL)
come first; the student guesses, then Run asks the server-wide lab for a
measurement (answered from the cache, joined, or queued); the live fragment
shows the queue position, the measurement growing, then the result with its
spread, the load while it ran, figures and a CSV. Nothing is measured in
this script: a backend worker starts the measuring child process.
"""

from __future__ import annotations

import streamlit as st

from playground.parallel.experiments import EXPERIMENTS
from playground.ui import enter_page, global_settings, show_input_error, t
from playground.ui.parallel.controls import estimate_line, experiment_picker, guess_panel, run_button, sizes_panel
from playground.ui.parallel.keys import AGAIN, REFUSAL
from playground.ui.parallel.live import live_panel
from playground.ui.parallel.session import ask, device_for, get_lab, key_for
from playground.ui.parallel.state import current, init_state, mirror, show_link_notes
from playground.ui.training.session import backend_notice

enter_page()  # first: a deep link served before the router ran reruns through it

settings = global_settings()
device = str(settings.device.device)
init_state()

st.title(t("parallel.title"))
backend_notice()  # the configured training cluster is down: say so before anything trains
st.caption(t("parallel.intro"))
show_link_notes()

experiment = experiment_picker()
_, sizes, values = current()
entry = EXPERIMENTS[experiment]
st.markdown(f"**{t(entry.summary_key)}**")

with st.container(border=True):
    sizes_panel(experiment)
    guess = guess_panel(experiment)
    allowed = estimate_line(experiment, sizes)
    if entry.uses_device:
        st.caption(t("parallel.device_used", device=device_for(experiment, device)))
    elif device != "cpu":
        st.caption(t("parallel.device_cpu", device=device))

key = key_for(experiment, sizes, device)


def _run(again: bool = False) -> None:
    answer = ask(experiment, sizes, device, again=again)
    if isinstance(answer, Exception):
        st.session_state[REFUSAL] = answer


pending = get_lab().ticket(key) is not None  # queued or measuring: a second press would only join it
if get_lab().cached(key) is not None:
    st.button(
        t("parallel.again"),
        key=AGAIN,
        icon=":material/refresh:",
        on_click=_run,
        args=(True,),
        disabled=not allowed or pending,
    )
else:
    run_button(_run, guessed=guess is not None, allowed=allowed and not pending)
refusal = st.session_state.pop(REFUSAL, None)
if refusal is not None:
    show_input_error(refusal)

live_panel(experiment, key, guess)

with st.expander(t("parallel.why"), icon=":material/school:"):
    st.markdown(t(f"parallel.exp.{experiment}.explain"))

mirror(experiment, values)
