"""Compression studio: show a finished comparison (headline, table, plots, downloads).

The report is plain data kept in session state (``keys.REPORT``); this module
only draws it, in the current language, so a language switch redraws without recomputing.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from playground.compress.compare import Report
from playground.compress.figures.boundary import boundary_grid
from playground.compress.figures.plots import latency_bars, layer_error_heatmap, pareto_scatter
from playground.compress.figures.weights import weight_histogram
from playground.compress.methods import INT8_IDS, METHODS
from playground.compress.settings import HIST_ROW, LAYERS_VIEW
from playground.i18n import translate
from playground.ui import current_language, t
from playground.ui.compress import keys
from playground.ui.compress.methods import method_label
from playground.ui.i18n import labels_for
from playground.ui.widgets import param_widget

TINY_BYTES = 20_000  # below this, names, scales and pickle framing outweigh the weights themselves


def _status_text(kind: str) -> str:
    return translate(f"compress.status.{kind}", current_language(), reason="").rstrip(": ")


def show_report(report: Report) -> None:
    rows = report.rows()
    labels = {row["method"]: method_label(row["method"]) for row in rows}
    _headline(rows, labels)
    if report.baseline.size_bytes < TINY_BYTES:
        st.info(t("compress.tiny_note", size=f"{report.baseline.size_bytes / 1000:.1f}"), icon=":material/lightbulb:")
    for method_id, key, params in report.refusals:
        st.warning(
            f"**{method_label(method_id)}** — {translate(key, current_language(), **params)}", icon=":material/block:"
        )
    _table(rows, labels)
    names = ["pareto", "speed", "weights", "layers", *(["boundary"] if report.grid is not None else []), "downloads"]
    tabs = dict(zip(names, st.tabs([t(f"compress.tab.{name}") for name in names]), strict=True))
    with tabs["pareto"]:
        st.caption(t("compress.pareto_help"))
        family = {row["method"]: METHODS[row["method"]].family for row in rows}
        quality = t("compress.axis.accuracy") if rows[0]["accuracy"] is not None else t("compress.axis.loss")
        text = {"front": t("compress.axis.front"), "size": t("compress.axis.size"), "quality": quality}
        st.plotly_chart(pareto_scatter(rows, labels, family, text), key=keys.FIG_PARETO)
    with tabs["speed"]:
        st.caption(t("compress.speed_help"))
        text = {"b1": t("compress.axis.b1"), "b256": t("compress.axis.b256"), "ratio": t("compress.axis.ratio")}
        st.plotly_chart(latency_bars(rows, labels, text), key=keys.FIG_LATENCY)
    with tabs["weights"]:
        _histograms(report, labels)
    with tabs["layers"]:
        _layer_errors(report, labels)
    if "boundary" in tabs:
        with tabs["boundary"]:
            st.caption(t("compress.boundary_help"))
            base = report.baseline.boundary
            panels = [
                (f"{labels[r.method_id]} · {100 * (r.boundary == base).mean():.1f}%", r.boundary)
                for r in report.results
            ]
            st.plotly_chart(boundary_grid(report.grid, panels, base, report.points), key=keys.FIG_BOUNDARY)
    with tabs["downloads"]:
        _downloads(report, labels)


def _layer_errors(report: Report, labels: dict[str, str]) -> None:
    """Per-layer SQNR as a heatmap: of what each layer computes (default), or of its weights."""
    views = list(LAYERS_VIEW.choices)
    view = st.segmented_control(t("compress.layers_view"), views, key=keys.LAYERS_VIEW,
                                default=LAYERS_VIEW.default, format_func=labels_for("compress.layers_view", views),
                                required=True)  # fmt: skip
    st.caption(t(f"compress.layers_help.{view}"))
    shown = [r for r in report.results if r.method_id != "fp32"]
    values = [r.layer_output_sqnr_db if view == "outputs" else r.layer_sqnr_db for r in shown]
    text = {"layer": t("compress.axis.layer"), "same": t("compress.axis.same")}
    figure = layer_error_heatmap(report.layer_labels(), [labels[r.method_id] for r in shown], values, text)
    st.plotly_chart(figure, key=keys.FIG_LAYERS)


def _headline(rows: list[dict], labels: dict[str, str]) -> None:
    """Three cards: the smallest file, the fastest at batch 256, the closest to the original."""
    compressed = [row for row in rows if row["method"] != "fp32"]
    timed = [row for row in compressed if row["latency_b256_ratio"] is not None]
    faithful = [row for row in compressed if row["sqnr_db"] is not None]
    cards = []
    if compressed:
        best = min(compressed, key=lambda row: row["size_ratio"])
        cards.append(
            ("compress.best_size", best, t("compress.ratio_delta", r=best["size_ratio"]), ":material/compress:")
        )
    if timed:
        best = min(timed, key=lambda row: row["latency_b256_ratio"])
        cards.append(
            ("compress.best_speed", best, t("compress.ratio_delta", r=best["latency_b256_ratio"]), ":material/speed:")
        )
    if faithful:
        best = max(faithful, key=lambda row: row["sqnr_db"])
        cards.append(("compress.best_sqnr", best, f"{best['sqnr_db']:.1f} dB", ":material/target:"))
    for column, (key, row, value, icon) in zip(st.columns(3), cards, strict=False):
        with column.container(border=True):
            st.caption(f"{icon} {t(key)}")
            st.markdown(f"### {value}")
            st.markdown(f"**{labels[row['method']]}**")


def _table(rows: list[dict], labels: dict[str, str]) -> None:
    data = {key: [row[key] for row in rows] for key in rows[0]}
    data["method"] = [labels[m] for m in data["method"]]
    data["status"] = [_status_text(kind) for kind in data["status"]]
    data["size_kb"] = [b / 1000 for b in data.pop("size_bytes")]
    data["gzip_kb"] = [b / 1000 for b in data.pop("gzip_bytes")]
    data["accuracy_delta"] = [None if d is None else 100 * d for d in data["accuracy_delta"]]
    col = st.column_config
    number = col.NumberColumn
    config = {
        "method": col.TextColumn(t("compress.col.method"), pinned=True),
        "status": col.TextColumn(t("compress.col.status")),
        "size_kb": number(t("compress.col.size"), format="%.1f kB"),
        "size_ratio": col.ProgressColumn(t("compress.col.size_ratio"), format="%.2f×", min_value=0, max_value=1.05),
        "gzip_kb": number(t("compress.col.gzip"), format="%.1f kB"),
        "gzip_ratio": number(t("compress.col.gzip_ratio"), format="%.2f×"),
        "params": number(t("compress.col.params"), format="localized"),
        "nonzero": number(t("compress.col.nonzero"), format="localized"),
        "sparsity": number(t("compress.col.sparsity"), format="percent"),
        "accuracy": number(t("compress.col.accuracy"), format="percent"),
        "accuracy_delta": number(t("compress.col.accuracy_delta"), format="%+.2f"),
        "loss": number(t("compress.col.loss"), format="%.4f"),
        "agreement": number(t("compress.col.agreement"), format="percent"),
        "sqnr_db": number(t("compress.col.sqnr"), format="%.1f dB", help=t("compress.col.sqnr_help")),
        "latency_b1_ms": number(t("compress.col.b1"), format="%.3f ms"),
        "latency_b256_ms": number(t("compress.col.b256"), format="%.2f ms"),
        "latency_b1_ratio": number(t("compress.col.b1_ratio"), format="%.2f×"),
        "latency_b256_ratio": number(t("compress.col.b256_ratio"), format="%.2f×"),
        "pareto": col.CheckboxColumn(t("compress.col.pareto"), help=t("compress.col.pareto_help")),
    }
    st.dataframe(data, column_config=config, column_order=list(config), hide_index=True, key=keys.RESULTS_TABLE)
    st.caption(t("compress.table_help"))


def _histograms(report: Report, labels: dict[str, str]) -> None:
    layers = report.layer_labels()
    variants = [r for r in report.results if r.method_id != "fp32"]
    if not layers or not variants:
        st.info(t("compress.hist_none"))
        return
    by_id = {variant.method_id: variant for variant in variants}
    options = {keys.HIST_VARIANT: list(by_id), keys.HIST_LAYER: layers}
    for key, values in options.items():
        if key in st.session_state and st.session_state[key] not in values:
            del st.session_state[key]  # left over from an earlier report: fall back to the default
    int8 = [method_id for method_id in by_id if method_id in INT8_IDS]
    c1, c2 = st.columns(2)
    method_id = c1.selectbox(t("compress.hist_variant"), list(by_id), index=list(by_id).index(int8[0]) if int8 else 0,
                             key=keys.HIST_VARIANT, format_func=labels.__getitem__)  # fmt: skip
    variant = by_id[method_id]
    layer_name = c2.selectbox(t("compress.hist_layer"), layers, key=keys.HIST_LAYER)
    layer = layers.index(layer_name)
    one_row = param_widget(HIST_ROW, keys.HIST_ROW)
    before = report.baseline.weights[layer][1]
    if layer >= len(variant.weights) or variant.weights[layer][1].shape != before.shape:
        st.info(t("compress.hist_shape"))
        return
    after = variant.weights[layer][1]
    if one_row:
        before, after = before[0], after[0]
    text = {"before": t("compress.hist_before"), "after": labels[variant.method_id], "value": t("compress.hist_value"),
            "count": t("compress.hist_count"), "distinct": t("compress.hist_distinct")}  # fmt: skip
    st.plotly_chart(weight_histogram(np.asarray(before), np.asarray(after), text), key=keys.FIG_HIST)
    st.caption(t("compress.hist_help"))


def _downloads(report: Report, labels: dict[str, str]) -> None:
    stem = "".join(ch if ch.isalnum() else "_" for ch in report.model_name).strip("_").lower() or "model"
    c1, c2 = st.columns(2)
    c1.download_button(t("compress.download_csv"), report.to_csv(), f"{stem}-compression.csv", "text/csv",
                       key=keys.DL_CSV, icon=":material/table:", on_click="ignore")  # fmt: skip
    c2.download_button(t("compress.download_json"), report.to_json(), f"{stem}-compression.json", "application/json",
                       key=keys.DL_JSON, icon=":material/data_object:", on_click="ignore")  # fmt: skip
    st.markdown(f"**{t('compress.download_variants')}**")
    for result in report.results:
        left, right = st.columns([3, 1], vertical_alignment="center")
        left.write(f"{labels[result.method_id]} · {result.size_bytes / 1000:.1f} kB")
        right.download_button(t("compress.download"), result.state_dict, f"{stem}-{result.method_id}.pt",
                              "application/octet-stream", key=keys.download_key(result.method_id),
                              on_click="ignore", icon=":material/download:")  # fmt: skip
    st.caption(t("compress.download_help"))
