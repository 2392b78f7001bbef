"""The ensemble's views, redrawn by a fragment while it trains: counters, regions, scores, calibration, diversity.

Why one fragment for all of them: they read the same report, fetched once per
tick (``run_every`` while the job runs, off when it is paused or finished; a
finished job triggers one full rerun so the buttons flip back).
"""

from __future__ import annotations

import math

import numpy as np
import streamlit as st

from playground.fusion.config import FusionConfig
from playground.fusion.figures.charts import condorcet_figure, history_figure, matrix_figure, reliability_figure
from playground.fusion.figures.regions import fused_figure, members_figure
from playground.fusion.metrics import condorcet
from playground.fusion.report import EnsembleReport, report_rows
from playground.fusion.rules import RULES
from playground.training.runner.protocol import LOST
from playground.ui import t
from playground.ui.fusion import session
from playground.ui.fusion.keys import (
    CHART_CONDORCET,
    CHART_CURVES,
    CHART_DISAGREE,
    CHART_ERRCORR,
    CHART_FUSED,
    CHART_MEMBERS,
    CHART_RELIABILITY,
    LAST_REPORT,
    METRICS,
    TABLE_SCORES,
    VIEW,
    job_keys,
)  # fmt: skip
from playground.ui.paced import paced_fragment
from playground.ui.training.session import starting_notice

SLOT = "ens"
REDRAW_S = 0.8  # a tick must end well before the next one (a late tick is cut short by the next)
PLOT = {"displayModeBar": False}


def _pct(value: float) -> str:
    return "–" if value is None or not math.isfinite(value) else f"{value:.1%}"


def _num(value: float) -> str:
    return "–" if value is None or not math.isfinite(value) else f"{value:.3f}"


def _counters(report: EnsembleReport, rule: str) -> None:
    fused = report.fused.get(rule) or {}
    mean = report.mean_member
    cols = st.container(key=METRICS).columns(6)
    cols[0].metric(t("fusion.m.epoch"), f"{report.epoch:.0f} / {report.total_epochs}")
    cols[1].metric(t("fusion.m.speed"), f"{report.member_steps_per_s:,.0f}")
    cols[2].metric(t("fusion.m.best"), _pct(report.best_member_accuracy))
    cols[3].metric(t("fusion.m.fused_acc"), _pct(fused.get("accuracy", float("nan"))),
                   delta=_delta(fused.get("accuracy"), report.best_member_accuracy))  # fmt: skip
    cols[4].metric(t("fusion.m.nll"), _num(fused.get("nll", float("nan"))),
                   delta=_delta(fused.get("nll"), mean["nll"], digits=3), delta_color="inverse")  # fmt: skip
    cols[5].metric(t("fusion.m.ece"), _num(fused.get("ece", float("nan"))),
                   delta=_delta(fused.get("ece"), mean["ece"], digits=3), delta_color="inverse")  # fmt: skip


def _delta(value: float | None, reference: float, digits: int = 0) -> str | None:
    if value is None or not (math.isfinite(value) and math.isfinite(reference)):
        return None
    diff = value - reference
    return f"{diff * 100:+.1f} pt" if digits == 0 else f"{diff:+.{digits}f}"


def _status(status: str, message: str) -> None:
    if status in LOST:
        st.error(t("fusion.msg.lost"), icon=":material/error:")
    elif status == "error":
        st.error(t("fusion.msg.error"), icon=":material/error:")
    elif status == "diverged":
        st.warning(t("fusion.msg.diverged"), icon=":material/warning:")
    elif status == "finished":
        st.success(t("fusion.msg.finished"), icon=":material/flag:")
    elif message == "train.msg.idle_paused":
        st.info(t("fusion.msg.idle_paused"), icon=":material/pause_circle:")


def _regions(report: EnsembleReport, rule: str) -> None:
    axes = (t("fusion.axis.pc1"), t("fusion.axis.pc2")) if report.projected else ("x₁", "x₂")
    shown = rule if rule in report.fused_grid else "soft"
    labels, conf = report.fused_grid[shown]
    left, right = st.columns([1, 1.35])
    with left:
        title = t("fusion.fused_title", rule=t(RULES[shown].title_key))
        fig = fused_figure(labels, conf, report.n_classes, report.extent, points=report.test_2d, y=report.y_test,
                           title=title, axes=axes, legend=t("fusion.legend.class"))  # fmt: skip
        st.plotly_chart(fig, key=CHART_FUSED, config=PLOT)
    with right:
        titles = [f"{i + 1} · {m['accuracy']:.0%}" for i, m in enumerate(report.member_metrics)]
        st.markdown(f"**{t('fusion.members_title')}**")
        st.plotly_chart(members_figure(report.grid_labels, report.grid_conf, report.n_classes, report.extent, titles),
                        key=CHART_MEMBERS, config=PLOT)  # fmt: skip
    st.caption(t("fusion.regions_caption_projected" if report.projected else "fusion.regions_caption"))
    if rule not in report.fused_grid:
        st.info(t("fusion.rule_unavailable", rule=t(RULES[rule].title_key)), icon=":material/info:")


def _scores(report: EnsembleReport) -> None:
    rows = []
    for row in report_rows(report):
        name = row["model"]
        if name.startswith("fused: "):
            rule = name.removeprefix("fused: ")
            name = t("fusion.row.fused", rule=t(RULES[rule].title_key))
        else:
            name = t("fusion.row.member", n=name.removeprefix("member "), width=row["width"],
                     act=row["activation"])  # fmt: skip
        rows.append({t("fusion.col.model"): name, t("fusion.col.accuracy"): row["accuracy"],
                     t("fusion.col.nll"): row["nll"], t("fusion.col.ece"): row["ece"]})  # fmt: skip
    st.dataframe(rows, hide_index=True, width="stretch", key=TABLE_SCORES,
                 column_config={t("fusion.col.accuracy"): st.column_config.NumberColumn(format="percent")})  # fmt: skip
    st.caption(t("fusion.scores_caption", nets=report.nets, members=report.members))
    if report.alphas:
        st.caption(t("fusion.alphas", alphas=", ".join(f"{a:.2f}" for a in report.alphas)))
    series = {"member_accuracy": t("fusion.h.member_acc"), "soft_accuracy": t("fusion.h.soft_acc")}
    st.plotly_chart(history_figure(report.history, series, t("fusion.axis.epoch"), t("fusion.h.title"),
                                   t("fusion.col.accuracy")), key=CHART_CURVES, config=PLOT)  # fmt: skip


def _calibration(report: EnsembleReport, rule: str) -> None:
    shown = rule if rule in report.reliability else "soft"
    tables = {"members": report.reliability["members"], shown: report.reliability[shown]}
    labels = {"members": t("fusion.rel.members"), shown: t(RULES[shown].title_key), "diagonal": t("fusion.rel.ideal")}
    fig = reliability_figure(tables, labels, (t("fusion.rel.confidence"), t("fusion.rel.accuracy")),
                             t("fusion.rel.title"))  # fmt: skip
    st.plotly_chart(fig, key=CHART_RELIABILITY, config=PLOT)
    fused, mean = report.fused.get(shown) or {}, report.mean_member
    st.markdown(t("fusion.rel.summary", ece_m=_num(mean["ece"]), ece_f=_num(fused.get("ece", float("nan"))),
                  nll_m=_num(mean["nll"]), nll_f=_num(fused.get("nll", float("nan"))),
                  acc_m=_pct(mean["accuracy"]), acc_f=_pct(fused.get("accuracy", float("nan")))))  # fmt: skip
    st.caption(t("fusion.rel.caption"))


def _diversity(report: EnsembleReport) -> None:
    left, right = st.columns(2)
    with left:
        st.plotly_chart(matrix_figure(report.disagreement, t("fusion.div.disagree"), "Blues", (0, 1),
                                      t("fusion.div.hover")), key=CHART_DISAGREE, config=PLOT)  # fmt: skip
    with right:
        st.plotly_chart(matrix_figure(report.error_correlation, t("fusion.div.errcorr"), "RdBu_r", (-1, 1),
                                      t("fusion.div.hover")), key=CHART_ERRCORR, config=PLOT)  # fmt: skip
    k = len(report.disagreement)
    off = ~np.eye(k, dtype=bool)
    if k > 1:
        st.caption(t("fusion.div.summary", d=f"{report.disagreement[off].mean():.3f}",
                     r=f"{report.error_correlation[off].mean():.2f}"))  # fmt: skip
    p = float(np.mean(report.accuracy_vs_k["members"]))
    curves = {**{r: report.accuracy_vs_k[r] for r in ("hard", "soft")},
              "condorcet": [condorcet(p, n) for n in range(1, k + 1)]}  # fmt: skip
    labels = {"hard": t(RULES["hard"].title_key), "soft": t(RULES["soft"].title_key),
              "condorcet": t("fusion.cond.independent", p=f"{p:.1%}")}  # fmt: skip
    fig = condorcet_figure(curves, labels, (t("fusion.cond.k"), t("fusion.col.accuracy")), t("fusion.cond.title"))
    st.plotly_chart(fig, key=CHART_CONDORCET, config=PLOT)
    st.caption(t("fusion.cond.caption" if report.n_classes == 2 else "fusion.cond.caption_multi"))


VIEWS = ("regions", "scores", "calibration", "diversity")


def draw(report: EnsembleReport, rule: str) -> None:
    """The counters and the chosen view (a segmented control: only the view on screen is drawn each tick)."""
    _counters(report, rule)
    names = list(VIEWS)
    if st.session_state.get(VIEW) not in names:
        st.session_state[VIEW] = names[0]
    view = st.segmented_control(t("fusion.view"), names, key=VIEW, format_func=lambda n: t(f"fusion.tab.{n}"),
                                label_visibility="collapsed") or names[0]  # fmt: skip
    if view == "regions":
        _regions(report, rule)
    elif view == "scores":
        _scores(report)
    elif view == "calibration":
        _calibration(report, rule)
    else:
        _diversity(report)


def live_views(config: FusionConfig) -> EnsembleReport | None:
    """Draw the ensemble (a fragment that ticks while it trains); return the report it drew, for the page."""
    ticking = session.ticking(SLOT)

    @paced_fragment("fusion.views", REDRAW_S if ticking else None)
    def _views() -> None:
        answer = session.poll(SLOT, ticking)
        if answer is None:
            starting_notice(st.session_state.get(job_keys(SLOT)[0]), "fusion.msg.starting")
            return
        _status(answer.status, answer.message)
        if answer.data is None:
            st.info(t("fusion.msg.press_train"), icon=":material/play_arrow:")
        else:
            draw(answer.data, config.rule)
        st.session_state[LAST_REPORT] = answer.data

    _views()
    return st.session_state.get(LAST_REPORT)
