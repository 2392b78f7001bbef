"""The live view: drawn by the browser from the live feed, or by fragments polling the trainer's snapshots.

Served by ``app.py`` (the app's normal start), the page mounts one browser
component per full run and the browser draws everything from the feed
(``playground.ui.training.browser_live``): no Streamlit run per update, which
is what lets a class of thirty train at once. Otherwise (``streamlit run
streamlit_app.py``, AppTest) the fragments below draw it.

Why a fragment with ``run_every`` there: only this part of the page reruns, ten
times a second while training runs, and it never waits for training (the
snapshot it shows was asked for on the previous tick). Starting and stopping
flips ``train.running``, which needs a full rerun because ``run_every`` is
read when the fragment is defined.
"""

from __future__ import annotations

import math

import streamlit as st

from playground.core.encode import image_uri
from playground.training.config import TrainConfig
from playground.training.features import PLAIN_LABELS
from playground.training.figures.boundary import boundary_figure, boundary_image, boundary_picture
from playground.training.figures.curves import curves_figure
from playground.training.figures.metrics import confusion_figure, norms_figure
from playground.training.figures.network import network_figure
from playground.training.figures.network_image import network_picture
from playground.training.runner.protocol import LIVE, LOST
from playground.training.snapshot import Snapshot
from playground.training.toy_data import Split
from playground.ui import t
from playground.ui.training.browser_live import browser_drawing, live_data, mount_live_view
from playground.ui.training.keys import (
    CHART_BOUNDARY,
    CHART_CONFUSION,
    CHART_CURVES,
    CHART_NETWORK,
    CHART_NORMS,
    COMPARE,
    COUNTERS,
    LOG_LOSS,
    RUN_CONFIG,
    RUNNING,
    RUNS,
    SESSION_ID,
    SHOW_TEST,
    TICKS,
    css_class,
)
from playground.ui.training.session import get_backend, keep_run, starting_notice

REDRAW_S = 0.07  # asks ~14 times a second so that ~10 redraws land on a busy host (the anchor draws at 60)
WAIT_S = 0.5  # while a worker starts up
CHARTS_S = 0.8  # curves and matrices change slowly; redrawing them less leaves the browser time


def current_snapshot(timeout: float = 10.0) -> Snapshot | None:
    """While running: the newest snapshot, and ask for the next one. Otherwise: wait for a fresh one."""
    sid = st.session_state.get(SESSION_ID)
    if sid is None:
        return None
    backend = get_backend()
    if st.session_state.get(RUNNING):
        snapshot = backend.latest(sid)
        backend.request_snapshot(sid)
        if snapshot is not None:
            return snapshot
    return backend.fetch(sid, timeout=timeout)


def paused_snapshot() -> Snapshot | None:
    """On a full rerun while paused: a fresh snapshot with the weights (for export and the hand-off)."""
    sid = st.session_state.get(SESSION_ID)
    if sid is None or st.session_state.get(RUNNING):
        return None
    return get_backend().fetch(sid, weights=True)


def _fmt(value: float) -> str:
    """Five significant characters at most, so six counters fit side by side."""
    if value is None or not math.isfinite(value):
        return "–"
    return f"{value:.4f}" if abs(value) >= 0.01 else f"{value:.2e}"


def _counters(snapshot: Snapshot) -> None:
    last = snapshot.last
    # Six counters share the width: a smaller figure keeps "8.13e-05" from being cut to "8.1…".
    st.html(f"<style>.{css_class(COUNTERS)} [data-testid=stMetricValue]{{font-size:1.55rem}}</style>")
    cols = st.container(key=COUNTERS).columns(6)
    cols[0].metric(t("train.epoch"), f"{snapshot.epoch:,}")
    cols[1].metric(t("train.steps"), f"{snapshot.step:,}")
    cols[2].metric(t("train.speed"), f"{snapshot.steps_per_second:,.0f}")
    cols[3].metric(t("train.train_loss"), _fmt(last["train_loss"]))
    cols[4].metric(t("train.test_loss"), _fmt(last["test_loss"]))
    if snapshot.task == "classification":
        accuracy = last["test_acc"]
        cols[5].metric(
            t("train.test_acc"), "–" if not math.isfinite(accuracy) else f"{accuracy:.{0 if accuracy > 0.9995 else 1}%}"
        )
    else:
        cols[5].metric(t("train.lr_now"), f"{snapshot.lr:.3g}")


def _status(snapshot: Snapshot) -> None:
    if snapshot.status in LOST:
        st.error(t(snapshot.message), icon=":material/error:")
    elif snapshot.status == "diverged":
        st.warning(t("train.msg.diverged"), icon=":material/warning:")
    elif snapshot.status == "error":
        st.error(t("train.msg.error"), icon=":material/error:")
    elif snapshot.status == "finished":
        st.success(t("train.msg.finished", epoch=snapshot.epoch), icon=":material/flag:")
    elif snapshot.message == "train.msg.idle_paused":
        st.info(t("train.msg.idle_paused"), icon=":material/pause_circle:")


def _inline_image(uri: str, alt: str) -> None:
    """An image inlined as a data URI: ``st.image`` serves each frame by URL, and the browser showed
    an empty box while fetching it, ten times a second."""
    st.markdown(f'<img src="{uri}" alt="{alt}" style="width:100%;height:auto;display:block">', unsafe_allow_html=True)


def _network_and_output(snapshot: Snapshot, config: TrainConfig, split: Split, running: bool) -> None:
    """While running: two pictures (cheap for the browser). When paused: plotly figures with hover values."""
    left, right = st.columns([1.25, 1])
    widths, acts = config.model.widths, config.model.activations
    image = boundary_image(snapshot.boundary, snapshot.task)
    show_test = st.session_state.get(SHOW_TEST, True)
    with left:
        st.markdown(f"**{t('train.network')}**")
        if running:
            titles = [""] + [f"{w} {a}" for w, a in zip(widths, acts, strict=True)] + [""]
            picture = network_picture(
                snapshot.neuron_maps,
                snapshot.weights,
                snapshot.layer_widths,
                column_titles=titles,
                feature_ids=list(config.model.features),
                output_image=image,
            )
            # JPEG: a PNG took ~5 ms to encode, each frame
            _inline_image(image_uri(picture, "jpeg", quality=92), t("train.network"))
        else:
            titles = [t("train.col.input")] + [f"{w} · {a}" for w, a in zip(widths, acts, strict=True)]
            names = [PLAIN_LABELS[f] for f in config.model.features]
            net = network_figure(
                snapshot.neuron_maps,
                snapshot.weights,
                snapshot.layer_widths,
                column_titles=[*titles, t("train.col.output")],
                input_names=names,
                output_image=image,
            )
            st.plotly_chart(net, key=CHART_NETWORK, config={"displayModeBar": False})
            st.caption(t("train.network_hover"))
    with right:
        st.markdown(f"**{t('train.output')}**")
        test = split.test if show_test else None
        if running:
            picture = boundary_picture(snapshot.boundary, snapshot.task, snapshot.extent, split.train, test, base=image)
            _inline_image(image_uri(picture, "jpeg", quality=88), t("train.output"))
        else:
            fig = boundary_figure(
                snapshot.boundary, snapshot.task, snapshot.extent, split.train, split.test, show_test=show_test
            )
            st.plotly_chart(fig, key=CHART_BOUNDARY, config={"displayModeBar": False})
        st.caption(t("train.boundary_help" if snapshot.task == "classification" else "train.boundary_help_regression"))


def _charts(snapshot: Snapshot) -> None:
    overlays = [
        (run.label, run.history)
        for run in st.session_state.get(RUNS, [])
        if run.label in st.session_state.get(COMPARE, [])
    ]
    curve_labels = {
        "loss": t("train.curve.loss"),
        "accuracy": t("train.curve.accuracy"),
        "train": t("train.legend.train"),
        "test": t("train.legend.test"),
        "epoch": t("train.epoch"),
    }
    curves = curves_figure(
        snapshot.history,
        curve_labels,
        overlays=overlays,
        show_accuracy=snapshot.task == "classification",
        log_loss=bool(st.session_state.get(LOG_LOSS)),
    )
    st.plotly_chart(curves, key=CHART_CURVES, config={"displayModeBar": False})
    cm_col, norm_col = st.columns(2)
    if snapshot.confusion is not None:
        with cm_col:
            st.markdown(f"**{t('train.confusion')}**")
            labels_cm = {"hover": t("train.cm.hover"), "predicted": t("train.cm.predicted"), "true": t("train.cm.true")}
            st.plotly_chart(
                confusion_figure(snapshot.confusion, labels_cm),
                key=CHART_CONFUSION,
                config={"displayModeBar": False},
            )
    with norm_col if snapshot.confusion is not None else cm_col:
        st.markdown(f"**{t('train.norms')}**")
        labels_n = {
            "layer": t("train.norms.layer"),
            "output": t("train.col.output"),
            "weights": t("train.norms.weights"),
            "grads": t("train.norms.grads"),
        }
        st.plotly_chart(
            norms_figure(snapshot.weight_norms, snapshot.grad_norms, labels_n),
            key=CHART_NORMS,
            config={"displayModeBar": False},
        )
        st.caption(t("train.norms_help"))


def render_live(config: TrainConfig, split: Split, paused: Snapshot | None = None) -> None:
    """The browser draws the live view when the server serves its feed; else two Streamlit fragments.

    ``paused``: the snapshot the page already fetched while paused (``paused_snapshot``), reused.
    """
    running = bool(st.session_state.get(RUNNING))
    sid = st.session_state.get(SESSION_ID)
    waiting = sid is not None and get_backend().latest(sid) is None  # a worker may take seconds to start
    if sid is not None and not waiting and browser_drawing():
        _render_in_browser(config, split, sid, running, paused)
        return
    _render_with_fragments(config, split, running, waiting)


def _browser_ended() -> None:
    """The component saw training stop by itself (finished, diverged, lost): stop, keep the run."""
    st.session_state[RUNNING] = False
    sid = st.session_state.get(SESSION_ID)
    if sid is not None:
        snapshot = get_backend().latest(sid)
        if snapshot is not None and snapshot.status not in LOST:
            keep_run(snapshot, st.session_state.get(RUN_CONFIG))


def _render_in_browser(config: TrainConfig, split: Split, sid: str, running: bool, paused: Snapshot | None) -> None:
    """One mount per full run: the component polls the feed itself, nothing of Streamlit reruns for it."""
    backend = get_backend()
    snapshot = backend.latest(sid) if running else paused or backend.fetch(sid, timeout=10.0)
    if snapshot is None:
        return
    _status(snapshot)
    if snapshot.status in LOST:
        return
    show_test = bool(st.session_state.get(SHOW_TEST, True))
    data = live_data(snapshot, config, split, running=running, show_test=show_test)
    mount_live_view(backend, sid, data, _browser_ended)


def _render_with_fragments(config: TrainConfig, split: Split, running: bool, waiting: bool) -> None:
    """The fallback: counters, network and output ten times a second; curves and matrices three times."""

    @st.fragment(run_every=REDRAW_S if running else WAIT_S if waiting else None)
    def core() -> None:
        st.session_state[TICKS] = st.session_state.get(TICKS, 0) + 1
        snapshot = current_snapshot(timeout=0.2 if waiting else 10.0)
        if snapshot is None:
            starting_notice(st.session_state.get(SESSION_ID), "train.msg.starting")
            return
        if waiting and not running:
            st.rerun(scope="app")  # the first snapshot is here: stop polling, draw everything
        if st.session_state.get(RUNNING) and snapshot.status not in LIVE:
            st.session_state[RUNNING] = False  # finished, diverged or lost: stop ticking
            if snapshot.status not in LOST:
                keep_run(snapshot, config)
            st.rerun(scope="app")
        _status(snapshot)
        _counters(snapshot)
        if snapshot.status not in LOST:
            _network_and_output(snapshot, config, split, bool(st.session_state.get(RUNNING)))
        st.caption(t("train.redraws", n=st.session_state[TICKS], params=f"{snapshot.n_params:,}"))

    @st.fragment(run_every=CHARTS_S if running else None)
    def charts() -> None:
        sid = st.session_state.get(SESSION_ID)
        snapshot = get_backend().latest(sid) if sid else None
        if snapshot is not None and snapshot.status not in LOST:
            _charts(snapshot)

    core()
    charts()
