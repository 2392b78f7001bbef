"""Downloads of a finished comparison: each run's weights and ONNX graph, and both runs' history as CSV.

Why callables for the data: an ONNX export costs a second, and most visits
never download; ``st.download_button(data=callable, on_click="ignore")``
builds the bytes only on click and does not rerun the page.
"""

from __future__ import annotations

from typing import Any

import streamlit as st
from torch import nn

from playground.ui import t
from playground.ui.vision.keys import DL_HISTORY, download_key
from playground.vision.export import history_csv, onnx_bytes


def exports(result: dict[str, Any], models: dict[str, nn.Sequential], model_name: str, size: int) -> None:
    names = {"plain": t("vision.run.plain"), "augmented": t("vision.run.augmented")}
    for col, (run, item) in zip(st.columns(len(models)), result["runs"].items(), strict=True):
        col.markdown(f"**{names[run]}**")
        col.download_button(t("vision.dl_weights"), data=item["weights"], file_name=f"vision_{model_name}_{run}.pt",
                            mime="application/octet-stream", key=download_key(run, "weights"), on_click="ignore",
                            icon=":material/download:")  # fmt: skip
        col.download_button(t("vision.dl_onnx"), data=lambda m=models[run]: onnx_bytes(m, size) or b"",
                            file_name=f"vision_{model_name}_{run}.onnx", mime="application/octet-stream",
                            key=download_key(run, "onnx"), on_click="ignore", icon=":material/download:")  # fmt: skip
    histories = {run: item["history"] for run, item in result["runs"].items()}
    st.download_button(t("vision.dl_history"), data=history_csv(histories), file_name="vision_history.csv",
                       mime="text/csv", key=DL_HISTORY, on_click="ignore", icon=":material/download:")  # fmt: skip
    st.caption(t("vision.dl_caption"))
