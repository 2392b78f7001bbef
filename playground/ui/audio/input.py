"""The audio studio's input panel: bundled sample, upload or microphone, working rate, mono/stereo.

Why a "sound in use" radio that the three inputs flip: all three stay
visible (a class can see every way in), and whichever the student touched
last becomes the clip, which the radio states plainly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
import streamlit as st

from playground.augment.audio.settings import AUDIO_STATE, RATES
from playground.core.errors import InputError, Notice
from playground.data.samples import get_sample, sample_bytes, samples_of
from playground.io.audio import DecodedAudio, decode_audio
from playground.ui import show_input_error, show_notices, t
from playground.ui.audio.keys import MIC, RATE, SAMPLE, SOURCE, STEREO, UPLOAD
from playground.ui.state.kept_inputs import forget_if_cleared, keep_input, kept_input
from playground.ui.widgets import param_widget

# None: every file reaches our decoder. A ``type=[...]`` filter refused an M4A voice memo in the browser with
# Streamlit's own English chip ("audio/x-m4a files are not allowed"), before any message of ours could say
# which formats work and how to convert; ``decode_audio`` recognises formats from their bytes instead.
UPLOAD_TYPES = None


@dataclass
class Clip:
    """The decoded clip the studio works on, plus what identifies it for caches."""

    samples: np.ndarray
    rate: int
    name: str
    digest: str
    channels: int
    notices: list[Notice] = field(default_factory=list)


@st.cache_data(max_entries=16, show_spinner=False)
def _decode(digest: str, rate: int, stereo: bool, _data: bytes) -> DecodedAudio:
    """Decoded once per (file bytes, rate, stereo): keyed on the bytes' hash, never on the bytes."""
    return decode_audio(_data, target_rate=rate, keep_channels=stereo)


def _use(source: str) -> None:
    st.session_state[SOURCE] = source


def _use_own(source: str, widget_key: str) -> None:
    _use(source)
    forget_if_cleared(widget_key)


def render_input() -> Clip | None:
    """Draw the input panel; return the clip in use, or None after showing why there is none."""
    pick, upload, mic = st.columns([1, 1.3, 1])
    sounds = samples_of("audio")
    pick.selectbox(t("audio.sample"), [s.name for s in sounds], key=SAMPLE, on_change=_use, args=("sample",),
                   format_func=lambda name: t(get_sample(name).title_key))  # fmt: skip
    upload.file_uploader(t("audio.upload"), type=UPLOAD_TYPES, key=UPLOAD, help=t("audio.upload_help"),
                         on_change=_use_own, args=("upload", UPLOAD))  # fmt: skip
    mic.audio_input(t("audio.mic"), key=MIC, on_change=_use_own, args=("mic", MIC))
    source_col, rate_col, stereo_col = st.columns([1.6, 1, 0.8], vertical_alignment="bottom")
    source = source_col.radio(t("audio.source"), ["sample", "upload", "mic"], key=SOURCE, horizontal=True,
                              format_func=lambda name: t(f"audio.source.{name}"))  # fmt: skip
    rate = rate_col.selectbox(t("audio.rate"), RATES, key=RATE, help=t("audio.rate_help"),
                              format_func=lambda hz: f"{hz / 1000:g} kHz")  # fmt: skip
    stereo = param_widget(AUDIO_STATE["stereo"].param, STEREO, help=t("audio.stereo_help"), container=stereo_col)

    data, name = _chosen_bytes(source)
    digest = hashlib.sha1(data).hexdigest()
    try:
        decoded = _decode(digest, int(rate), bool(stereo), data)
    except InputError as error:
        show_input_error(error, name=name)
        return None
    key = f"{digest}:{rate}:{int(bool(stereo))}"  # what the samples depend on: the draws' caches key on this
    return Clip(decoded.samples, decoded.sample_rate, name, key, decoded.channels, list(decoded.notices))


def _chosen_bytes(source: str) -> tuple[bytes, str]:
    """The bytes of the source in use: the widget's, else the copy kept from earlier, else the sample (with a note)."""
    if source in ("upload", "mic"):
        widget_key = UPLOAD if source == "upload" else MIC
        given = st.session_state.get(widget_key)
        if given is not None:
            data = given.getvalue()
            keep_input(widget_key, given.name if source == "upload" else None, data)
            return data, given.name if source == "upload" else t("audio.recording")
        kept = kept_input(widget_key)
        if kept is not None:
            name = kept.name or t("audio.recording")
            st.caption(t("audio.kept_input", name=name))
            return kept.data, name
        if source == "upload":
            st.info(t("audio.no_upload"), icon=":material/upload_file:")
        else:
            st.info(t("audio.no_recording"), icon=":material/mic:")
    sample = get_sample(st.session_state.get(SAMPLE) or samples_of("audio")[0].name)
    return sample_bytes(sample.name), t(sample.title_key)


def show_clip_notices(clip: Clip) -> None:
    """Trimming and mixing are worth a box; a resampling note is routine, so it is a caption."""
    routine = [notice for notice in clip.notices if notice.key == "io.audio.resampled"]
    show_notices([notice for notice in clip.notices if notice.key != "io.audio.resampled"])
    for notice in routine:
        st.caption(t("audio.resampled", **notice.params))


def describe(clip: Clip) -> str:
    count = 1 if clip.samples.ndim == 1 else clip.samples.shape[0]
    channels = t("audio.mono") if count == 1 else t("audio.stereo_n", n=count)
    return t("audio.clip_info", name=clip.name, duration=clip.samples.shape[-1] / clip.rate, rate=clip.rate,
             channels=channels)  # fmt: skip
