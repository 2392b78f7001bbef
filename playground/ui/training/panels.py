"""The tabs under the live view: settings, own data, comparison, sharing and export, device."""

from __future__ import annotations

import numpy as np
import streamlit as st

from playground.core.errors import InputError
from playground.core.params import Param
from playground.nn.losses import LOSSES
from playground.nn.optimizers import OPTIMIZERS
from playground.nn.schedulers import SCHEDULERS
from playground.training.config import TABLE, TrainConfig, default_loss, knobs_of
from playground.training.figures.boundary import click_grid_figure
from playground.training.snapshot import Snapshot
from playground.training.toy_csv import parse_toy_csv
from playground.training.toy_data import ToyData
from playground.ui import show_input_error, show_notices, t
from playground.ui.training import keys
from playground.ui.training.keys import (
    CLICK_CLASS,
    CLICK_N,
    CLICK_VALUE,
    CLICKS,
    COMPARE,
    CSV_ERROR,
    CSV_NOTICES,
    CSV_UPLOAD,
    DATASET,
    LOSS,
    OWN_DATA,
    OWN_SELECTED,
    OWN_TASK,
    OWN_TASK_DATASET,
    RUNS,
)
from playground.ui.training.session import get_backend, keep_run
from playground.ui.training.state import OWN, REG_RATES


def _knob_widget(choice: str, entry: str, param: Param) -> None:
    """A number box (or a switch) for one knob of the chosen loss, optimizer or schedule, under its derived key.

    Number boxes, not ``param_widget``'s sliders: these knobs are typed precisely (a momentum of 0.95).
    """
    key = knobs_of(choice).key_of(entry, param.name)
    st.session_state.setdefault(key, param.default)
    label = t(param.label_key)
    if param.kind == "int":
        st.number_input(label, int(param.low or 0), int(param.high or 10**6), step=int(param.step or 1), key=key)
    elif param.kind == "bool":
        st.toggle(label, key=key)
    else:
        low, high, step = float(param.low or 0.0), float(param.high or 1e6), float(param.step or 0.01)
        st.number_input(label, low, high, step=step, key=key, format="%.4g")


def settings_tab(config: TrainConfig) -> None:
    """The loss's formula and knobs, the optimizer's, the schedule, penalties and stop conditions."""
    loss_col, opt_col, rest_col = st.columns(3)
    with loss_col:
        spec = LOSSES[config.loss]
        st.markdown(f"**{t('loss.' + spec.name)}**")
        st.latex(spec.formula)
        st.caption(t(spec.summary_key))
        for param in spec.params:
            _knob_widget("loss", spec.name, param)
    with opt_col:
        opt = OPTIMIZERS[config.optimizer]
        st.markdown(f"**{t(opt.title_key)}**")
        st.caption(t(opt.summary_key))
        for param in opt.params:
            if param.name != "lr":  # the learning rate has its own slider in the top bar
                _knob_widget("optimizer", opt.name, param)
        scheduler = TABLE["scheduler"]
        st.selectbox(
            t(scheduler.param.label_key),
            scheduler.param.choices,
            key=scheduler.key,
            format_func=lambda s: t(SCHEDULERS[s].title_key),
        )
        for param in SCHEDULERS[config.scheduler].params:
            _knob_widget("scheduler", config.scheduler, param)
    with rest_col:
        _penalties_and_stops()
        st.toggle(t("train.log_loss"), key=keys.LOG_LOSS)


def _number(name: str, **options: object) -> None:
    """The field's number box: bounds and step from its ``Param``, label and help from its text keys."""
    field = TABLE[name]
    param, number = field.param, int if field.param.kind == "int" else float
    st.number_input(t(param.label_key), number(param.low), number(param.high), step=number(param.step or 1),
                    key=field.key, help=t(param.help_key) if param.help_key else None, **options)  # type: ignore[arg-type]  # fmt: skip


def _penalties_and_stops() -> None:
    reg = TABLE["regularization"]
    st.selectbox(t(reg.param.label_key), reg.param.choices, key=reg.key, format_func=lambda r: t(f"train.reg.{r}"))
    rate = TABLE["reg_rate"]
    st.select_slider(t(rate.param.label_key), REG_RATES, key=rate.key, format_func=lambda v: f"{v:g}")
    _number("grad_clip")
    _number("stop_epochs")
    _number("target_loss", format="%.3f")


def _on_csv() -> None:
    uploaded = st.session_state.get(CSV_UPLOAD)
    st.session_state.pop(CSV_ERROR, None)
    if uploaded is None:
        return
    try:
        data, notices = parse_toy_csv(uploaded.getvalue())
    except InputError as error:
        st.session_state[CSV_ERROR] = (error, uploaded.name)
        return
    st.session_state[OWN_DATA], st.session_state[CSV_NOTICES] = data, notices
    st.session_state[OWN_TASK] = data.task
    st.session_state[OWN_TASK_DATASET] = "circle" if data.task == "classification" else "plane"
    st.session_state[DATASET] = OWN
    st.session_state[OWN_SELECTED] = True
    st.session_state[CLICKS] = []
    st.session_state[LOSS] = default_loss(data.task)


def _on_click(key: str, task: str) -> None:
    event = st.session_state.get(key)
    points = (event or {}).get("selection", {}).get("points", []) if isinstance(event, dict) else []
    if not points and event is not None and hasattr(event, "selection"):
        points = event.selection.points
    label = st.session_state.get(CLICK_CLASS, 0) if task == "classification" else st.session_state.get(CLICK_VALUE, 1.0)
    clicks = st.session_state.setdefault(CLICKS, [])
    for point in points:
        if point.get("curve_number", 0) == 0:
            clicks.append((float(point["x"]), float(point["y"]), float(label)))
    st.session_state[CLICK_N] = st.session_state.get(CLICK_N, 0) + 1


def own_data_tab(data: ToyData | None, extent: float) -> None:
    """CSV upload and click-to-add points; clicked points join whatever data set is chosen."""
    upload_col, click_col = st.columns([1, 1.4])
    with upload_col:
        st.markdown(f"**{t('train.csv_title')}**")
        st.caption(t("train.csv_help"))
        st.file_uploader(t("train.csv"), type=["csv", "txt"], key=CSV_UPLOAD, on_change=_on_csv)
        if CSV_ERROR in st.session_state:
            error, name = st.session_state[CSV_ERROR]
            show_input_error(error, name=name)
        elif st.session_state.get(OWN_DATA) is not None and st.session_state.get(DATASET) == OWN:
            show_notices(st.session_state.get(CSV_NOTICES, []))
            own = st.session_state[OWN_DATA]
            st.success(t("train.csv_loaded", n=len(own), task=t(f"train.task.{own.task}")), icon=":material/check:")
        st.download_button(
            t("train.csv_example"),
            _example_csv(),
            "toy_example.csv",
            "text/csv",
            key=keys.CSV_EXAMPLE,
            on_click="ignore",
            icon=":material/download:",
        )
    with click_col:
        st.markdown(f"**{t('train.click_title')}**")
        task = data.task if data is not None else st.session_state.get(OWN_TASK, "classification")
        left, right = st.columns([1.2, 1], vertical_alignment="bottom")
        if task == "classification":
            n = max(2, data.n_classes if data is not None else 2)
            left.segmented_control(
                t("train.click_class"),
                list(range(min(n + 1, 8))),
                key=CLICK_CLASS,
                default=0,
                format_func=lambda c: t("train.class_n", n=c),
            )
        else:
            left.slider(t("train.click_value"), -1.0, 1.0, 1.0, 0.1, key=CLICK_VALUE)
        clicks = st.session_state.get(CLICKS, [])
        right.button(
            t("train.click_clear", n=len(clicks)),
            key=keys.CLICK_CLEAR,
            disabled=not clicks,
            on_click=lambda: st.session_state.__setitem__(CLICKS, []),
        )
        key = keys.click_chart_key(st.session_state.get(CLICK_N, 0))
        st.plotly_chart(
            click_grid_figure(data, extent),
            key=key,
            on_select=lambda: _on_click(key, task),
            selection_mode="points",
            config={"displayModeBar": False},
        )
        st.caption(t("train.click_help"))


def _example_csv() -> bytes:
    rng = np.random.default_rng(0)
    x = rng.uniform(-5, 5, (40, 2))
    labels = (x[:, 0] * x[:, 1] > 0).astype(int)
    return ("x1,x2,label\n" + "".join(f"{a:.3f},{b:.3f},{c}\n" for (a, b), c in zip(x, labels, strict=True))).encode()


def compare_tab(snapshot: Snapshot | None, config: TrainConfig) -> None:
    runs = st.session_state.get(RUNS, [])
    st.caption(t("train.compare_help"))
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    labels = [run.label for run in runs]
    st.session_state[COMPARE] = [x for x in st.session_state.get(COMPARE, []) if x in labels]
    left.multiselect(t("train.compare"), labels, key=COMPARE, placeholder=t("train.compare_none"))
    right.button(
        t("train.keep_run"),
        key=keys.KEEP_RUN,
        on_click=keep_run,
        args=(snapshot, config),
        disabled=snapshot is None or snapshot.epoch < 1,
        icon=":material/bookmark_add:",
    )


def device_tab(device_label: str, fell_back: bool, requested: str) -> None:
    info = get_backend().describe()
    if fell_back:
        st.warning(t("train.device_fallback", device=requested), icon=":material/warning:")
    st.markdown(t("train.device_where", device=device_label, workers=info["workers"], sessions=info["sessions"]))
    st.caption(t("train.device_why"))
