"""Share and export: the trained model for the compression studio, and files to download.

Why the model is rebuilt here from the state dict: trainers live in worker
processes; the few kilobytes of weights that cross back are exactly what the
student downloads, so the download and the hand-off cannot disagree.
"""

from __future__ import annotations

import json

import streamlit as st

from playground.catalog import ready_pages
from playground.training.config import TrainConfig
from playground.training.export import TrainedModel, history_csv, load_state, onnx_bytes
from playground.training.snapshot import Snapshot
from playground.training.toy_data import ToyData
from playground.ui import t
from playground.ui.training.keys import DATASET, DL_CONFIG, DL_HISTORY, DL_ONNX, DL_WEIGHTS, TRAINED_AT, TRAINED_MODEL
from playground.ui.training.state import OWN


def trained_model(snapshot: Snapshot | None, config: TrainConfig, test: ToyData) -> TrainedModel | None:
    """Rebuild the trained weights here and hand them to the compression studio."""
    if snapshot is None or snapshot.state_dict is None or snapshot.step == 0:
        return None
    cached = st.session_state.get(TRAINED_AT)
    if cached == (snapshot.session_id, snapshot.step) and st.session_state.get(TRAINED_MODEL) is not None:
        return st.session_state[TRAINED_MODEL]
    n_outputs = snapshot.n_classes if snapshot.task == "classification" else 1
    model = load_state(config, n_outputs, snapshot.state_dict)
    source = "own" if st.session_state.get(DATASET) == OWN else config.dataset
    name = f"{source} · {'-'.join(map(str, config.model.widths)) or '0'}"
    result = TrainedModel(model, test.x.copy(), test.y.copy(), snapshot.task, snapshot.n_classes, name)  # type: ignore[arg-type]
    st.session_state[TRAINED_MODEL], st.session_state[TRAINED_AT] = result, (snapshot.session_id, snapshot.step)
    return result


def export_tab(snapshot: Snapshot | None, config: TrainConfig, test: ToyData, running: bool) -> None:
    """The link, the trained model for the compression studio, and files to download."""
    st.markdown(f"**{t('train.share')}**")
    st.caption(t("train.share_help"))
    if running:
        st.info(t("train.export_pause_first"), icon=":material/pause_circle:")
        return
    model = trained_model(snapshot, config, test)
    if model is None:
        st.info(t("train.export_train_first"), icon=":material/info:")
        return
    st.success(t("train.handoff", name=model.name), icon=":material/compress:")
    if _page_ready("compression"):
        st.page_link("pages/compression.py", label=t("train.open_compression"), icon=":material/compress:")
    cols = st.columns(4)
    state = snapshot.state_dict or b""
    cols[0].download_button(
        t("train.dl_weights"),
        state,
        "model_state_dict.pt",
        "application/octet-stream",
        key=DL_WEIGHTS,
        on_click="ignore",
        icon=":material/download:",
    )
    cols[1].download_button(
        t("train.dl_onnx"),
        lambda: onnx_bytes(model.model) or b"",
        "model.onnx",
        "application/octet-stream",
        key=DL_ONNX,
        on_click="ignore",
        icon=":material/download:",
    )
    cols[2].download_button(
        t("train.dl_history"),
        history_csv(snapshot.history),
        "history.csv",
        "text/csv",
        key=DL_HISTORY,
        on_click="ignore",
        icon=":material/download:",
    )
    cols[3].download_button(
        t("train.dl_config"),
        config.to_json(),
        "config.json",
        "application/json",
        key=DL_CONFIG,
        on_click="ignore",
        icon=":material/download:",
    )
    st.caption(t("train.dl_help"))
    st.code(_loading_code(config, model.n_classes if model.task == "classification" else 1), language="python")


def _page_ready(url_path: str) -> bool:
    return any(page.url_path == url_path for page in ready_pages())


def _loading_code(config: TrainConfig, n_outputs: int) -> str:
    model = json.dumps(
        {
            "features": list(config.model.features),
            "widths": list(config.model.widths),
            "activations": list(config.model.activations),
        }
    )
    return (
        "import torch\nfrom playground.training.model import ModelConfig, build_model\n\n"
        f"spec = {model}\n"
        f"model = build_model(ModelConfig(**{{k: tuple(v) for k, v in spec.items()}}), {n_outputs}, seed=0)\n"
        "model.load_state_dict(torch.load('model_state_dict.pt', weights_only=True))\n"
        "model.eval()  # takes raw (x1, x2) points: the features are computed inside\n"
    )
