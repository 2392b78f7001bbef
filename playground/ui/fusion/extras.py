"""The bias–variance and two-input sections: each has its own job, Train button and polling fragment."""

from __future__ import annotations

import streamlit as st

from playground.fusion.bias_variance import BiasVarianceSpec
from playground.fusion.config import TABLE, FusionConfig
from playground.fusion.figures.charts import bars_figure, history_figure
from playground.fusion.figures.extras import bias_variance_figure
from playground.fusion.multi_input import MODELS, MultiInputSpec
from playground.fusion.seed_code import KERAS, PYTORCH
from playground.fusion.speed import SpeedSpec
from playground.ui import t
from playground.ui.fusion import session
from playground.ui.fusion.keys import (
    BV_RESET,
    BV_TRAIN,
    CHART_BV,
    CHART_MI,
    CHART_SPEED,
    MI_RESET,
    MI_TRAIN,
    SPEED_RESET,
    SPEED_RUN,
)  # fmt: skip
from playground.ui.paced import paced_fragment
from playground.ui.widgets import param_widget

REDRAW_S = 0.8
PLOT = {"displayModeBar": False}


def _knob(name: str) -> None:
    field = TABLE[name]
    param_widget(field.param, field.key)


def _buttons(slot: str, train_key: str, reset_key: str) -> None:
    cols = st.columns([1, 1, 3])
    cols[0].button(t("fusion.pause") if session.running(slot) else t("fusion.train"), key=train_key,
                   on_click=session.pause if session.running(slot) else session.play, args=(slot,),
                   type="primary", width="stretch")  # fmt: skip
    cols[1].button(t("fusion.reset"), key=reset_key, on_click=session.release, args=(slot,), width="stretch")


def _polled(slot: str, draw) -> None:
    ticking = session.ticking(slot)

    @paced_fragment(f"fusion.{slot}", REDRAW_S if ticking else None)
    def _part() -> None:
        answer = session.poll(slot, ticking)
        if answer is None or answer.data is None:
            st.info(t("fusion.msg.starting"), icon=":material/hourglass_top:")
            return
        if answer.status == "error":
            st.error(t("fusion.msg.error"), icon=":material/error:")
        draw(answer.data)

    _part()


def bias_variance_tab(config: FusionConfig, device: str) -> None:
    st.markdown(t("fusion.bv.intro"))
    cols = st.columns(3)
    with cols[0]:
        _knob("bv_noise")
    with cols[1]:
        _knob("bv_bags")
    with cols[2]:
        _knob("bv_points")
    spec = BiasVarianceSpec(noise=config.bv_noise, bags=config.bv_bags, points=config.bv_points, seed=config.seed)
    session.ensure_job("bv", spec, device)
    _buttons("bv", BV_TRAIN, BV_RESET)

    def draw(data: dict) -> None:
        names = {"fits": t("fusion.bv.fits"), "mean": t("fusion.bv.mean"), "truth": t("fusion.bv.truth"),
                 "points": t("fusion.bv.points_one")}  # fmt: skip
        titles = (t("fusion.bv.single"), t("fusion.bv.bagged", b=config.bv_bags))
        st.plotly_chart(bias_variance_figure(data, titles, names), key=CHART_BV, config=PLOT)
        one, bag = data["single_terms"], data["bagged_terms"]
        rows = []
        for name, terms in ((t("fusion.bv.single"), one), (t("fusion.bv.bagged", b=config.bv_bags), bag)):
            rows.append({t("fusion.bv.model"): name, t("fusion.bv.bias2"): terms["bias2"],
                         t("fusion.bv.variance"): terms["variance"],
                         t("fusion.bv.error"): terms["bias2"] + terms["variance"] + data["noise_var"]})  # fmt: skip
        st.dataframe(rows, hide_index=True, width="stretch")
        st.caption(t("fusion.bv.caption", progress=f"{data['progress']:.0%}", nets=data["nets"],
                     noise=f"{data['noise_var']:.3f}"))  # fmt: skip

    _polled("bv", draw)


def multi_input_tab(config: FusionConfig, device: str) -> None:
    st.markdown(t("fusion.mi.intro"))
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('fusion.mi.keras')}**")
        st.code(KERAS, language="python", wrap_lines=True)
    with right:
        st.markdown(f"**{t('fusion.mi.pytorch')}**")
        st.code(PYTORCH, language="python", wrap_lines=True)
    cols = st.columns(2)
    with cols[0]:
        _knob("mi_width")
    with cols[1]:
        _knob("mi_epochs")
    spec = MultiInputSpec(width=config.mi_width, epochs=config.mi_epochs, seed=config.seed)
    session.ensure_job("mi", spec, device)
    _buttons("mi", MI_TRAIN, MI_RESET)

    def draw(data: dict) -> None:
        names = [t(f"fusion.mi.{m}") for m in MODELS]
        groups = {t(f"fusion.mi.abl.{k}"): [data["ablation"][m][k] for m in MODELS]
                  for k in ("both", "left_only", "right_only")}  # fmt: skip
        st.plotly_chart(bars_figure(names, groups, t("fusion.mi.abl.title"), t("fusion.col.accuracy")),
                        key=CHART_MI, config=PLOT)  # fmt: skip
        series = {m: n for m, n in zip(MODELS, names, strict=True)}
        st.plotly_chart(history_figure(data["history"], series, t("fusion.axis.epoch"), t("fusion.mi.curves"),
                                       t("fusion.col.accuracy")), key=CHART_MI + ".curves", config=PLOT)  # fmt: skip
        sizes = ", ".join(f"{n}: {data['parameters'][m]:,}" for m, n in zip(MODELS, names, strict=True))
        st.caption(t("fusion.mi.caption", epoch=f"{data['epoch']:.0f}", epochs=data["epochs"], sizes=sizes))

    _polled("mi", draw)


def speed_tab(config: FusionConfig, device: str) -> None:
    """Loop against batch on this machine, for the page's K and width."""
    st.markdown(t("fusion.speed.intro", k=config.members, w=config.width))
    session.ensure_job("sp", SpeedSpec(members=config.members, width=max(config.width, 2), seed=config.seed), device)
    _buttons("sp", SPEED_RUN, SPEED_RESET)

    def draw(data: dict) -> None:
        names = [t("fusion.speed.loop"), t("fusion.speed.batched")]
        groups = {t("fusion.m.speed"): [data["loop"], data["batched"]]}
        st.plotly_chart(bars_figure(names, groups, t("fusion.speed.title"), t("fusion.m.speed"), percent=False),
                        key=CHART_SPEED, config=PLOT)  # fmt: skip
        st.caption(t("fusion.speed.caption", ratio=f"{data['ratio']:.1f}", progress=f"{data['progress']:.0%}",
                     loop=f"{data['loop']:,.0f}", batched=f"{data['batched']:,.0f}"))  # fmt: skip

    _polled("sp", draw)
