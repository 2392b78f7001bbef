"""Step 2: the model, the augmentation and the two runs, trained live in the backend.

Why a fragment that polls: training runs in a worker process; the page only
reads the job's latest report every ``POLL_S`` while it runs (a full rerun
flips the fragment's timer on and off, as on the training page), so the
page never blocks and Pause answers at once.
"""

from __future__ import annotations

import inspect

import streamlit as st

from playground.augment.audio.pipeline import CURRENT, Pipeline
from playground.augment.audio.registry import AUDIO_TRANSFORMS
from playground.speech.augment import lab_pipeline
from playground.speech.features import FRONT_ENDS, frames_of
from playground.speech.figures import curves_figure
from playground.speech.models import MODELS, CNN2DNet, Conv1DNet, n_parameters
from playground.speech.settings import SPEECH, SpeechConfig
from playground.speech.synth import CLIP_SAMPLES
from playground.ui import t
from playground.ui.audio.keys import DICE as STUDIO_DICE
from playground.ui.audio.keys import TRANSFORMS as STUDIO_TRANSFORMS
from playground.ui.audio.keys import widget_key as studio_key
from playground.ui.paced import paced_fragment
from playground.ui.speech import session
from playground.ui.speech.keys import (
    AUGMENT,
    BATCH,
    CHART_CURVES,
    CURVE_METRIC,
    EPOCHS,
    FRONT_END,
    LIVE,
    LR,
    MODEL,
    PAUSE,
    PIPELINE,
    RESUME,
    RUNNING,
    SESSION_ID,
    TICKS,
    TRAIN,
)
from playground.ui.speech.labels import percent, run_label
from playground.ui.speech.results import accuracy_table
from playground.ui.state.kept_values import keep_widget_values
from playground.ui.training.session import starting_notice
from playground.ui.widgets import param_widget

POLL_S = 0.5
STUDIO_PREFIX = studio_key("", "").removesuffix(".")  # "audio.w." : the audio studio's builder widgets


def studio_pipeline() -> Pipeline | None:
    """The audio augmentation studio's current pipeline, read from its builder's keys (None if never opened)."""
    keep_widget_values((STUDIO_TRANSFORMS, STUDIO_DICE), (STUDIO_PREFIX,))  # its values, kept while it is not drawn
    state = st.session_state
    names = state.get(STUDIO_TRANSFORMS)
    if not names:
        return None
    steps = []
    for name in names:
        if name not in AUDIO_TRANSFORMS:
            continue
        spec = AUDIO_TRANSFORMS[name]
        params = {p.name: state[studio_key(name, p.name)] for p in spec.params if studio_key(name, p.name) in state}
        steps.append(Pipeline.step(name, float(state.get(studio_key(name, "p"), spec.p)),
                                   enabled=bool(state.get(studio_key(name, "on"), True)), **params))  # fmt: skip
    return Pipeline(tuple(steps), dice=int(state.get(STUDIO_DICE, CURRENT)))  # the studio's draws, its recipe too


def model_controls() -> None:
    left, right = st.columns(2)
    param_widget(SPEECH["model"].param, MODEL, container=left, format_choice=lambda n: t(MODELS[n].title_key))
    param_widget(SPEECH["front_end"].param, FRONT_END, container=right,
                 format_choice=lambda n: t(FRONT_ENDS[n].title_key))  # fmt: skip
    a, b, c = st.columns(3)
    param_widget(SPEECH["epochs"].param, EPOCHS, container=a)
    param_widget(SPEECH["batch_size"].param, BATCH, container=b)
    param_widget(SPEECH["lr"].param, LR, container=c)


def model_code(config: SpeechConfig) -> None:
    """The chosen network in PyTorch beside the same network in Keras."""
    channels, frames = FRONT_ENDS[config.front_end].channels, frames_of(CLIP_SAMPLES)
    model = MODELS[config.model]
    net = model.build(channels, frames, config.seed)
    st.caption(t(model.summary_key) + " " + t("speech.model.params", n=f"{n_parameters(net):,}",
                                                shape=f"{channels} × {frames}"))  # fmt: skip
    with st.expander(t("speech.model.code"), icon=":material/code:"):
        torch_tab, keras_tab = st.tabs(["PyTorch", "Keras"])
        torch_tab.code(inspect.getsource(Conv1DNet if config.model == "conv1d" else CNN2DNet), language="python")
        keras_tab.code(model.keras_code(channels, frames, config.lr), language="python")


def augment_controls() -> Pipeline:
    """The probability knob and where the pipeline comes from; returns the pipeline the augmented run uses."""
    left, right = st.columns(2)
    param_widget(SPEECH["probability"].param, AUGMENT, container=left)
    source = param_widget(SPEECH["pipeline"].param, PIPELINE, container=right, style="radio",
                          format_choice=lambda n: t(f"speech.pipeline.{n}"))  # fmt: skip
    pipeline = lab_pipeline()
    if source == "studio":
        studio = studio_pipeline()
        if studio is None or not studio.active():
            st.info(t("speech.pipeline.none"), icon=":material/graphic_eq:")
        else:
            pipeline = studio
    chips = [f":orange-badge[{t(AUDIO_TRANSFORMS[s.name].title_key)} · p = {s.p:g}]" for s in pipeline.active()]
    st.markdown(t("speech.pipeline.strip", steps=" → ".join(chips)))
    st.page_link("pages/audio_augmentation.py", label=t("speech.pipeline.open_studio"), icon=":material/tune:")
    return pipeline


def train_buttons(config: SpeechConfig, pipeline: Pipeline, device: str) -> None:
    running = bool(st.session_state.get(RUNNING))
    a, b, _ = st.columns([1.2, 1, 2])
    a.button(t("speech.train"), key=TRAIN, type="primary", icon=":material/play_arrow:", on_click=session.train,
             args=(config, pipeline, device), width="stretch")  # fmt: skip
    if running:
        b.button(t("speech.pause"), key=PAUSE, icon=":material/pause:", on_click=session.pause,
                 width="stretch")  # fmt: skip
    elif st.session_state.get(SESSION_ID):
        b.button(t("speech.resume"), key=RESUME, icon=":material/play_arrow:", on_click=session.resume,
                 width="stretch")  # fmt: skip


def live_panel() -> None:
    """The runs' progress, curves and accuracy table while they train (polled), then once more when done."""
    running = bool(st.session_state.get(RUNNING))
    session.get_backend()  # start the server's workers while the student reads (once per server)

    @paced_fragment("speech.live", POLL_S if running else None)
    def live() -> None:
        st.session_state[TICKS] = st.session_state.get(TICKS, 0) + 1
        report = session.latest()
        if report is None or report.data is None or not report.data["runs"]:
            if st.session_state.get(SESSION_ID):
                starting_notice(st.session_state.get(SESSION_ID), "speech.live.starting")
            return
        if report.status not in session.LIVE:
            if report.status == "finished":
                session.finish(report)
            else:  # an error, or a worker that crashed or freed the job: say so, and let Train start afresh
                st.error(t(report.message or "train.msg.error"), icon=":material/error:")
                session.forget()
            if running:
                st.rerun(scope="app")
            return
        if running and report.status == "paused":  # the worker paused it (nobody watched): offer Resume
            st.session_state[RUNNING] = False
            st.rerun(scope="app")
        with st.container(key=LIVE):
            draw_progress(report.data, report.status)

    live()


def draw_progress(data: dict, status: str) -> None:
    runs = data["runs"]
    columns = st.columns(len(runs))
    for column, (name, run) in zip(columns, runs.items(), strict=True):
        column.progress(run["progress"], text=t("speech.live.epoch", run=run_label(name), epoch=run["epoch"],
                                                epochs=data["epochs"]))  # fmt: skip
    st.caption(t(f"speech.status.{status}"))
    histories = {name: run["history"] for name, run in runs.items() if run["history"]}
    if histories:
        curves(histories)
        accuracy_table({name: h[-1] for name, h in histories.items()})


def curves(histories: dict[str, list[dict[str, float]]]) -> None:
    metrics = ("snr10", "unseen", "seen", "train_acc", "loss")
    metric = st.segmented_control(t("speech.curve.metric"), metrics, key=CURVE_METRIC, default="snr10",
                                  format_func=lambda m: t(f"speech.curve.{m}"))  # fmt: skip
    metric = metric or "snr10"
    label = t("speech.axis.loss") if metric == "loss" else t("speech.axis.accuracy")
    fig = curves_figure(histories, {n: run_label(n) for n in histories}, metric, t("speech.axis.epoch"), label)
    st.plotly_chart(fig, key=CHART_CURVES, width="stretch")
    last = {n: h[-1].get(metric, 0.0) for n, h in histories.items()}
    if metric != "loss":
        st.caption(" · ".join(f"{run_label(n)}: {percent(v)}" for n, v in last.items()))
