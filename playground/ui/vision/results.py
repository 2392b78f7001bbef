"""What the two runs scored: one accuracy table per run, bars side by side, confusion matrices, the gallery.

Why one table per run with the difference in the second: the question the lab
asks is "what did augmentation buy, and what did it cost, on each test set";
the second table answers it in its last column.
"""

from __future__ import annotations

from typing import Any

import streamlit as st
from torch import nn

from playground.ui import t
from playground.ui.vision.inside import example_detail
from playground.ui.vision.keys import (
    ACC_AUGMENTED,
    ACC_PLAIN,
    CHART_ACCURACY,
    CHART_CONFUSION,
    CONF_SET,
    GALLERY_RUN,
    GALLERY_SET,
    SELECTED,
    wrong_button,
)
from playground.ui.vision.live import run_names
from playground.vision import figures
from playground.vision.data import TEST_SETS, VisionData

GALLERY_MAX = 24
GALLERY_COLUMNS = 8


def set_names(dataset: str) -> dict[str, str]:
    names = {name: t(entry.title_key) for name, entry in TEST_SETS.items()}
    if dataset == "digits":
        names["fonts"] = t("vision.test.fonts_digits")
    return names


def accuracy_tables(result: dict[str, Any], dataset: str) -> None:
    """One table per run (the augmented one with the gain over the plain run), then the bars."""
    runs, names = result["runs"], set_names(dataset)
    cols = st.columns(len(runs))
    plain = runs.get("plain", {}).get("accuracy", {})
    for col, (name, run) in zip(cols, runs.items(), strict=True):
        rows = []
        for test, value in run["accuracy"].items():
            row = {t("vision.col.test_set"): names[test], t("vision.col.accuracy"): f"{value:.1%}"}
            if name == "augmented" and test in plain:
                row[t("vision.col.gain")] = f"{(value - plain[test]) * 100:+.1f}"
            rows.append(row)
        with col.container(key=ACC_AUGMENTED if name == "augmented" else ACC_PLAIN):
            st.markdown(f"**{run_names()[name]}**")
            st.table(rows)
    if plain and "augmented" in runs:
        gain = {test: (runs["augmented"]["accuracy"][test] - plain[test]) * 100 for test in plain}
        st.info(t("vision.verdict", rotated=f"{gain['rotated']:+.1f}", shifted=f"{gain['shifted']:+.1f}",
                  clean=f"{gain['clean']:+.1f}", noisy=f"{gain['noisy']:+.1f}", fonts=f"{gain['fonts']:+.1f}"),
                icon=":material/balance:")  # fmt: skip
    accuracy = {name: run["accuracy"] for name, run in runs.items()}
    st.plotly_chart(figures.accuracy_figure(accuracy, {**names, **run_names()}), key=CHART_ACCURACY)


def confusion_view(result: dict[str, Any], dataset: str) -> None:
    """Both runs' confusion matrices on one chosen test set."""
    names = set_names(dataset)
    chosen = st.segmented_control(t("vision.conf_set"), list(names), key=CONF_SET, format_func=names.get,
                                  default="rotated") or "rotated"  # fmt: skip
    cols = st.columns(len(result["runs"]))
    for col, (name, run) in zip(cols, result["runs"].items(), strict=True):
        figure = figures.confusion_figure(run["confusion"][chosen], run_names()[name], t("vision.true"),
                                          t("vision.predicted"))  # fmt: skip
        col.plotly_chart(figure, key=f"{CHART_CONFUSION}.{name}")


def gallery(result: dict[str, Any], data: VisionData, models: dict[str, nn.Sequential]) -> None:
    """The misclassified test images of one run and test set; a click opens probabilities and feature maps."""
    names = set_names(data.name)
    runs = list(result["runs"])
    left, right = st.columns(2)
    test = left.selectbox(t("vision.gallery_set"), list(names), key=GALLERY_SET, format_func=names.get,
                          index=list(names).index("rotated"))  # fmt: skip
    run = right.selectbox(t("vision.gallery_run"), runs, key=GALLERY_RUN, format_func=run_names().get)
    wrong = result["runs"][run]["wrong"][test][:GALLERY_MAX]
    x, y = data.tests[test]
    if not wrong:
        st.success(t("vision.no_mistakes"), icon=":material/check_circle:")
    else:
        st.caption(t("vision.gallery_caption", shown=len(wrong)))
    for start in range(0, len(wrong), GALLERY_COLUMNS):
        cols = st.columns(GALLERY_COLUMNS)
        for offset, (index, predicted) in enumerate(wrong[start : start + GALLERY_COLUMNS]):
            col = cols[offset]
            col.image(figures.picture(x[index], 3))
            col.button(f"{y[index]}→{predicted}", key=wrong_button(start + offset), on_click=_select,
                       args=(test, index), help=t("vision.open_example"), width="stretch")  # fmt: skip
    selected = st.session_state.get(SELECTED)
    if selected is not None and selected[0] in data.tests:
        test, index = selected
        example_detail(data, models, test, int(index), names[test])


def _select(test: str, index: int) -> None:
    st.session_state[SELECTED] = (test, index)
