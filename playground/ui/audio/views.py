"""The audio studio's views: draw controls, the grid of draws, the before/after comparison, exports.

Playback is always WAV bytes we encode (``encode_wav``), never ``st.audio``
of an array, which would rescale every clip to full volume and hide the very
gain, noise and clipping changes being taught. Draws are cached on the
clip's hash, the pipeline's JSON and the seed, never on arrays.
"""

from __future__ import annotations

import random

import numpy as np
import streamlit as st

from playground.augment.audio import export
from playground.augment.audio.basic import rms
from playground.augment.audio.figures import spectrogram_figure, thumbnail_figure, waveform_figure
from playground.augment.audio.pipeline import (
    MAX_GROWTH,
    Pipeline,
    StepRecord,
    record_from_dict,
    record_to_dict,
    run_draw,
    run_draws,
)
from playground.augment.audio.registry import AUDIO_TRANSFORMS
from playground.augment.audio.settings import AUDIO_STATE
from playground.core.seeding import MAX_SEED
from playground.io.wav import encode_wav
from playground.ui import t
from playground.ui.audio import keys
from playground.ui.audio.builder import choice_label
from playground.ui.audio.input import Clip
from playground.ui.audio.keys import DIFF as DIFF_KEY
from playground.ui.audio.keys import FOCUS as FOCUS_KEY
from playground.ui.audio.keys import N_DRAWS as N_KEY
from playground.ui.audio.keys import SEED as SEED_KEY
from playground.ui.widgets import param_widget

DRAW_BUDGET_S = 8.0  # seconds of compute per rerun before the grid stops adding draws (a shared 2-core host)
_CHART = {"displayModeBar": False}


@st.cache_data(max_entries=3, ttl=900, show_spinner=False)
def compute_draws(digest: str, rate: int, pipeline_json: str, seed: int, n: int, _samples: np.ndarray) -> list:
    """``n`` draws as (samples, record as dicts, trimmed); the key is the clip's hash, not its samples."""
    results = run_draws(Pipeline.from_json(pipeline_json), _samples, rate, seed, n, budget_s=DRAW_BUDGET_S)
    return [(r.samples, record_to_dict(r.record), r.trimmed) for r in results]


@st.cache_data(max_entries=3, ttl=900, show_spinner=False)
def compute_steps(digest: str, rate: int, pipeline_json: str, seed: int, draw: int, _samples: np.ndarray) -> list:
    """The sound after every step of one draw (the step-by-step view)."""
    return run_draw(
        Pipeline.from_json(pipeline_json), _samples, rate, seed, draw, keep_intermediates=True
    ).intermediates


def wav(samples: np.ndarray, rate: int) -> bytes:
    return encode_wav(samples, rate)


def _new_seed() -> None:
    st.session_state[SEED_KEY] = random.randint(0, 99_999)


def render_draw_controls() -> tuple[int, int]:
    """Seed, re-roll and number of draws (their defaults were seeded from ``AUDIO_STATE``)."""
    seed_col, button_col, n_col = st.columns([1, 0.6, 1.4], vertical_alignment="bottom")
    seed = seed_col.number_input(t("audio.seed"), 0, MAX_SEED, step=1, key=SEED_KEY, help=t("audio.seed_help"))
    button_col.button(t("audio.reroll"), key=keys.REROLL, on_click=_new_seed, icon=":material/casino:")
    n = param_widget(AUDIO_STATE["n"].param, N_KEY, container=n_col)
    return int(seed), int(n)


def _short_value(param_kind: str, value: object, unit: str) -> str:
    if param_kind == "range":
        size = abs(float(value))
        text = f"{value:.0f}" if size >= 100 else f"{value:.1f}" if size >= 10 else f"{value:.3g}"  # 1400, not 1.4e+03
        return f"{text} {unit}".strip() if unit not in ("", "×") else f"{text}{unit}"
    return f"{value} {unit}".strip()


def format_values(step: StepRecord, short: bool = True) -> str:
    """The values a step used, compactly ("semitones **+2.31** · SNR **14.2 dB**")."""
    spec = AUDIO_TRANSFORMS[step.name]
    parts = []
    for param in spec.params:
        value = step.params.get(param.name)
        label = t(f"audio.short.{param.name}") if short else t(param.label_key)
        if param.kind in ("range", "int_range"):
            parts.append(f"{label} **{_short_value(param.kind, value, param.unit)}**")
        elif param.kind == "choice":
            choice = t(f"audio.choice.{value}") if param.name == "noise" else choice_label(param, value)
            parts.append(f"{label} **{choice}**")
        elif value:
            parts.append(label)
    if "masks" in step.params:
        spans = ", ".join(f"{s * 100:.0f}–{(s + w) * 100:.0f}%" for s, w in step.params["masks"])
        parts.append(f"{t('audio.short.masks')} **{spans}**")
    return " · ".join(parts)


def record_markdown(record: list[StepRecord]) -> str:
    lines = []
    for step in record:
        title = t(AUDIO_TRANSFORMS[step.name].title_key)
        if step.fired:
            details = format_values(step)
            lines.append(f"- :green[●] **{title}**" + (f"  \n  :small[{details}]" if details else ""))
        else:
            lines.append(f"- :gray[○ ~~{title}~~ · {t('audio.skipped')}]")
    if not any(step.fired for step in record):
        lines.append(f"\n:gray[{t('audio.none_applied')}]")
    return "\n".join(lines)


def render_grid(draws: list, rate: int, wanted: int) -> None:
    st.caption(t("audio.grid_caption"))
    if len(draws) < wanted:
        st.info(t("audio.budget", done=len(draws), wanted=wanted, seconds=DRAW_BUDGET_S), icon=":material/timer:")
    longest = max(samples.shape[-1] for samples, _, _ in draws) / rate  # one time axis for every card
    for start in range(0, len(draws), 3):
        for column, index in zip(st.columns(3), range(start, min(start + 3, len(draws))), strict=False):
            samples, record, trimmed = draws[index]
            with column.container(border=True, key=keys.card_key(index)):
                head, button = st.columns([2, 1.4], vertical_alignment="center")
                head.markdown(f"**{t('audio.draw_title', n=index + 1)}**")
                data = wav(samples, rate)
                button.download_button(t("audio.download_wav"), data, f"draw_{index + 1:02d}.wav", "audio/wav",
                                       key=keys.card_download_key(index), on_click="ignore",
                                       icon=":material/download:")  # fmt: skip
                st.audio(data, format="audio/wav")
                st.plotly_chart(
                    thumbnail_figure(samples, rate, duration_s=longest),
                    key=keys.card_thumbnail_key(index),
                    config=_CHART,
                )
                st.markdown(record_markdown(record_from_dict(record)))
                if trimmed:
                    st.caption(t("audio.trimmed_draw", factor=MAX_GROWTH))


def _level_db(x: np.ndarray, peak: bool = False) -> float:
    level = float(np.max(np.abs(x))) if peak and x.size else rms(x)
    return 20 * np.log10(max(level, 1e-6))


def render_compare(clip: Clip, draws: list, pipeline: Pipeline, seed: int) -> int:
    """Original and one draw side by side: players, levels, waveforms, spectrograms, step by step."""
    n = len(draws)
    focus = st.selectbox(
        t("audio.focus"), range(n), key=FOCUS_KEY, format_func=lambda i: t("audio.draw_title", n=i + 1)
    )
    focus = min(int(focus or 0), n - 1)
    after, record, _ = draws[focus]
    before = clip.samples
    names = (t("audio.original"), t("audio.augmented", n=focus + 1))
    for column, name, x in zip(st.columns(2), names, (before, after), strict=True):
        with column:
            st.markdown(f"**{name}**")
            st.audio(wav(x, clip.rate), format="audio/wav")
            a, b, c = st.columns(3)
            delta = x is after
            a.metric(t("audio.metric.duration"), f"{x.shape[-1] / clip.rate:.2f}",
                     f"{(after.shape[-1] - before.shape[-1]) / clip.rate:+.2f}" if delta else None,
                     delta_color="off")  # fmt: skip
            b.metric(t("audio.metric.rms"), f"{_level_db(x):.1f}",
                     f"{_level_db(after) - _level_db(before):+.1f} dB" if delta else None,
                     delta_color="off")  # fmt: skip
            c.metric(t("audio.metric.peak"), f"{_level_db(x, peak=True):.1f}",
                     f"{_level_db(after, True) - _level_db(before, True):+.1f} dB" if delta else None,
                     delta_color="off")  # fmt: skip
    peak = float(np.max(np.abs(after))) if after.size else 0.0
    if peak > 1.0:
        st.warning(t("audio.clip_warning", peak=peak), icon=":material/warning:")
    spec_tab, wave_tab, steps_tab = st.tabs([t("audio.tab.spectrogram"), t("audio.tab.waveform"), t("audio.tab.steps")])
    clips = [(names[0], before), (names[1], after)]
    with spec_tab:
        diff = param_widget(AUDIO_STATE["diff"].param, DIFF_KEY)
        st.plotly_chart(spectrogram_figure(clips, clip.rate, t("audio.time_s"), t("audio.freq_hz"),
                                           difference_label=t("audio.diff_title") if diff else None),
                        key=keys.SPECTROGRAM, config=_CHART)  # fmt: skip
        st.caption(t("audio.spectrogram_caption"))
    with wave_tab:
        st.plotly_chart(waveform_figure(clips, clip.rate, t("audio.time_s"), t("audio.amplitude")), key=keys.WAVEFORM,
                        config=_CHART)  # fmt: skip
        st.caption(t("audio.waveform_caption"))
    with steps_tab:
        _render_steps(clip, pipeline, seed, focus, record_from_dict(record))
    return focus


def _render_steps(clip: Clip, pipeline: Pipeline, seed: int, focus: int, record: list[StepRecord]) -> None:
    st.caption(t("audio.steps_caption"))
    steps = compute_steps(clip.digest, clip.rate, pipeline.to_json(), seed, focus, clip.samples)
    items = [(t("audio.step_input"), "", clip.samples)]
    for index, (step, samples) in enumerate(zip(record, steps, strict=True), start=1):
        status = format_values(step) if step.fired else t("audio.skipped")
        items.append((t("audio.step_n", n=index, title=t(AUDIO_TRANSFORMS[step.name].title_key)), status, samples))
    for index, (title, status, samples) in enumerate(items):
        text, player, picture = st.columns([1.2, 1.2, 1.6], vertical_alignment="center")
        text.markdown(f"**{title}**" + (f"  \n:gray[{status}]" if status else ""))
        player.audio(wav(samples, clip.rate), format="audio/wav")
        picture.plotly_chart(
            thumbnail_figure(samples, clip.rate, height=80), key=keys.step_thumbnail_key(index), config=_CHART
        )


def render_exports(pipeline: Pipeline, draws: list, rate: int, seed: int, focus: int) -> None:
    st.caption(t("audio.export.caption", n=focus + 1))
    records = [record_from_dict(record) for _, record, _ in draws]
    code = export.standalone_code(pipeline, seed, focus, rate)
    am_code = export.audiomentations_code(pipeline, rate)
    top, bottom = st.columns(2), st.columns(2)
    top[0].download_button(t("audio.export.json"), pipeline.to_json(), "audio_pipeline.json", "application/json",
                           key=keys.EXPORT_JSON, on_click="ignore", icon=":material/data_object:",
                           width="stretch")  # fmt: skip
    top[1].download_button(
        t("audio.export.zip"),
        lambda: export.draws_zip([d[0] for d in draws], records, rate, pipeline, seed),
        "audio_draws.zip", "application/zip", key=keys.EXPORT_ZIP, on_click="ignore", icon=":material/folder_zip:",
        width="stretch",
    )  # fmt: skip
    bottom[0].download_button(t("audio.export.code"), code, "augment_audio.py", "text/x-python",
                              key=keys.EXPORT_CODE, on_click="ignore", icon=":material/code:",
                              width="stretch")  # fmt: skip
    bottom[1].download_button(t("audio.export.am"), am_code, "augment_audiomentations.py", "text/x-python",
                              key=keys.EXPORT_AM, on_click="ignore", icon=":material/code:",
                              width="stretch")  # fmt: skip
    with st.expander(t("audio.show_code")):
        code_tab, am_tab = st.tabs([t("audio.export.code"), t("audio.export.am")])
        code_tab.code(code, language="python")
        am_tab.code(am_code, language="python")
