"""The probes, the pretraining note and the exports."""

from __future__ import annotations

import numpy as np
import streamlit as st

from playground.language.export import TRANSFORMERS_CODE, histories_csv, history_csv, state_dict_bytes
from playground.language.synthetic import PROBES
from playground.ui.i18n import t
from playground.ui.language.explain_view import label_text
from playground.ui.language.keys import (
    DETAILS,
    EXPORT_ALL_HISTORY,
    EXPORT_CONFIG,
    EXPORT_HISTORY,
    EXPORT_RUN,
    EXPORT_VOCAB,
    EXPORT_WEIGHTS,
)
from playground.ui.language.session import trained


def probes_tab() -> None:
    """Negation and contrast sentences (English) through every model trained on the English set."""
    st.caption(t("language.probes_intro"))
    models = [(r, m) for r, m in trained() if m.language == "en"]
    if not models:
        st.info(t("language.probes_need_en"), icon=":material/science:")
        return
    texts = [text for _, text, _ in PROBES]
    rows = [{t("language.col.kind"): t(f"language.probe.{kind}"), t("language.col.text"): text,
             t("language.col.expected"): label_text(y)} for kind, text, y in PROBES]  # fmt: skip
    scores = []
    for record, model in models:
        probs = model.predict_many(texts)
        right = [(p >= 0.5) == bool(y) for p, (_, _, y) in zip(probs, PROBES, strict=True)]
        for row, p, ok in zip(rows, probs, right, strict=True):
            row[f"#{record.number}"] = t("language.probe.right" if ok else "language.probe.wrong", p=p)
        by_kind = {kind: np.mean([o for o, (k, _, _) in zip(right, PROBES, strict=True) if k == kind])
                   for kind in ("negation", "contrast")}  # fmt: skip
        scores.append({t("language.col.run"): record.label, t("language.probe.negation"): f"{by_kind['negation']:.0%}",
                       t("language.probe.contrast"): f"{by_kind['contrast']:.0%}"})  # fmt: skip
    st.dataframe(scores, hide_index=True, width="stretch")
    st.dataframe(rows, hide_index=True, width="stretch")


def pretraining_tab() -> None:
    st.markdown(t("language.pretraining"))
    st.code(TRANSFORMERS_CODE, language="python")
    st.caption(t("language.pretraining_not_run"))


def export_tab() -> None:
    models = trained()
    if not models:
        st.info(t("language.train_first"), icon=":material/model_training:")
        return
    labels = [record.label for record, _ in models]
    chosen = st.selectbox(t("language.pick_run"), labels, key=EXPORT_RUN)
    record, model = models[labels.index(chosen)]
    data = st.session_state.get(DETAILS, {}).get(record.sid, {})
    stem = f"language_{record.number}_{record.config.model}"
    cols = st.columns(4)
    cols[0].download_button(t("language.export.weights"), lambda: state_dict_bytes(model.model.state_dict()),
                            f"{stem}.pt", "application/octet-stream", key=EXPORT_WEIGHTS,
                            on_click="ignore", icon=":material/download:")  # fmt: skip
    cols[1].download_button(t("language.export.vocab"), data.get("vocab", "{}"), f"{stem}_vocab.json",
                            "application/json", key=EXPORT_VOCAB, on_click="ignore",
                            icon=":material/download:")  # fmt: skip
    cols[2].download_button(t("language.export.history"), history_csv(data.get("history", {}), record.label),
                            f"{stem}_history.csv", "text/csv", key=EXPORT_HISTORY, on_click="ignore",
                            icon=":material/download:")  # fmt: skip
    cols[3].download_button(t("language.export.config"), record.config.to_json(), f"{stem}_config.json",
                            "application/json", key=EXPORT_CONFIG, on_click="ignore",
                            icon=":material/download:")  # fmt: skip
    details = st.session_state.get(DETAILS, {})
    everything = histories_csv([(r.label, details.get(r.sid, {}).get("history", {})) for r, _ in models[::-1]])
    st.download_button(t("language.export.all_history"), everything, "language_runs_history.csv", "text/csv",
                       key=EXPORT_ALL_HISTORY, on_click="ignore", icon=":material/download:")  # fmt: skip
    st.caption(t("language.export_note"))
