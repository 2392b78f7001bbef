"""The challenges tab: pick a task, load its starting setup, train, and see the check pass or not."""

from __future__ import annotations

import streamlit as st

from playground.fusion.challenges import CHALLENGES, check, finished
from playground.fusion.config import FusionConfig
from playground.fusion.report import EnsembleReport
from playground.ui import t
from playground.ui.fusion.keys import CHALLENGE, CHALLENGE_DONE, CHALLENGE_LOAD
from playground.ui.fusion.state import apply


def challenges_tab(config: FusionConfig, report: EnsembleReport | None) -> None:
    st.markdown(t("fusion.ch.intro"))
    names = list(CHALLENGES)
    if st.session_state.get(CHALLENGE) not in names:
        st.session_state[CHALLENGE] = names[0]
    done: set[str] = st.session_state.setdefault(CHALLENGE_DONE, set())
    name = st.radio(t("fusion.ch.pick"), names, key=CHALLENGE,
                    format_func=lambda n: ("✅ " if n in done else "") + t(CHALLENGES[n].title_key))  # fmt: skip
    challenge = CHALLENGES[name]
    st.markdown(t(challenge.summary_key))
    st.button(t("fusion.ch.load"), key=CHALLENGE_LOAD, on_click=apply, args=(dict(challenge.start),),
              icon=":material/flag:")  # fmt: skip
    if report is None:
        return
    passed, numbers = check(name, report, config)
    if not finished(report):
        st.info(t("fusion.ch.unfinished"), icon=":material/hourglass_top:")
    elif passed:
        done.add(name)
        st.success(t(f"fusion.ch.{name}.pass", **numbers), icon=":material/check_circle:")
    else:
        st.info(t(f"fusion.ch.{name}.progress", **numbers), icon=":material/hourglass_top:")
