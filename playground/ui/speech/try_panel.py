"""Step 4 and 5: say a digit (or upload one) to both models, and take the models away.

Why the audio studio's decoder: a corrupt, huge, empty or M4A upload gets
the same messages in both languages (``decode_audio`` raises ``InputError``
and ``show_input_error`` words it), never a traceback. The clip is trimmed
and centred like the training clips before the models hear it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

import streamlit as st

from playground.core.errors import InputError
from playground.io.audio import decode_audio
from playground.io.wav import encode_wav
from playground.speech.export import history_csv, load_model, onnx_bytes, prepare_clip, top_k
from playground.speech.features import FRONT_ENDS, N_MFCC, log_mel_image, mfcc_from_image
from playground.speech.figures import front_end_figure
from playground.speech.job import RUNS
from playground.speech.synth import RATE
from playground.ui import show_input_error, show_notices, t
from playground.ui.speech.keys import (
    CHART_TRY,
    DL_CONFIG,
    DL_HISTORY,
    DL_ONNX,
    DL_PIPELINE,
    DL_WEIGHTS,
    MIC,
    UPLOAD,
    run_key,
)
from playground.ui.speech.labels import digit_label, percent, run_label


@st.cache_data(max_entries=8, show_spinner=False)
def _decode(digest: str, _data: bytes) -> tuple[Any, list]:
    decoded = decode_audio(_data, target_rate=RATE, max_seconds=5.0)
    return decoded.samples, decoded.notices


@st.cache_resource(max_entries=8, show_spinner=False)
def _model(digest: str, _config: Any, _state: bytes) -> Any:
    """The run's model rebuilt from its weights (read-only once built), keyed by the weights' hash."""
    return load_model(_config, _state)


def _models(result: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for name, run in result["runs"].items():
        if run["state"]:
            out[name] = _model(hashlib.sha1(run["state"]).hexdigest(), result["config"], run["state"])
    return out


def try_panel(result: Mapping[str, Any] | None) -> None:
    left, right = st.columns(2)
    recorded = left.audio_input(t("speech.try.mic"), key=MIC)
    uploaded = right.file_uploader(t("speech.try.upload"), key=UPLOAD, help=t("speech.try.upload_help"))
    given = uploaded if uploaded is not None else recorded
    if given is None:
        st.caption(t("speech.try.hint"))
        return
    data = given.getvalue()
    try:
        samples, notices = _decode(hashlib.sha1(data).hexdigest(), data)
    except InputError as error:
        show_input_error(error, name=getattr(given, "name", None))
        return
    show_notices([n for n in notices if n.key != "io.audio.resampled"])
    clip = prepare_clip(samples, RATE)
    st.audio(encode_wav(clip, RATE), format="audio/wav")
    image = log_mel_image(clip[None, :], RATE)
    fig = front_end_figure(image[0], mfcc_from_image(image, N_MFCC)[0], RATE,
                           titles=[t("speech.front.logmel"), t("speech.front.mfcc")], time_label=t("speech.axis.time"),
                           band_label=t("speech.axis.band"), coef_label=t("speech.axis.coefficient"))  # fmt: skip
    st.plotly_chart(fig, key=CHART_TRY, width="stretch")
    if result is None:
        st.info(t("speech.try.train_first"), icon=":material/model_training:")
        return
    models = _models(result)
    columns = st.columns(len(models))
    for column, (name, model) in zip(columns, models.items(), strict=True):
        column.markdown(f"**{run_label(name)}**")
        for digit, p in top_k(model, result["config"], clip):
            column.progress(p, text=f"{digit_label(digit)} · {percent(p)}")


def export_panel(result: Mapping[str, Any] | None) -> None:
    if result is None:
        st.caption(t("speech.export.train_first"))
        return
    config = result["config"]
    channels = FRONT_ENDS[config.front_end].channels
    models = _models(result)
    for name in RUNS:
        run = result["runs"][name]
        a, b = st.columns(2)
        a.download_button(t("speech.dl.weights", run=run_label(name)), run["state"], f"speech_{name}_state_dict.pt",
                          "application/octet-stream", key=run_key(DL_WEIGHTS, name), on_click="ignore",
                          icon=":material/download:", width="stretch")  # fmt: skip
        b.download_button(t("speech.dl.onnx", run=run_label(name)),
                          lambda m=models[name]: onnx_bytes(m, channels) or b"", f"speech_{name}.onnx",
                          "application/octet-stream", key=run_key(DL_ONNX, name), on_click="ignore",
                          icon=":material/download:", width="stretch")  # fmt: skip
    a, b, c = st.columns(3)
    a.download_button(t("speech.dl.history"), history_csv(result["runs"]), "speech_history.csv", "text/csv",
                      key=DL_HISTORY, on_click="ignore", icon=":material/table:", width="stretch")  # fmt: skip
    b.download_button(t("speech.dl.config"), config.to_json(), "speech_config.json", "application/json",
                      key=DL_CONFIG, on_click="ignore", icon=":material/settings:",
                      width="stretch")  # fmt: skip
    c.download_button(t("speech.dl.pipeline"), result["pipeline"], "speech_pipeline.json",
                      "application/json", key=DL_PIPELINE, on_click="ignore", icon=":material/tune:",
                      width="stretch")  # fmt: skip
    st.caption(t("speech.export.caption"))
