"""Step 1: the spoken digits. Which word sets, how many clips per voice, and one clip seen three ways.

Why the front ends side by side: the waveform is what the microphone gives,
the log-mel image is what the models see, the MFCCs are its cosine
transform; an augmented draw of the same clip beside it shows what the
augmented run trains on.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from playground.augment.audio.pipeline import Pipeline, run_draw
from playground.io.wav import encode_wav
from playground.speech.augment import fit_length
from playground.speech.data_views import digits
from playground.speech.dataset import DigitSet, counts
from playground.speech.features import N_MELS, N_MFCC, log_mel_image, mfcc_from_image
from playground.speech.figures import front_end_figure, waveform_figure
from playground.speech.settings import SPEECH
from playground.speech.words import DIGITS, TAKES, VOICES, WORD_SETS
from playground.ui import t
from playground.ui.speech.keys import (
    CHART_FRONT,
    CHART_WAVE,
    EXAMPLE_AUGMENTED,
    EXAMPLE_DIGIT,
    EXAMPLE_VOICE,
    VOICE_TABLE,
    WORDS,
)
from playground.ui.speech.labels import digit_label, voice_label
from playground.ui.widgets import param_widget


def load_data() -> DigitSet | None:
    """The set, synthesised with a progress bar on a machine without the shipped files; None with a message."""
    bars: list = []  # the bar appears only if synthesis starts (the shipped set loads in a blink)

    def progress(fraction: float, voice: str) -> None:
        if not bars:
            bars.append(st.progress(0.0))
        bars[0].progress(fraction, text=t("speech.synth.progress", voice=t(VOICES[voice].title_key)))

    try:
        data = digits(progress)
    except (FileNotFoundError, RuntimeError):
        st.error(t("speech.synth.missing"), icon=":material/error:")
        data = None
    for bar in bars:
        bar.empty()
    return data


def data_panel(data: DigitSet) -> None:
    param_widget(SPEECH["words"].param, WORDS, format_choice=lambda n: t(WORD_SETS[n].title_key))
    table = counts(data)
    complete = all(n == len(TAKES) for n in table.values())
    held = [v for v in VOICES.values() if v.held_out]
    st.caption(t("speech.data.summary", clips=len(data), voices=len(VOICES), held=len(held), takes=len(TAKES),
                 source=t(f"speech.source.{data.source}"),
                 check=t("speech.data.complete") if complete else t("speech.data.incomplete")))  # fmt: skip
    with st.expander(t("speech.data.voices"), icon=":material/record_voice_over:"):
        rows = [{t("speech.col.voice"): t(v.title_key), "espeak-ng": v.espeak,
                 t("speech.col.language"): t(WORD_SETS[v.language].title_key),
                 t("speech.col.role"): t("speech.role.held_out") if v.held_out else t("speech.role.train"),
                 t("speech.col.clips"): sum(table[(v.name, d)] for d in DIGITS)} for v in VOICES.values()]  # fmt: skip
        st.dataframe(rows, hide_index=True, key=VOICE_TABLE, width="stretch")
        st.caption(t("speech.data.licence"))


def example_panel(data: DigitSet, pipeline: Pipeline, seed: int) -> None:
    """One clip of the set as sound, waveform, log-mel and MFCC (and one augmented draw of it)."""
    left, middle, right = st.columns([1.3, 1.3, 1], vertical_alignment="bottom")
    voice = left.selectbox(t("speech.ex.voice"), list(VOICES), key=EXAMPLE_VOICE, format_func=voice_label)
    digit = middle.selectbox(t("speech.ex.digit"), list(DIGITS), key=EXAMPLE_DIGIT, format_func=digit_label)
    augmented = right.toggle(t("speech.ex.augmented"), key=EXAMPLE_AUGMENTED, help=t("speech.ex.augmented_help"))
    index = next(i for i, (v, d) in enumerate(zip(data.voices, data.digits.tolist(), strict=True))
                 if v == voice and d == digit)  # fmt: skip
    clip = data.clips[index]
    clips = [(t("speech.ex.clean"), clip)]
    if augmented and pipeline.active():
        drawn = fit_length(run_draw(pipeline, clip, data.rate, seed, index).samples, clip.shape[0])
        clips.append((t("speech.ex.drawn"), drawn))
    players = st.columns(len(clips))
    for column, (name, samples) in zip(players, clips, strict=True):
        column.caption(name)
        column.audio(encode_wav(samples, data.rate), format="audio/wav")
    shown = clips[-1][1]
    wave = waveform_figure(clips, data.rate, t("speech.axis.time"), t("speech.axis.amplitude"))
    st.plotly_chart(wave, key=CHART_WAVE, width="stretch")
    image = log_mel_image(shown[None, :], data.rate)
    mfcc = mfcc_from_image(image, N_MFCC)
    shown_name = clips[-1][0]  # the images show the last clip: the augmented draw when there is one
    titles = [
        f"{t('speech.front.logmel')} ({N_MELS}) · {shown_name}",
        f"{t('speech.front.mfcc')} ({N_MFCC}) · {shown_name}",
    ]
    fig = front_end_figure(image[0], mfcc[0], data.rate, titles=titles, time_label=t("speech.axis.time"),
                           band_label=t("speech.axis.band"), coef_label=t("speech.axis.coefficient"))  # fmt: skip
    st.plotly_chart(fig, key=CHART_FRONT, width="stretch")
    st.caption(t("speech.ex.caption", shape=f"{image.shape[1]} × {image.shape[2]}", mfcc=N_MFCC,
                 peak=float(np.max(np.abs(shown)))))  # fmt: skip
