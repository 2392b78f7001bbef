"""The lab's settings and its Train / Stop / Clear buttons (every widget from the state table's ``Param``s)."""

from __future__ import annotations

import streamlit as st

from playground.language.config import TABLE, LanguageConfig
from playground.ui.i18n import t
from playground.ui.language.keys import CLEAR, PENDING, STOP, TRAIN
from playground.ui.language.session import forget_all, pause_all, start_run
from playground.ui.language.state import follow_corpus, follow_model
from playground.ui.widgets import param_widget

SIZES = {"ngram": (), "embedding_bag": ("dim", "hidden"), "transformer": ("dim", "heads", "layers", "max_len")}


def _choice(name: str, container: object, on_change: object = None) -> str:
    field = TABLE[name]
    prefix = {"corpus": "language.corpus", "tokenizer": "language.tok", "model": "language.model"}[name]
    value = container.selectbox(  # type: ignore[attr-defined]
        t(field.param.label_key), field.param.choices, key=field.key, format_func=lambda c: t(f"{prefix}.{c}"),
        on_change=on_change, help=t(f"{prefix}.help"),
    )  # fmt: skip
    return str(value)


def setting_row() -> None:
    """Corpus, tokenizer and model side by side, with the Train button: the page's first line."""
    cols = st.columns([1.2, 1.2, 1.2, 0.8], vertical_alignment="bottom")
    _choice("corpus", cols[0], follow_corpus)
    _choice("tokenizer", cols[1])
    _choice("model", cols[2], follow_model)
    cols[3].button(t("language.train"), key=TRAIN, type="primary", icon=":material/play_arrow:",
                   width="stretch", on_click=_train)  # fmt: skip


def remember_config(config: LanguageConfig, device: str) -> None:
    """The page's config and device, for the Train callback of the next click."""
    st.session_state[PENDING] = (config, device)


def _train() -> None:
    pending = st.session_state.get(PENDING)
    if pending is not None:
        start_run(*pending)


def settings_expander(model: str) -> None:
    """Training knobs and the chosen model's sizes (only the ones it uses)."""
    with st.expander(t("language.settings"), icon=":material/tune:"):
        cols = st.columns(4)
        for index, name in enumerate(("epochs", "lr", "batch_size", "max_vocab", "test_ratio", *SIZES.get(model, ()))):
            param_widget(TABLE[name].param, TABLE.key(name), container=cols[index % 4])
        st.caption(t("language.settings_note"))


def run_buttons(running: bool, have_runs: bool) -> None:
    cols = st.columns([1, 1, 4])
    cols[0].button(t("language.stop"), key=STOP, icon=":material/pause:", on_click=pause_all, disabled=not running)
    cols[1].button(t("language.clear"), key=CLEAR, icon=":material/delete:", on_click=forget_all,
                   disabled=not have_runs)  # fmt: skip
