"""Step 3: how both runs do on seen voices, unseen voices and unseen voices in noise; where they go wrong.

Why the mistakes play: a confusion matrix says "five heard as nine"; the
clip says why (a Caribbean "five" under babble at 5 dB). Test clips are
rebuilt from the seed-free test sets (``playground.speech.data_views``), so
the page needs only the predicted digits from the worker.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import streamlit as st

from playground.io.wav import encode_wav
from playground.speech.augment import TEST_SNRS
from playground.speech.data_views import TEST_SETS, evaluation_clips
from playground.speech.export import confusion
from playground.speech.figures import accuracy_figure, confusion_figure
from playground.speech.job import RUNS
from playground.speech.synth import RATE
from playground.ui import t
from playground.ui.speech.keys import (
    ACCURACY_TABLE,
    CHART_CONFUSION,
    CHART_SNR,
    CONFUSION_RUN,
    CONFUSION_SET,
    MISTAKES_RUN,
    MISTAKES_SET,
)
from playground.ui.speech.labels import digit_label, percent, run_label, set_label, voice_label

MAX_MISTAKES = 8


def accuracy_table(last: Mapping[str, Mapping[str, float]]) -> None:
    """Rows: the test sets; columns: the runs and the difference (augmented − plain), in points."""
    rows = []
    for name in TEST_SETS:
        row = {t("speech.col.test_set"): set_label(name)}
        for run in RUNS:
            row[run_label(run)] = percent(last[run][name]) if run in last else "–"
        if all(run in last for run in RUNS):
            gain = 100 * (last["augmented"][name] - last["plain"][name])
            row[t("speech.col.gain")] = f"{gain:+.1f}"
        rows.append(row)
    with st.container(key=ACCURACY_TABLE):
        st.table(rows)


def results_panel(result: Mapping[str, Any]) -> None:
    runs, config = result["runs"], result["config"]
    last = {name: run["history"][-1] for name, run in runs.items() if run["history"]}
    if len(last) < len(RUNS):
        return
    st.markdown(t("speech.results.headline", plain=percent(last["plain"]["snr10"]),
                  augmented=percent(last["augmented"]["snr10"]), clean=percent(last["plain"]["unseen"])))  # fmt: skip
    accuracy_table(last)
    snrs = [float(s) for s in TEST_SNRS]
    fig = accuracy_figure(snrs, {n: [last[n][f"snr{s}"] for s in TEST_SNRS] for n in RUNS},
                          {n: last[n]["unseen"] for n in RUNS}, names={n: run_label(n) for n in RUNS},
                          x_label=t("speech.axis.snr"), y_label=t("speech.axis.accuracy"),
                          clean_label=t("speech.axis.clean"))  # fmt: skip
    st.plotly_chart(fig, key=CHART_SNR, width="stretch")
    clips = evaluation_clips(config.languages)
    left, right = st.columns(2)
    run = left.segmented_control(t("speech.cm.run"), RUNS, key=CONFUSION_RUN, default="plain",
                                 format_func=run_label) or "plain"  # fmt: skip
    chosen = right.selectbox(
        t("speech.cm.set"), TEST_SETS, key=CONFUSION_SET, index=TEST_SETS.index("snr10"), format_func=set_label
    )
    truth = clips[chosen][1]
    predicted = runs[run]["predictions"].get(chosen)
    if predicted is not None:
        matrix = confusion(truth, predicted)
        labels = [str(d) for d in range(10)]
        title = t("speech.cm.title", run=run_label(run), set=set_label(chosen))
        st.plotly_chart(confusion_figure(matrix, labels, title, t("speech.axis.true"), t("speech.axis.predicted")),
                        key=CHART_CONFUSION, width="stretch")  # fmt: skip
    mistakes_panel(runs, clips)


def mistakes_panel(
    runs: Mapping[str, Any], clips: Mapping[str, tuple[np.ndarray, np.ndarray, tuple[str, ...]]]
) -> None:
    """Up to ``MAX_MISTAKES`` misclassified test clips of one run, each playable, with what was heard."""
    st.markdown(f"**{t('speech.mistakes.title')}**")
    left, right = st.columns(2)
    run = left.segmented_control(t("speech.cm.run"), RUNS, key=MISTAKES_RUN, default="plain",
                                 format_func=run_label) or "plain"  # fmt: skip
    chosen = right.selectbox(
        t("speech.cm.set"), TEST_SETS, key=MISTAKES_SET, index=TEST_SETS.index("snr10"), format_func=set_label
    )
    samples, truth, voices = clips[chosen]
    predicted = runs[run]["predictions"].get(chosen)
    if predicted is None:
        return
    wrong = np.flatnonzero(predicted != truth)
    if wrong.size == 0:
        st.success(t("speech.mistakes.none"), icon=":material/check:")
        return
    st.caption(t("speech.mistakes.count", n=int(wrong.size), total=len(truth), shown=min(MAX_MISTAKES, wrong.size)))
    columns = st.columns(4)
    shown = wrong[np.unique(np.linspace(0, wrong.size - 1, min(MAX_MISTAKES, wrong.size)).astype(int))]
    for slot, i in enumerate(shown.tolist()):  # spread over the set: not eight mistakes of one voice
        column = columns[slot % 4]
        column.caption(t("speech.mistakes.item", said=digit_label(int(truth[i])), heard=digit_label(int(predicted[i])),
                         voice=voice_label(voices[i])))  # fmt: skip
        column.audio(encode_wav(samples[i], RATE), format="audio/wav")
