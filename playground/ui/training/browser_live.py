"""The training studio's live view drawn by the browser: the data the component needs, and its mount.

Why a module of its own: when the app server serves the live feed
(``streamlit run app.py``), the page mounts one component per full run and
the browser does the rest (forward pass, pictures, curves, polling the feed
at the pace the server's budget names). When it does not (``streamlit run
streamlit_app.py``, AppTest), ``playground.ui.training.live`` keeps drawing
through Streamlit fragments.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import streamlit as st

from playground.training.config import TrainConfig
from playground.training.features import PLAIN_LABELS
from playground.training.figures.colors import CLASS_HEX, diverging
from playground.training.runner.live_feed import FEEDS, MOUNTED, ROUTE, snapshot_json
from playground.training.snapshot import Snapshot
from playground.training.toy_data import Split, ToyData
from playground.ui import t
from playground.ui.components.live_view import live_view
from playground.ui.training import keys


def browser_drawing() -> bool:
    """Whether this server serves the live feed, so the browser can draw the live view itself."""
    return bool(MOUNTED["routes"])


def _points(data: ToyData) -> dict[str, list]:
    if data.task == "classification":
        colours = [CLASS_HEX[int(label) % len(CLASS_HEX)] for label in data.y]
    else:
        colours = ["#{:02x}{:02x}{:02x}".format(*(int(c) for c in row)) for row in diverging(np.asarray(data.y))]
    return {"x": data.x[:, 0].round(4).tolist(), "y": data.x[:, 1].round(4).tolist(), "colour": colours}


def _texts(task: str) -> dict[str, str]:
    names = ("network", "output", "epoch", "steps", "speed", "train_loss", "test_loss", "test_acc", "lr_now",
             "confusion", "norms")  # fmt: skip
    texts = {name: t(f"train.{name}") for name in names}
    texts |= {
        "loss": t("train.curve.loss"),
        "accuracy": t("train.curve.accuracy"),
        "train": t("train.legend.train"),
        "test": t("train.legend.test"),
        "predicted": t("train.cm.predicted"),
        "true_label": t("train.cm.true"),
        "layer": t("train.norms.layer"),
        "weights": t("train.norms.weights"),
        "grads": t("train.norms.grads"),
        "output_col": t("train.col.output"),
        "busy": t("train.live.busy"),
        "footer": t("train.live.footer"),
        "output_help": t("train.boundary_help" if task == "classification" else "train.boundary_help_regression"),
    }
    return texts


def live_data(
    snapshot: Snapshot | None, config: TrainConfig, split: Split, *, running: bool, show_test: bool
) -> dict[str, Any]:
    """Everything the component is given on a full run (JSON) but the feed: the first state, texts, points."""
    widths, acts = config.model.widths, config.model.activations
    task = split.train.task
    return {
        "snapshot": snapshot_json(snapshot) if snapshot is not None and snapshot.model is not None else None,
        "running": running,
        "extent": float(snapshot.extent) if snapshot is not None else 6.0,
        "train": _points(split.train),
        "test": _points(split.test),
        "show_test": show_test,
        "log_loss": bool(st.session_state.get(keys.LOG_LOSS)),
        "show_accuracy": task == "classification",
        "columns": [
            t("train.col.input"),
            *(f"{w} · {a}" for w, a in zip(widths, acts, strict=True)),
            t("train.col.output"),
        ],
        "feature_labels": [PLAIN_LABELS[name] for name in config.model.features],
        "widths": list(widths),
        "overlays": _overlays(),
        "texts": _texts(task),
    }


def _overlays(limit: int = 300) -> list[dict[str, Any]]:
    """The finished runs the student chose to compare: their test loss, thinned, drawn under the live curves."""
    chosen = set(st.session_state.get(keys.COMPARE, []))
    overlays = []
    for run in st.session_state.get(keys.RUNS, []):
        if run.label in chosen:
            epochs, losses = run.history["epoch"], run.history["test_loss"]
            step = max(1, len(epochs) // limit)
            finite = [v if np.isfinite(v) else None for v in losses[::step].tolist()]
            overlays.append({"label": run.label, "epoch": epochs[::step].tolist(), "test_loss": finite})
    return overlays


def mount_live_view(backend: Any, session_id: str, data: dict[str, Any], on_ended: Any) -> None:
    """Open (or reuse) this trainer's feed and mount the component with ``data``."""
    data = {**data, "feed": ROUTE.replace("{token}", FEEDS.open(backend, session_id))}
    live_view(data, key=keys.LIVE_VIEW, on_ended=on_ended)
