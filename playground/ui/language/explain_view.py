"""One sentence explained by one model: its prediction, its tokens coloured, and (Transformer) attention.

Shared by the "type a sentence" tab and the misclassified examples, so a clicked mistake and a
typed sentence are shown the same way.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from playground.language.colour import token_html
from playground.language.explain import Explanation, Predictor
from playground.language.figures import attention
from playground.ui.i18n import t


def label_text(label: int) -> str:
    return t("language.label.positive") if label else t("language.label.negative")


def show(model: Predictor, explanation: Explanation, key: str, attention_maps: bool = True) -> None:
    """The coloured tokens, and for a Transformer its attention heads and the gradient × input note."""
    st.html(token_html(explanation.tokens, explanation.contributions, explanation.known, t("language.unknown_token")))
    note = "language.colour_note.linear" if model.config.model == "ngram" else "language.colour_note.saliency"
    unknown = sum(1 for k in explanation.known if not k)
    st.caption(t(note) + (" " + t("language.unknown_count", n=unknown) if unknown else ""))
    if attention_maps and explanation.attention:
        tokens = ("[CLS]", *explanation.tokens)
        cls_row = np.mean([m[:, 0, :].mean(0) for m in explanation.attention], axis=0)
        st.caption(t("language.attention_note"))
        st.html(token_html(tokens[1:], cls_row[1:], [True] * (len(tokens) - 1), ""))
        st.plotly_chart(attention(explanation.attention, tokens, t("language.attention_title")),
                        width="stretch", key=f"{key}.attention")  # fmt: skip
