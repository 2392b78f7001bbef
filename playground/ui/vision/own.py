"""An own photo or camera picture: decoded safely, shown as the model sees it, with both runs' top 3.

Why the image studio's decoder and messages: a bad file here must be refused
exactly as it is in the studio (same limits, same words in both languages),
never with a traceback.
"""

from __future__ import annotations

import hashlib

import numpy as np
import streamlit as st
from torch import nn

from playground.core.errors import InputError
from playground.io.images import ACCEPTED
from playground.ui import show_input_error, show_notices, t
from playground.ui.image.source import UPLOAD_TYPES
from playground.ui.state.kept_inputs import forget_if_cleared, keep_input, kept_input
from playground.ui.vision.keys import CAMERA, CHART_OWN, OWN_SOURCE, UPLOAD
from playground.vision import figures
from playground.vision.evaluate import top_k
from playground.vision.inspect import probabilities
from playground.vision.own_image import decode_for_model

OWN_SOURCES = ("upload", "camera")


@st.cache_data(max_entries=16, show_spinner=False)
def _prepared(sha1: str, size: int, _data: bytes) -> tuple[np.ndarray, np.ndarray, list]:
    """Decode and prepare once per file and input size; ``sha1`` of the bytes is the cache key."""
    return decode_for_model(_data, size)


def _chosen_bytes() -> tuple[str, bytes] | None:
    source = st.segmented_control(t("vision.own_source"), OWN_SOURCES, key=OWN_SOURCE, default="upload",
                                  format_func=lambda s: t(f"vision.own.{s}")) or "upload"  # fmt: skip
    if source == "camera":
        shot = st.camera_input(t("vision.own.camera"), key=CAMERA, on_change=forget_if_cleared, args=(CAMERA,))
        if shot is not None:
            keep_input(CAMERA, None, shot.getvalue())
            return t("vision.own.camera"), shot.getvalue()
        kept = kept_input(CAMERA)
        return (t("vision.own.camera"), kept.data) if kept else None
    upload = st.file_uploader(t("vision.own.upload"), type=UPLOAD_TYPES, key=UPLOAD, on_change=forget_if_cleared,
                              args=(UPLOAD,), help=t("vision.own_help", accepted=ACCEPTED))  # fmt: skip
    if upload is not None:
        keep_input(UPLOAD, upload.name, upload.getvalue())
        return upload.name, upload.getvalue()
    kept = kept_input(UPLOAD)
    return (kept.name or "image", kept.data) if kept else None


def own_image(models: dict[str, nn.Sequential] | None, size: int) -> None:
    """The upload or camera widget, then the picture as the model sees it and each run's top 3."""
    chosen = _chosen_bytes()
    if chosen is None:
        st.caption(t("vision.own_hint"))
        return
    name, data = chosen
    try:
        rgb, model_input, notices = _prepared(hashlib.sha1(data).hexdigest(), size, data)
    except InputError as error:
        show_input_error(error, name=name)
        return
    show_notices(notices)
    cols = st.columns([1, 1, 2.5])
    cols[0].image(rgb, caption=t("vision.own_original"), width=160)
    cols[1].image(figures.picture(model_input, max(1, 140 // size)), caption=t("vision.as_model_sees"))
    if not models:
        cols[2].info(t("vision.own_train_first"), icon=":material/model_training:")
        return
    names = {"plain": t("vision.run.plain"), "augmented": t("vision.run.augmented")}
    shown = {run: probabilities(model, model_input[None])[0] for run, model in models.items()}
    with cols[2]:
        for run, probs in shown.items():
            best = " · ".join(f"**{digit}** {p:.0%}" for digit, p in top_k(probs, 3))
            st.markdown(f"{names[run]}: {best}")
        st.plotly_chart(figures.probabilities_figure(shown, names), key=CHART_OWN)
