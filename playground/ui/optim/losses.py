"""Loss functions section: the calculator (typed vectors → every loss, term by term) and the curves."""

from __future__ import annotations

import streamlit as st

from playground.core.errors import InputError
from playground.nn.losses import LOSSES
from playground.optim.calculator import CALCULATOR_KINDS, KINDS, Calculation, calculate
from playground.optim.curves import CURVE_LOSSES, constant_fit, loss_curves
from playground.optim.figures.curves import constant_fit_figure, curves_figure
from playground.ui.i18n import labels_for, t
from playground.ui.optim.keys import CURVE_KIND, KIND, OUTLIER, Y_PRED, Y_TRUE, curve_losses_key, loss_param_key
from playground.ui.optim.link import reset, seed
from playground.ui.optim.widgets import num
from playground.ui.widgets import param_widget, show_input_error, show_notices


def load_example() -> None:
    """A new kind gets its own example, so the boxes never hold text of the wrong shape."""
    reset("losses")


def _loss_params(kind: str) -> dict[str, float]:
    """Widgets for the hyperparameters of this kind's losses (δ, β, γ, margin, label smoothing)."""
    params = CALCULATOR_KINDS[kind].loss_params()
    if not params:
        return {}
    values = {}
    with st.expander(t("opt.loss.settings")):
        for column, param in zip(st.columns(len(params)), params, strict=True):
            with column:
                values[param.name] = param_widget(param, loss_param_key(param.name))
    return values


def _terms_table(calculation: Calculation) -> dict[str, list[str]]:
    """One row per element (or example, or class), the inputs then each loss's term, as readable text."""
    width = len(calculation.rows[0].terms)
    columns = {t("opt.col.element"): [str(i + 1) for i in range(width)]}
    columns |= {t(f"opt.col.{name}"): [num(v) for v in values] for name, values in calculation.columns.items()}
    for row in calculation.rows:
        columns[t(LOSSES[row.loss_id].title_key)] = [num(v) for v in row.terms]
    return columns


def _show_calculation(calculation: Calculation) -> None:
    show_notices(calculation.notices)
    metrics = st.columns(len(calculation.rows))
    for column, row in zip(metrics, calculation.rows, strict=True):
        column.metric(t(LOSSES[row.loss_id].title_key), num(row.value, 4))
    st.markdown(f"**{t('opt.loss.terms_heading')}**")
    st.dataframe(_terms_table(calculation), width="stretch", hide_index=True)
    tabs = st.tabs([t(LOSSES[row.loss_id].title_key) for row in calculation.rows])
    for tab, row in zip(tabs, calculation.rows, strict=True):
        with tab:
            st.caption(t(LOSSES[row.loss_id].summary_key))
            st.latex(LOSSES[row.loss_id].formula)
            reduction = "sum" if LOSSES[row.loss_id].reduction == "batchmean" else "mean"
            st.markdown(
                t(f"opt.loss.worked_{reduction}", terms=", ".join(num(v, 4) for v in row.terms), value=num(row.value))
            )
            st.code(row.torch_call, language="python")


def _calculator() -> None:
    st.subheader(t("opt.loss.calculator"), divider="gray")
    kind = st.segmented_control(
        t("opt.loss.kind"), KINDS, format_func=labels_for("opt.kind", KINDS), key=KIND, on_change=load_example,
        required=True,
    )  # fmt: skip
    st.caption(t(CALCULATOR_KINDS[kind].summary_key))
    left, right = st.columns(2)
    y_true = left.text_input(t(f"opt.y_true.{kind}"), key=Y_TRUE, help=t("opt.vector_help"))
    y_pred = right.text_input(t(f"opt.y_pred.{kind}"), key=Y_PRED, help=t("opt.vector_help"))
    params = _loss_params(kind)
    try:
        calculation = calculate(kind, y_true, y_pred, params)
    except InputError as error:
        show_input_error(error)
        return
    _show_calculation(calculation)


def _curves() -> None:
    st.subheader(t("opt.loss.curves"), divider="gray")
    kind = st.radio(
        t("opt.loss.curve_kind"), list(CURVE_LOSSES), format_func=labels_for("opt.curve_kind", list(CURVE_LOSSES)),
        horizontal=True, key=CURVE_KIND,
    )  # fmt: skip
    chosen = st.multiselect(
        t("opt.loss.curve_losses"), CURVE_LOSSES[kind], format_func=labels_for("loss", CURVE_LOSSES[kind]),
        key=curve_losses_key(kind),
    )  # fmt: skip
    if not chosen:
        st.info(t("opt.loss.pick_one"), icon=":material/info:")
        return
    labels = {loss_id: t(f"loss.{loss_id}") for loss_id in chosen}
    axis = t(f"opt.curve_axis.{kind}")
    texts = {"loss": t("opt.curve.loss"), "gradient": t("opt.curve.gradient"), "x_axis": axis}
    st.plotly_chart(curves_figure(loss_curves(kind, chosen), labels, texts), key="opt.curves_chart")
    st.caption(t(f"opt.curve.caption.{kind}"))
    if kind != "regression":
        return
    st.markdown(f"**{t('opt.outlier.heading')}**")
    with_outlier = st.toggle(t("opt.outlier.toggle"), key=OUTLIER)
    data, fits = constant_fit(chosen, with_outlier)
    texts = {key: t(f"opt.outlier.{key}") for key in ("best", "pulls", "data", "value", "point", "pull_axis")}
    st.plotly_chart(constant_fit_figure(data, fits, labels, texts), key="opt.outlier_chart")
    st.markdown(
        " · ".join(f"{labels[fit.loss_id]}: c* = **{num(fit.best, 3)}**" for fit in fits)
        + "  \n"
        + t("opt.outlier.explain_on" if with_outlier else "opt.outlier.explain_off")
    )


def render_losses() -> None:
    seed("losses")
    st.markdown(t("opt.loss.intro"))
    _calculator()
    _curves()
