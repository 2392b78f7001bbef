"""The lab's settings in the session and the address bar, all from ``playground.language.config.TABLE``.

Why the follow rules: picking the English corpus should switch to word tokens, and picking the
Transformer its learning rate and epochs, or a first click trains a model with the wrong knobs.
They run as ``on_change`` callbacks, before the widgets draw, so a link's explicit values survive.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from playground.core.errors import Notice
from playground.language.config import TABLE, LanguageConfig, build
from playground.language.corpora import CORPORA
from playground.language.models import MODELS
from playground.ui.language.keys import BATCH_SIZE, CORPUS, EPOCHS, LINK_DONE, LINK_NOTES, LR, MODEL, TOKENIZER
from playground.ui.state.table import keep, read_link_once, read_widgets, seed_defaults, sync_url, write_widgets

NO_WIDGET = ("seed",)


def init_state() -> None:
    """Kept values back after a page switch; on a session's first visit, the link's settings."""
    keep(TABLE)
    link = read_link_once(TABLE, LINK_DONE)
    if link is not None and link[0]:
        values, notes = link
        write_widgets(TABLE, {k: v for k, v in values.items() if k not in NO_WIDGET})
        st.session_state[LINK_NOTES] = notes
    seed_defaults(TABLE)


def follow_corpus() -> None:
    """A new corpus brings its own default tokenizer (words for English, characters + pairs for Chinese)."""
    chosen = CORPORA.get(st.session_state.get(CORPUS))
    if chosen is not None:
        st.session_state[TOKENIZER] = chosen.default_tokenizer


SEQUENCE_TOKENS = {"char_bigrams": "chars", "word_bigrams": "words"}  # attention builds its own pairs


def follow_model() -> None:
    """A new model brings the learning rate, epochs and batch size that train it well here.

    The Transformer reads tokens in order, so it gets plain characters or words: pairs interleaved
    with their characters would double its sequence (and its attention maps) for nothing it cannot learn.
    """
    chosen = MODELS.get(st.session_state.get(MODEL))
    if chosen is not None and chosen.name == "transformer":
        tokens = st.session_state.get(TOKENIZER)
        st.session_state[TOKENIZER] = SEQUENCE_TOKENS.get(tokens, tokens)
    if chosen is not None:
        st.session_state[LR] = float(chosen.lr)
        st.session_state[EPOCHS] = int(chosen.epochs)
        st.session_state[BATCH_SIZE] = int(chosen.batch_size)


def current_config(seed: int) -> LanguageConfig:
    """The widgets' values as one validated config, with the sidebar's seed; mirrored into the URL."""
    values: dict[str, Any] = read_widgets(TABLE)
    values["seed"] = seed
    config = build(values).value
    sync_url(TABLE, values)
    return config


def link_notes() -> tuple[Notice, ...]:
    return tuple(st.session_state.pop(LINK_NOTES, ()))
