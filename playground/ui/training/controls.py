"""The training page's controls: the top bar, the data column and the network editor.

Widgets read and write only session-state keys (see ``state``); the page
turns them into one config afterwards, so a preset or a link can set every
control the same way. Each widget's key, bounds, step and label come from
its field in the state table (``TABLE``), so the link reader and the widget
cannot disagree about what a value may be.
"""

from __future__ import annotations

import streamlit as st

from playground.core.params import Param
from playground.nn.losses import LOSSES
from playground.nn.optimizers import OPTIMIZERS
from playground.training.config import TABLE, default_loss
from playground.training.features import PLAIN_LABELS
from playground.training.model import ACTIVATION, WIDTH
from playground.training.presets import PRESETS
from playground.training.toy_data import DATASETS
from playground.ui import show_notices, t
from playground.ui.training import keys
from playground.ui.training.keys import DATASET, LR, N_LAYERS, OWN_SELECTED, OWN_TASK, PRESET, RUNNING
from playground.ui.training.session import pause, play, restart, step
from playground.ui.training.state import LR_STEPS, OWN, dismiss_link_notes, link_notes, snap, write_widgets


def _param(name: str) -> Param:
    return TABLE[name].param


def _key(name: str) -> str:
    return TABLE.key(name)


def _task_of_choice() -> str:
    choice = st.session_state.get(DATASET)
    if choice == OWN:
        return st.session_state.get(OWN_TASK, "classification")
    return DATASETS.get(choice, DATASETS[_param("dataset").default]).task


def _on_dataset_change() -> None:
    task = _task_of_choice()
    loss = st.session_state.get(_key("loss"))
    if loss not in LOSSES or LOSSES[loss].kind != task:
        st.session_state[_key("loss")] = default_loss(task)  # type: ignore[arg-type]
    st.session_state[OWN_SELECTED] = st.session_state.get(DATASET) == OWN


def _on_optimizer_change() -> None:
    spec = OPTIMIZERS[st.session_state[_key("optimizer")]]
    st.session_state[LR] = snap(float(spec.defaults()["lr"]), LR_STEPS)


def _apply_preset(seed: int) -> None:
    preset = st.session_state.get(PRESET)
    if preset in PRESETS:
        restart()
        write_widgets(PRESETS[preset].config(seed))
        st.session_state[OWN_SELECTED] = False


def link_notes_box() -> None:
    """What the opening link asked for that had to change, in the page's language, until dismissed."""
    notes = link_notes()
    if not notes:
        return
    with st.container(border=True, key=keys.LINK_NOTES_BOX):
        st.markdown(t("train.link_notes"))
        show_notices(notes)
        st.button(t("train.link_notes_ok"), key=keys.LINK_NOTES_OK, on_click=dismiss_link_notes)


def preset_row(seed: int) -> None:
    """Lessons in one click: each preset sets every control and says what to look at."""
    left, middle, right = st.columns([2, 0.7, 4], vertical_alignment="bottom")
    left.selectbox(t("train.preset"), list(PRESETS), format_func=lambda p: t(PRESETS[p].title_key), key=PRESET)
    middle.button(
        t("train.preset_apply"),
        key=keys.PRESET_APPLY,
        on_click=_apply_preset,
        args=(seed,),
        icon=":material/school:",
    )
    right.caption(t(PRESETS.get(st.session_state.get(PRESET), next(iter(PRESETS.values()))).summary_key))


def control_bar() -> None:
    """Reset, play, pause, step, and the knobs a student turns most: rate, optimizer, loss, batch."""
    running = bool(st.session_state.get(RUNNING))
    buttons = st.columns([1, 1, 1, 1, 1, 2.2], vertical_alignment="bottom")
    buttons[0].button(
        t("train.reset"),
        key=keys.RESET,
        on_click=restart,
        icon=":material/restart_alt:",
        help=t("train.reset_help"),
        width="stretch",
    )
    buttons[1].button(
        t("train.play"),
        key=keys.PLAY,
        on_click=play,
        icon=":material/play_arrow:",
        type="secondary" if running else "primary",
        help=t("train.play_help"),
        width="stretch",
    )
    buttons[2].button(
        t("train.pause"),
        key=keys.PAUSE,
        on_click=pause,
        icon=":material/pause:",
        type="primary" if running else "secondary",
        help=t("train.pause_help"),
        width="stretch",
    )
    buttons[3].button(
        t("train.step"),
        key=keys.STEP,
        on_click=step,
        args=("batch",),
        icon=":material/skip_next:",
        help=t("train.step_help"),
        width="stretch",
    )
    buttons[4].button(
        t("train.step_epoch"),
        key=keys.STEP_EPOCH,
        on_click=step,
        args=("epoch",),
        icon=":material/fast_forward:",
        help=t("train.step_epoch_help"),
        width="stretch",
    )
    buttons[5].caption(t("train.running_now") if running else t("train.paused_now"))
    cols = st.columns([1.6, 1.3, 1.5, 1.0], vertical_alignment="bottom")
    cols[0].select_slider(t("train.lr"), options=LR_STEPS, key=LR, format_func=lambda v: f"{v:g}")
    cols[1].selectbox(
        t(_param("optimizer").label_key),
        _param("optimizer").choices,
        key=_key("optimizer"),
        on_change=_on_optimizer_change,
        format_func=lambda o: t(OPTIMIZERS[o].title_key),
    )
    task = _task_of_choice()
    losses = [spec.name for spec in LOSSES.values() if spec.kind == task]
    if st.session_state.get(_key("loss")) not in losses:
        st.session_state[_key("loss")] = losses[0]
    cols[2].selectbox(
        t(_param("loss").label_key), losses, key=_key("loss"), format_func=lambda loss: t(LOSSES[loss].title_key)
    )
    batch = _param("batch_size")
    cols[3].number_input(
        t(batch.label_key), int(batch.low or 1), int(batch.high or 1), key=_key("batch_size"), help=t(batch.help_key)
    )


def _slider(name: str, **options: object) -> None:
    """The field's slider: its bounds and step from its ``Param``, its label and help from its text keys."""
    param = _param(name)
    number = int if param.kind == "int" else float
    st.slider(t(param.label_key), number(param.low), number(param.high), step=number(param.step or 1), key=_key(name),
              help=t(param.help_key) if param.help_key else None, **options)  # type: ignore[arg-type]  # fmt: skip


def data_panel() -> None:
    """Which problem, how many points, how noisy, how they split."""
    st.markdown(f"#### {t('train.data')}")
    st.selectbox(
        t(_param("dataset").label_key),
        [*_param("dataset").choices, OWN],
        key=DATASET,
        on_change=_on_dataset_change,
        format_func=lambda d: t(f"train.ds.{d}"),
    )
    choice = st.session_state.get(DATASET)
    if choice == "blobs":
        _slider("n_classes")
    if choice != OWN:
        _slider("n_points")
        _slider("noise")
    _slider("test_ratio", format="%.2f")
    left, right = st.columns(2, vertical_alignment="center")
    if choice != OWN:
        left.button(
            t("train.regenerate"),
            key=keys.REGENERATE,
            icon=":material/casino:",
            on_click=lambda: st.session_state.__setitem__(_key("draw"), st.session_state.get(_key("draw"), 0) + 1),
        )
    right.toggle(t("train.show_test"), key=keys.SHOW_TEST, value=True)


def model_panel() -> None:
    """Features (the anchor's seven) and the hidden layers, each with its own activation."""
    st.markdown(f"#### {t('train.features')}")
    st.pills(
        t(_param("features").label_key),
        _param("features").choices,
        selection_mode="multi",
        key=_key("features"),
        format_func=PLAIN_LABELS.__getitem__,
        wrap=True,
        label_visibility="collapsed",
    )
    if not st.session_state.get(_key("features")):
        st.caption(t("train.features_empty"))
    st.markdown(f"#### {t('train.layers')}")
    widths = TABLE["widths"]
    st.number_input(t("train.n_layers"), 0, widths.param.max_items, key=N_LAYERS)
    for index in range(int(st.session_state.get(N_LAYERS, 0))):
        st.session_state.setdefault(keys.width_key(index), WIDTH.default)
        st.session_state.setdefault(keys.activation_key(index), ACTIVATION.default)
        width_col, act_col = st.columns([1, 1.2])
        width_col.number_input(
            t(WIDTH.label_key, i=index + 1), int(WIDTH.low or 1), int(WIDTH.high or 1), key=keys.width_key(index)
        )
        act_col.selectbox(
            t(ACTIVATION.label_key, i=index + 1),
            ACTIVATION.choices,
            key=keys.activation_key(index),
            format_func=lambda a: t(f"train.act.{a}"),
        )
    with st.expander(t("train.model_more")):
        _slider("dropout")  # up to 0.9, as links allow (a 0.8 slider crashed on a link's 0.9)
        norm = _param("batch_norm")
        st.toggle(t(norm.label_key), key=_key("batch_norm"), help=t(norm.help_key))
        init = _param("init")
        st.selectbox(
            t(init.label_key),
            init.choices,
            key=_key("init"),
            format_func=lambda i: t(f"train.init.{i}"),
            help=t(init.help_key),
        )
