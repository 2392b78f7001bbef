"""The "type a sentence" tab: every trained model predicts it at once, and each says why.

Why every model at once: the lesson is the disagreement ("not bad" is negative for the bag of
words, positive for the Transformer). Bad input (a pasted novel, control characters, nothing at
all) is refused or repaired with a message; unknown characters are shown struck through, and the
prediction still comes.
"""

from __future__ import annotations

import streamlit as st

from playground.core.errors import InputError
from playground.language.text import clean_sentence
from playground.ui.i18n import t
from playground.ui.language.explain_view import label_text, show
from playground.ui.language.keys import SENTENCE, sentence_view_key
from playground.ui.language.session import trained
from playground.ui.widgets import show_input_error, show_notices

EXAMPLES = {"zh": "这本书内容不错，但是印刷质量太差了", "en": "the food was not good but the staff were friendly"}


def follow_corpus_example(corpus_language: str) -> None:
    """The example sentence in the corpus's language (a sentence the student typed stays)."""
    current = st.session_state.get(SENTENCE)
    if current is None or current in EXAMPLES.values():
        st.session_state[SENTENCE] = EXAMPLES.get(corpus_language, EXAMPLES["zh"])


def sentence_tab(corpus_language: str) -> None:
    follow_corpus_example(corpus_language)
    raw = st.text_area(t("language.sentence"), key=SENTENCE, height=80, help=t("language.sentence_help"))
    models = trained()
    if not models:
        st.info(t("language.train_first"), icon=":material/model_training:")
        return
    try:
        text, notes = clean_sentence(raw)
    except InputError as error:
        show_input_error(error)
        return
    show_notices(notes)
    results = [(record, model, model.explain(text)) for record, model in models]
    st.dataframe(
        [{t("language.col.run"): r.label, t("language.col.prediction"): label_text(e.label),
          t("language.col.p_positive"): f"{e.prob_positive:.1%}"} for r, _, e in results],
        hide_index=True, width="stretch",
    )  # fmt: skip
    for record, model, explanation in results:
        with st.container(border=True):
            st.markdown(f"**{record.label}** → {label_text(explanation.label)} ({explanation.prob_positive:.0%})")
            show(model, explanation, key=sentence_view_key(record.sid))
