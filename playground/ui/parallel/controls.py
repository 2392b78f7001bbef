"""The lab's controls: the experiment, its sizes, the guess, the estimate (or refusal) and Run.

Why the guess comes before Run (and unlocks it): a student who commits to a
prediction remembers the measurement that contradicts it; one who only
watches a bar chart does not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from playground.core.errors import InputError
from playground.parallel.experiments import EXPERIMENTS
from playground.parallel.machine import usable_cores
from playground.parallel.settings import EXPERIMENT as EXPERIMENT_PARAM
from playground.parallel.settings import TABLE, field_name
from playground.ui.i18n import t
from playground.ui.parallel.keys import EXPERIMENT, RUN, guess_key
from playground.ui.widgets import param_widget, show_input_error


def experiment_picker() -> str:
    return str(param_widget(EXPERIMENT_PARAM, EXPERIMENT, format_choice=lambda name: t(f"parallel.exp.{name}")))


def sizes_panel(experiment: str) -> None:
    """One widget per size of the chosen experiment (their keys and bounds come from the table)."""
    entry = EXPERIMENTS[experiment]
    columns = st.columns(len(entry.params))
    for column, param in zip(columns, entry.params, strict=True):
        field = TABLE[field_name(experiment, param.name)]
        fmt = (lambda choice: t(f"parallel.workload.{choice}")) if param.name == "workload" else None
        with column:
            param_widget(field.param, field.key, label=t(param.label_key), format_choice=fmt)


def guess_panel(experiment: str) -> str | None:
    """The question and its answers; nothing chosen at first."""
    entry = EXPERIMENTS[experiment]
    return st.radio(
        t(f"parallel.exp.{experiment}.question"),
        entry.guesses,
        index=None,
        key=guess_key(experiment),
        format_func=lambda choice: t(f"parallel.guess.{experiment}.{choice}"),
    )


def estimate_line(experiment: str, sizes: dict[str, Any]) -> bool:
    """The estimate under the cap (True), or the refusal in words (False)."""
    entry = EXPERIMENTS[experiment]
    try:
        checked = entry.check(sizes)
    except InputError as error:
        show_input_error(error)
        return False
    st.caption(
        t(
            "parallel.estimate",
            needed=f"{entry.estimate_s(checked):.0f}",
            cap=f"{entry.cap_for(checked):.0f}",
            cores=entry.cores_needed(checked),
            total=usable_cores(),
        )
    )
    return True


def run_button(on_click: Callable[[], None], *, guessed: bool, allowed: bool) -> None:
    st.button(
        t("parallel.run"),
        key=RUN,
        type="primary",
        icon=":material/play_arrow:",
        on_click=on_click,
        disabled=not (guessed and allowed),
    )
    if not guessed:
        st.caption(t("parallel.guess_first"))
