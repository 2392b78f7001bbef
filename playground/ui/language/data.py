"""The data and tokens tabs: what the corpus really holds (copies, label noise), the student's own
sentences, and what each tokenizer makes of a text.
"""

from __future__ import annotations

import streamlit as st

from playground.core.errors import InputError
from playground.language.config import LanguageConfig
from playground.language.corpora import CORPORA, LABELS, split
from playground.language.summary import summarize
from playground.language.text import clean_sentence
from playground.language.tokenize import TOKENIZERS, tokenize
from playground.ui.i18n import t
from playground.ui.language.keys import ADD, ADD_LABEL, ADD_TEXT, CLEAR_ADDED, ERROR
from playground.ui.language.session import added_sentences
from playground.ui.widgets import show_input_error

MAX_ADDED = 200


def data_tab(config: LanguageConfig) -> None:
    corpus = CORPORA[config.corpus].load()
    stats = corpus.stats
    if corpus.synthetic:
        st.warning(t("language.synthetic_note"), icon=":material/science:")
    else:
        st.caption(t("language.reviews_note"))
    cols = st.columns(5)
    for col, (key, value) in zip(cols, (("lines", stats.lines), ("unique", stats.unique),
                                        ("duplicates", stats.duplicates), ("conflicting", stats.conflicting),
                                        ("kept", stats.kept)), strict=True):  # fmt: skip
        col.metric(t(f"language.stat.{key}"), f"{value:,}")
    parts = split(corpus, config.test_ratio, config.seed)
    st.markdown(t("language.dedup_lesson", copies=stats.most_copies, train=len(parts.train), test=len(parts.test),
                  conflicting=stats.conflicting, leaked=stats.leaked_if_raw))  # fmt: skip
    with st.expander(t("language.most_copied")):
        st.text(stats.most_copied)
        if corpus.conflicts:
            st.caption(t("language.conflicts"))
            st.dataframe([{t("language.col.text"): text} for text in corpus.conflicts[:10]], hide_index=True,
                         width="stretch")  # fmt: skip
    mixed = [i for pair in zip(*(parts.test[corpus.labels[parts.test] == y][:6] for y in (1, 0)), strict=False)
             for i in pair]  # fmt: skip
    sample = [{t("language.col.label"): t(f"language.label.{LABELS[int(corpus.labels[i])]}"),
               t("language.col.text"): corpus.texts[i]} for i in mixed]  # fmt: skip
    st.caption(t("language.sample"))
    st.dataframe(sample, hide_index=True, width="stretch")
    own_sentences()


def _add() -> None:
    state = st.session_state
    try:
        text, _ = clean_sentence(state.get(ADD_TEXT, ""))
    except InputError as error:
        state[ERROR] = error
        return
    sentences = added_sentences()
    if len(sentences) >= MAX_ADDED:
        state[ERROR] = InputError("language.error.too_many", limit=MAX_ADDED)
        return
    sentences.append((text, 1 if state.get(ADD_LABEL) == "positive" else 0))
    state[ADD_TEXT] = ""


def own_sentences() -> None:
    """Add a labelled sentence: it joins the training part of the next run (never the test part)."""
    st.subheader(t("language.own"))
    cols = st.columns([4, 1.2, 1], vertical_alignment="bottom")
    cols[0].text_input(t("language.add_text"), key=ADD_TEXT, max_chars=500)
    cols[1].segmented_control(t("language.col.label"), ("positive", "negative"), key=ADD_LABEL, default="positive",
                              format_func=lambda v: t(f"language.label.{v}"))  # fmt: skip
    cols[2].button(t("language.add"), key=ADD, on_click=_add, icon=":material/add:")
    error = st.session_state.pop(ERROR, None)
    if error is not None:
        show_input_error(error)
    sentences = added_sentences()
    if sentences:
        st.dataframe([{t("language.col.label"): t(f"language.label.{LABELS[y]}"), t("language.col.text"): s}
                      for s, y in sentences], hide_index=True, width="stretch")  # fmt: skip
        st.caption(t("language.own_note", n=len(sentences)))
        st.button(t("language.clear_added"), key=CLEAR_ADDED, on_click=sentences.clear)


def tokens_tab(config: LanguageConfig, sentence: str) -> None:
    """The typed sentence cut by every tokenizer, and the chosen tokenizer's vocabulary numbers."""
    language = CORPORA[config.corpus].language
    try:
        text, _ = clean_sentence(sentence)
    except InputError:
        text = CORPORA[config.corpus].load().texts[0]
    st.caption(t("language.tokens_intro"))
    for name in TOKENIZERS:
        tokens = tokenize(text, name, language)
        marker = " ◀" if name == config.tokenizer else ""
        st.markdown(f"**{t(f'language.tok.{name}')}**{marker} · {t('language.n_tokens', n=len(tokens))}")
        st.code(" | ".join(tokens[:80]) + (" …" if len(tokens) > 80 else ""), language=None, wrap_lines=True)
    with st.spinner(t("language.tokenizing")):
        summary = summarize(config.corpus, config.tokenizer, config.max_vocab, config.test_ratio, config.seed)
    cols = st.columns(4)
    cols[0].metric(t("language.stat.distinct"), f"{summary.distinct:,}")
    cols[1].metric(t("language.stat.vocab"), f"{summary.vocab_size:,}")
    cols[2].metric(t("language.stat.oov"), f"{summary.oov_share:.2%}")
    cols[3].metric(t("language.stat.length"), f"{summary.mean_tokens:.0f} / {summary.p95_tokens:.0f}")
    st.caption(t("language.vocab_note"))
    st.dataframe([{t("language.col.token"): tok, t("language.col.count"): n} for tok, n in summary.top],
                 hide_index=True, width="stretch", height=240)  # fmt: skip
