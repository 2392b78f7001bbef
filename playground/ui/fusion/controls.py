"""The fusion page's controls: data, members, rule and training knobs, and the Train / Pause buttons.

Every knob is drawn from its ``Param`` in ``playground.fusion.config.TABLE``
(``param_widget``); the member-kind and rule pickers also keep each other
consistent through callbacks (boosting votes need boosting rounds).
"""

from __future__ import annotations

import streamlit as st

from playground.fusion.config import TABLE, FusionConfig
from playground.fusion.data import DATASETS
from playground.fusion.members import KINDS
from playground.fusion.rules import RULES
from playground.ui import t
from playground.ui.fusion import session
from playground.ui.fusion.keys import KIND, LINK_NOTES_OK, PAUSE, RESET, RULE, STEP, TRAIN
from playground.ui.fusion.state import dismiss_link_notes, link_notes, on_kind, on_rule
from playground.ui.widgets import param_widget, show_notices

SLOT = "ens"


def _knob(name: str, **options: object) -> object:
    field = TABLE[name]
    return param_widget(field.param, field.key, **options)  # type: ignore[arg-type]


def _picker(name: str, key: str, registry: object, callback: object) -> str:
    param = TABLE[name].param
    if key not in st.session_state or st.session_state[key] not in param.choices:
        st.session_state[key] = param.default
    return st.selectbox(t(param.label_key), param.choices, key=key, on_change=callback,  # type: ignore[arg-type]
                        format_func=lambda n: t(registry[n].title_key),  # type: ignore[index]
                        help=t(param.help_key))  # fmt: skip


def link_notes_box() -> None:
    notes = link_notes()
    if notes:
        with st.container(border=True):
            st.markdown(t("fusion.link_notes"))
            show_notices(notes)
            st.button(t("fusion.link_notes_ok"), key=LINK_NOTES_OK, on_click=dismiss_link_notes)


def data_controls() -> None:
    st.markdown(f"**{t('fusion.section.data')}**")
    dataset = _knob("dataset", format_choice=lambda n: t(DATASETS[n].title_key))
    if dataset == "digits":
        st.caption(t("fusion.digits_note"))
    else:
        _knob("noise")
        _knob("n_points")
        if dataset == "blobs":
            _knob("n_classes")


def member_controls() -> None:
    st.markdown(f"**{t('fusion.section.members')}**")
    _knob("members")
    kind = _picker("kind", KIND, KINDS, on_kind)
    st.caption(t(KINDS[kind].summary_key))
    rule = _picker("rule", RULE, RULES, on_rule)
    st.caption(t(RULES[rule].summary_key))
    with st.expander(t("fusion.section.training")):
        _knob("width")
        if kind != "width_act":
            _knob("activation")
        _knob("epochs")
        _knob("lr")
        _knob("batch")
        if KINDS[kind].parallel:
            _knob("folds")


def control_bar(config: FusionConfig) -> None:
    """Train / Pause, one epoch, and Reset (a fresh ensemble from the same settings)."""
    running = session.running(SLOT)
    cols = st.columns(3)
    if running:
        cols[0].button(t("fusion.pause"), key=PAUSE, on_click=session.pause, args=(SLOT,), icon=":material/pause:",
                       width="stretch", type="primary")  # fmt: skip
    else:
        cols[0].button(t("fusion.train"), key=TRAIN, on_click=session.play, args=(SLOT,),
                       icon=":material/play_arrow:", width="stretch", type="primary")  # fmt: skip
    cols[1].button(t("fusion.step"), key=STEP, on_click=session.step, args=(SLOT,), icon=":material/skip_next:",
                   width="stretch", help=t("fusion.step_help"))  # fmt: skip
    cols[2].button(t("fusion.reset"), key=RESET, on_click=session.release, args=(SLOT,),
                   icon=":material/restart_alt:", width="stretch")  # fmt: skip
