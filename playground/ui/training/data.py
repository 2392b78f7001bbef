"""Which points the trainer gets: a generated set or the user's CSV, plus clicked points."""

from __future__ import annotations

import numpy as np
import streamlit as st

from playground.training.config import TrainConfig
from playground.training.toy_data import ToyData, add_points, make_dataset
from playground.ui.training.keys import CLICKS, DATASET, OWN_DATA, OWN_TASK
from playground.ui.training.state import OWN

MIN_TRAINABLE = 10


def assemble_data(config: TrainConfig) -> tuple[ToyData | None, bool]:
    """The full data set and whether it can be trained (≥ 10 points, ≥ 2 classes)."""
    if st.session_state.get(DATASET) == OWN:
        base = st.session_state.get(OWN_DATA)
        if base is None:  # no file yet: start from an empty set and let clicks fill it
            task = st.session_state.get(OWN_TASK, "classification")
            labels = np.zeros(0, np.int64 if task == "classification" else np.float32)
            base = ToyData(np.zeros((0, 2), np.float32), labels, task, 2 if task == "classification" else 1)
    else:
        base = make_dataset(
            config.dataset, config.n_points, config.noise, config.seed, n_classes=config.n_classes, draw=config.draw
        )
    data = add_points(base, st.session_state.get(CLICKS, []))
    usable = len(data) >= MIN_TRAINABLE and (data.task == "regression" or len(np.unique(data.y)) >= 2)
    return data, usable
