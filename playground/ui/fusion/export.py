"""Downloads: the members' weights (state_dicts that load with ``weights_only=True``), the report, the setup."""

from __future__ import annotations

import io
import json
from functools import partial

import streamlit as st
import torch

from playground.fusion.config import FusionConfig
from playground.fusion.report import report_csv, report_json
from playground.training.runner.backend import TrainingBackend
from playground.ui import t
from playground.ui.fusion.keys import DL_CONFIG, DL_CSV, DL_JSON, DL_WEIGHTS, job_keys
from playground.ui.training.session import get_backend

SLOT = "ens"


def weights_bytes(backend: TrainingBackend, sid: str) -> bytes:
    """All members in one file of plain tensors, lists and strings (``torch.load(weights_only=True)`` reads it).

    Called only when the button is clicked (outside the script run), so it takes the pool and the job's id
    as arguments instead of reading the session.
    """
    answer = backend.fetch_report(sid, detail=True, timeout=20.0)
    data = answer.data if answer is not None else None
    if data is None or not data.weights:
        return b""
    bundle = {
        "members": [member["state_dict"] for member in data.weights],
        "widths": [int(member["width"]) for member in data.weights],
        "activations": [str(member["activation"]) for member in data.weights],
        "alphas": [float(a) for a in data.alphas],
        "mean": torch.as_tensor(data.scaling[0]) if data.scaling else torch.zeros(0),
        "std": torch.as_tensor(data.scaling[1]) if data.scaling else torch.zeros(0),
    }
    buffer = io.BytesIO()
    torch.save(bundle, buffer)
    return buffer.getvalue()


def export_tab(config: FusionConfig, report: object) -> None:
    st.markdown(t("fusion.export.intro"))
    if report is None:
        st.info(t("fusion.msg.press_train"), icon=":material/play_arrow:")
        return
    cols = st.columns(4)
    sid = st.session_state.get(job_keys(SLOT)[0])
    if sid is None:
        return
    cols[0].download_button(t("fusion.export.weights"), partial(weights_bytes, get_backend(), sid), "fusion_members.pt",
                            "application/octet-stream", key=DL_WEIGHTS, on_click="ignore",
                            icon=":material/download:")  # fmt: skip
    cols[1].download_button(t("fusion.export.csv"), report_csv(report), "fusion_report.csv", "text/csv",  # type: ignore[arg-type]
                            key=DL_CSV, on_click="ignore", icon=":material/table:")  # fmt: skip
    settings = json.loads(config.to_json())
    body = report_json(report, settings)  # type: ignore[arg-type]
    cols[2].download_button(t("fusion.export.json"), body, "fusion_report.json", "application/json", key=DL_JSON,
                            on_click="ignore", icon=":material/data_object:")  # fmt: skip
    cols[3].download_button(t("fusion.export.config"), config.to_json(), "fusion_config.json", "application/json",
                            key=DL_CONFIG, on_click="ignore", icon=":material/settings:")  # fmt: skip
    st.code(LOAD_SNIPPET, language="python")


LOAD_SNIPPET = """import torch
from playground.fusion.stacked import sequential_member

bundle = torch.load("fusion_members.pt", weights_only=True)
nets = []
for state, width, act in zip(bundle["members"], bundle["widths"], bundle["activations"]):
    d_in, d_out = state["0.weight"].shape[1], state["4.bias"].shape[0]
    net = sequential_member(d_in, width, d_out, act)
    net.load_state_dict(state)
    nets.append(net.eval())
# soft vote on raw inputs x:
# x = (x - bundle["mean"]) / bundle["std"]
# probs = torch.stack([net(x).softmax(-1) for net in nets]).mean(0)
"""
