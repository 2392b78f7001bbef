"""The training page's controls: the top bar, the data column and the network editor.

Widgets read and write only session-state keys (see ``train_state``); the
page turns them into one config afterwards, so a preset or a link can set
every control the same way.
"""

from __future__ import annotations

import streamlit as st

from playground.nn.losses import LOSSES
from playground.nn.optimizers import OPTIMIZERS
from playground.training.features import FEATURES, PLAIN_LABELS
from playground.training.model import ACTIVATIONS, INITS, MAX_WIDTH
from playground.training.presets import PRESETS, preset_config
from playground.training.toy_data import DATASETS, MAX_POINTS, MIN_POINTS
from playground.ui import t
from playground.ui.training.session import RUNNING, pause, play, restart, step
from playground.ui.training.state import LR_STEPS, MAX_LAYERS, OWN, K, snap, write_widgets


def _task_of_choice() -> str:
    choice = st.session_state.get(K + "dataset")
    if choice == OWN:
        return st.session_state.get("train.own_task", "classification")
    return DATASETS.get(choice, DATASETS["circle"]).task


def _on_dataset_change() -> None:
    task = _task_of_choice()
    loss = st.session_state.get(K + "loss")
    if loss not in LOSSES or LOSSES[loss].kind != task:
        st.session_state[K + "loss"] = "cross_entropy" if task == "classification" else "mse"
    st.session_state["train.own_selected"] = st.session_state.get(K + "dataset") == OWN


def _on_optimizer_change() -> None:
    spec = OPTIMIZERS[st.session_state[K + "optimizer"]]
    st.session_state[K + "lr"] = snap(float(spec.defaults()["lr"]), LR_STEPS)


def _apply_preset(seed: int) -> None:
    preset = st.session_state.get("train.preset")
    if preset in PRESETS:
        restart()
        write_widgets(preset_config(preset, seed))
        st.session_state["train.own_selected"] = False


def preset_row(seed: int) -> None:
    """Lessons in one click: each preset sets every control and says what to look at."""
    left, middle, right = st.columns([2, 0.7, 4], vertical_alignment="bottom")
    left.selectbox(t("train.preset"), list(PRESETS), format_func=lambda p: t(f"train.preset.{p}"), key="train.preset")
    middle.button(
        t("train.preset_apply"),
        key="train.preset_apply",
        on_click=_apply_preset,
        args=(seed,),
        icon=":material/school:",
    )
    right.caption(t(f"train.preset.{st.session_state.get('train.preset', 'xor_hidden')}.hint"))


def control_bar() -> None:
    """Reset, play, pause, step, and the knobs a student turns most: rate, optimizer, loss, batch."""
    running = bool(st.session_state.get(RUNNING))
    buttons = st.columns([1, 1, 1, 1, 1, 2.2], vertical_alignment="bottom")
    buttons[0].button(
        t("train.reset"),
        key="train.reset",
        on_click=restart,
        icon=":material/restart_alt:",
        help=t("train.reset_help"),
        width="stretch",
    )
    buttons[1].button(
        t("train.play"),
        key="train.play",
        on_click=play,
        icon=":material/play_arrow:",
        type="secondary" if running else "primary",
        help=t("train.play_help"),
        width="stretch",
    )
    buttons[2].button(
        t("train.pause"),
        key="train.pause",
        on_click=pause,
        icon=":material/pause:",
        type="primary" if running else "secondary",
        help=t("train.pause_help"),
        width="stretch",
    )
    buttons[3].button(
        t("train.step"),
        key="train.step",
        on_click=step,
        args=("batch",),
        icon=":material/skip_next:",
        help=t("train.step_help"),
        width="stretch",
    )
    buttons[4].button(
        t("train.step_epoch"),
        key="train.step_epoch",
        on_click=step,
        args=("epoch",),
        icon=":material/fast_forward:",
        help=t("train.step_epoch_help"),
        width="stretch",
    )
    buttons[5].caption(t("train.running_now") if running else t("train.paused_now"))
    cols = st.columns([1.6, 1.3, 1.5, 1.0], vertical_alignment="bottom")
    cols[0].select_slider(t("train.lr"), options=LR_STEPS, key=K + "lr", format_func=lambda v: f"{v:g}")
    cols[1].selectbox(
        t("train.optimizer"),
        list(OPTIMIZERS),
        key=K + "optimizer",
        on_change=_on_optimizer_change,
        format_func=lambda o: t(f"optim.{o}"),
    )
    task = _task_of_choice()
    losses = [spec.name for spec in LOSSES.values() if spec.kind == task]
    if st.session_state.get(K + "loss") not in losses:
        st.session_state[K + "loss"] = losses[0]
    cols[2].selectbox(t("train.loss"), losses, key=K + "loss", format_func=lambda loss: t(f"loss.{loss}"))
    cols[3].number_input(t("train.batch_size"), 1, 256, key=K + "batch_size", help=t("train.batch_help"))


def data_panel() -> None:
    """Which problem, how many points, how noisy, how they split."""
    st.markdown(f"#### {t('train.data')}")
    options = [*DATASETS, OWN]
    st.selectbox(
        t("train.dataset"),
        options,
        key=K + "dataset",
        on_change=_on_dataset_change,
        format_func=lambda d: t(f"train.ds.{d}"),
    )
    choice = st.session_state.get(K + "dataset")
    if choice == "blobs":
        st.slider(t("train.n_classes"), 2, 5, key=K + "n_classes")
    if choice != OWN:
        st.slider(t("train.n_points"), MIN_POINTS, MAX_POINTS, step=50, key=K + "n_points")
        st.slider(t("train.noise"), 0.0, 0.5, step=0.05, key=K + "noise", help=t("train.noise_help"))
    st.slider(t("train.test_ratio"), 0.1, 0.9, step=0.05, key=K + "test_ratio", format="%.2f")
    left, right = st.columns(2, vertical_alignment="center")
    if choice != OWN:
        left.button(
            t("train.regenerate"),
            key="train.regenerate",
            icon=":material/casino:",
            on_click=lambda: st.session_state.__setitem__(K + "draw", st.session_state.get(K + "draw", 0) + 1),
        )
    right.toggle(t("train.show_test"), key="train.show_test", value=True)


def model_panel() -> None:
    """Features (the anchor's seven) and the hidden layers, each with its own activation."""
    st.markdown(f"#### {t('train.features')}")
    st.pills(
        t("train.features_label"),
        list(FEATURES),
        selection_mode="multi",
        key=K + "features",
        format_func=PLAIN_LABELS.__getitem__,
        wrap=True,
        label_visibility="collapsed",
    )
    if not st.session_state.get(K + "features"):
        st.caption(t("train.features_empty"))
    st.markdown(f"#### {t('train.layers')}")
    st.number_input(t("train.n_layers"), 0, MAX_LAYERS, key=K + "n_layers")
    for index in range(int(st.session_state.get(K + "n_layers", 0))):
        st.session_state.setdefault(f"{K}width.{index}", 4)
        st.session_state.setdefault(f"{K}act.{index}", "tanh")
        width_col, act_col = st.columns([1, 1.2])
        width_col.number_input(t("train.width", i=index + 1), 1, MAX_WIDTH, key=f"{K}width.{index}")
        act_col.selectbox(
            t("train.activation", i=index + 1),
            list(ACTIVATIONS),
            key=f"{K}act.{index}",
            format_func=lambda a: t(f"train.act.{a}"),
        )
    with st.expander(t("train.model_more")):
        st.slider(t("train.dropout"), 0.0, 0.8, step=0.05, key=K + "dropout", help=t("train.dropout_help"))
        st.toggle(t("train.batch_norm"), key=K + "batch_norm", help=t("train.batch_norm_help"))
        st.selectbox(
            t("train.init"),
            INITS,
            key=K + "init",
            format_func=lambda i: t(f"train.init.{i}"),
            help=t("train.init_help"),
        )
