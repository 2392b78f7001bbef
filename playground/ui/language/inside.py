"""Inside the trained models: the linear model's token weights, the embeddings' PCA and neighbours,
the confusion matrix and the misclassified reviews (choose one: its colouring and attention).
"""

from __future__ import annotations

import streamlit as st

from playground.core.errors import InputError
from playground.language.embeddings import neighbours, project
from playground.language.explain import Predictor, token_weights
from playground.language.figures import confusion, projection, weight_bars
from playground.language.text import clean_sentence
from playground.ui.i18n import t
from playground.ui.language.explain_view import label_text, show
from playground.ui.language.keys import (
    CONFUSION,
    DETAILS,
    INSIDE_RUN,
    MISTAKE,
    MISTAKE_RUN,
    MISTAKE_VIEW,
    NEIGHBOUR,
    PCA,
    WEIGHTS_NEGATIVE,
    WEIGHTS_POSITIVE,
)
from playground.ui.language.session import RunRecord, trained


def _pick(models: list[tuple[RunRecord, Predictor]], key: str) -> tuple[RunRecord, Predictor]:
    labels = [record.label for record, _ in models]
    if st.session_state.get(key) not in labels:
        st.session_state[key] = labels[0]
    chosen = st.selectbox(t("language.pick_run"), labels, key=key)
    return models[labels.index(chosen)]


def inside_tab() -> None:
    models = trained()
    if not models:
        st.info(t("language.train_first"), icon=":material/model_training:")
        return
    record, model = _pick(models, INSIDE_RUN)
    if record.config.model == "ngram":
        positive, negative = token_weights(model.model, model.vocab)
        st.caption(t("language.weights_note"))
        cols = st.columns(2)
        cols[0].plotly_chart(weight_bars(positive, t("language.weights_positive")), width="stretch",
                             key=WEIGHTS_POSITIVE)  # fmt: skip
        cols[1].plotly_chart(weight_bars(negative, t("language.weights_negative")), width="stretch",
                             key=WEIGHTS_NEGATIVE)  # fmt: skip
        return
    vectors = model.model.token_vectors().detach().numpy()
    points = project(vectors, model.vocab)
    st.caption(t("language.pca_note", n=len(points.tokens)))
    default = next((tok for tok in ("好", "good", "差", "bad") if tok in model.vocab.index), points.tokens[0])
    st.session_state.setdefault(NEIGHBOUR, default)
    token = st.text_input(t("language.neighbour"), key=NEIGHBOUR, max_chars=40).strip()
    near = neighbours(vectors, model.vocab, token)
    st.plotly_chart(projection(points, [token, *(n for n, _ in near)]), width="stretch",
                    key=PCA)  # fmt: skip
    if near:
        st.dataframe([{t("language.col.token"): n, t("language.col.cosine"): f"{s:.3f}"} for n, s in near],
                     hide_index=True, width="stretch")  # fmt: skip
    elif token:
        st.info(t("language.neighbour_unknown"), icon=":material/help:")


def results_tab() -> None:
    models = trained()
    if not models:
        st.info(t("language.train_first"), icon=":material/model_training:")
        return
    record, model = _pick(models, MISTAKE_RUN)
    data = st.session_state.get(DETAILS, {}).get(record.sid, {})
    history = data.get("history", {})
    cols = st.columns([1, 1.4])
    if history.get("test_acc"):
        cols[0].metric(t("language.metric.test_acc"), f"{history['test_acc'][-1]:.1%}")
    names = [t("language.label.negative"), t("language.label.positive")]
    cols[1].plotly_chart(confusion(data.get("confusion", [[0, 0], [0, 0]]), names, t("language.true"),
                                   t("language.predicted")), width="stretch", key=CONFUSION)  # fmt: skip
    mistakes = data.get("mistakes", [])
    if not mistakes:
        return
    st.subheader(t("language.mistakes"))
    table = [{t("language.col.label"): label_text(y), t("language.col.p_positive"): f"{p:.0%}",
              t("language.col.text"): text[:160]} for text, y, p in mistakes]  # fmt: skip
    picked = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun",
                          selection_mode="single-row", key=MISTAKE, height=260)  # fmt: skip
    rows = picked.selection.rows if picked is not None else []
    st.caption(t("language.mistakes_note"))
    index = rows[0] if rows else 0
    text, label, _ = mistakes[index]
    try:
        clean, _ = clean_sentence(text)
    except InputError:
        return
    explanation = model.explain(clean)
    st.markdown(t("language.mistake_of", truth=label_text(label), said=label_text(explanation.label)))
    show(model, explanation, key=MISTAKE_VIEW)
