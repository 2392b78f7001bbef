"""The grid of draws (cached), their captions, and the enlarged view with every intermediate image.

Why the cache key is (image digest, pipeline JSON, seed, n, labels JSON) and
the value is JPEG thumbnails: hashing strings is instant, the full-size draws
are not kept in memory, and 36 thumbnails of ~30 kB travel to the browser
much faster than 36 full-size PNGs. The enlarged view replays one draw at
full size, which costs a single draw.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from typing import Any

import cv2
import numpy as np
import streamlit as st

from playground.augment.image.figures import histogram_figure
from playground.augment.image.labels import Labels, draw_labels
from playground.augment.image.pipeline import Pipeline, draw_grid, run_draw
from playground.core.encode import encode_image
from playground.ui import t
from playground.ui.image.builder import title
from playground.ui.image.keys import HISTOGRAM, zoom_button
from playground.ui.image.source import Source

THUMB_SIDE = 360
HIDDEN = {"seed", "border", "fill"}  # recorded for replay, but noise to a reader


def jpeg_thumbnail(rgb: np.ndarray, side: int = THUMB_SIDE, quality: int = 85) -> bytes:
    """A JPEG no larger than ``side`` on its longest side (the playground's one encoder, area-averaged)."""
    return encode_image(rgb, "jpeg", quality=quality, max_side=side)


def _with_labels(rgb: np.ndarray, labels: Labels | None) -> np.ndarray:
    return rgb if labels is None else draw_labels(rgb, labels)


def labelled_thumbnail(rgb: np.ndarray, labels: Labels | None, side: int = THUMB_SIDE) -> bytes:
    """Shrink first, then draw the labels scaled to the thumbnail: 10x less drawing than the other way round."""
    h, w = rgb.shape[:2]
    scale = min(1.0, side / max(h, w))
    small = cv2.resize(rgb, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    if labels is not None:
        sx, sy = small.shape[1] / w, small.shape[0] / h

        def fit(x: float, y: float) -> tuple[float, float]:
            return (x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5

        box = None if labels.box is None else (*fit(*labels.box[:2]), *fit(*labels.box[2:]))
        small = draw_labels(small, Labels(box=box, keypoints=tuple(fit(x, y) for x, y in labels.keypoints)))
    return jpeg_thumbnail(small, side)


@st.cache_data(max_entries=24, show_spinner=False)
def compute_grid(
    sha1: str, pipeline_json: str, seed: int, n: int, labels_json: str, _image: np.ndarray
) -> list[dict[str, Any]]:
    """Thumbnails and records of draws 0..n-1; ``_image`` is identified by ``sha1``."""
    labels = Labels.from_json(labels_json) if labels_json else None  # size and depth checked before parsing
    draws = draw_grid(Pipeline.from_json(pipeline_json), _image, seed, n, labels)
    return [
        {
            "thumb": labelled_thumbnail(d.image, d.labels),
            "records": [r.as_dict() for r in d.records],
            "size": (d.image.shape[1], d.image.shape[0]),
        }
        for d in draws
    ]


def short_value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list) and value and isinstance(value[0], list):
        return t("image.n_rects", n=len(value))
    if isinstance(value, list) and len(value) > 3:
        return "[" + ", ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in value[:3]) + ", …]"
    return str(value)


def describe_record(record: dict[str, Any]) -> str:
    params = ", ".join(f"{k}={short_value(v)}" for k, v in record["params"].items() if k not in HIDDEN)
    return f"{title(record['name'])}" + (f" ({params})" if params else "")


def caption(index: int, tile: dict[str, Any]) -> str:
    fired = [r for r in tile["records"] if r["fired"]]
    head = t(
        "image.draw_head", i=index, fired=len(fired), total=len(tile["records"]), w=tile["size"][0], h=tile["size"][1]
    )
    lines = [f"✓ {describe_record(r)}" for r in fired] or [t("image.nothing_fired")]
    return head + "  \n" + "  \n".join(lines)


def show_grid(source: Source, tiles: list[dict[str, Any]], labels: Labels | None, on_zoom: Any) -> None:
    """The original first, then every draw with what fired and what it sampled, and an enlarge button."""
    per_row = 4 if len(tiles) <= 12 else 6
    cells = [None, *range(len(tiles))]
    for start in range(0, len(cells), per_row):
        columns = st.columns(per_row)
        for column, cell in zip(columns, cells[start : start + per_row], strict=False):
            with column:
                if cell is None:
                    st.image(labelled_thumbnail(source.rgb, labels), width="stretch")
                    st.caption(t("image.original_caption", w=source.rgb.shape[1], h=source.rgb.shape[0]))
                    continue
                st.image(tiles[cell]["thumb"], width="stretch")
                st.caption(caption(cell, tiles[cell]))
                if st.button(t("image.zoom"), key=zoom_button(cell), icon=":material/zoom_in:", type="tertiary"):
                    on_zoom(cell)


@st.cache_data(max_entries=24, show_spinner=False)
def compute_details(
    sha1: str, pipeline_json: str, seed: int, index: int, labels_json: str, _image: np.ndarray
) -> dict[str, Any]:
    """One draw with every intermediate, encoded once: what the enlarged view shows, per server.

    Why cached like the grid: the page reruns on every click anywhere on it,
    and replaying the draw, encoding its PNG and the step thumbnails was most
    of a rerun (~60 ms) that a bystander in a busy class waits for.
    """
    labels = Labels.from_json(labels_json) if labels_json else None
    draw = run_draw(Pipeline.from_json(pipeline_json), _image, seed, index, labels=labels, keep_intermediates=True)
    return {
        "image": draw.image,
        "enlarged": encode_image(_with_labels(draw.image, draw.labels), "png"),
        "thumbs": [jpeg_thumbnail(frame, 300) for frame in draw.intermediates or []],
        "records": list(draw.records),
    }


def draw_details(
    source: Source, pipeline: Pipeline, seed: int, index: int, labels: Labels | None, *, beside: Any = None
) -> np.ndarray:
    """One draw at full preview size (with ``beside(draw)`` next to it), then the image after every step."""
    labels_json = json.dumps(labels.as_dict()) if labels is not None else ""
    details = compute_details(source.sha1, pipeline.to_json(indent=None), seed, index, labels_json, source.rgb)
    image, records = details["image"], details["records"]
    big, side = st.columns([3, 2], gap="medium") if beside is not None else (st.container(), None)
    big.image(
        details["enlarged"],
        caption=t("image.enlarged", i=index, w=image.shape[1], h=image.shape[0]),
        width="stretch",
    )
    if side is not None:
        with side:
            beside(image)
    st.markdown(f"**{t('image.intermediates')}**")
    thumbs = details["thumbs"]
    names = [t("image.step_original")] + [
        f"{k + 1}. {title(r.name)} · " + (t("image.fired") if r.fired else t("image.skipped"))
        for k, r in enumerate(records)
    ]
    per_row = min(max(len(thumbs), 3), 5)
    for start in range(0, len(thumbs), per_row):
        for column, thumb, name in zip(
            st.columns(per_row), thumbs[start : start + per_row], names[start : start + per_row], strict=False
        ):
            column.image(thumb, caption=name, width="stretch")
    rows = [
        {
            t("image.col_step"): k + 1,
            t("image.col_transform"): title(r.name),
            t("image.col_fired"): r.fired,
            t("image.col_params"): ", ".join(f"{key}={short_value(v)}" for key, v in r.params.items()) or "—",
            t("image.col_size"): f"{r.shape[1]}×{r.shape[0]}",
        }
        for k, r in enumerate(records)
    ]
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
    return image


_FIGURES: OrderedDict[tuple[Any, ...], Any] = OrderedDict()  # histogram figures, per server, newest last
_FIGURES_LOCK = threading.Lock()
MAX_FIGURES = 32


def histogram(source: Source, draw: np.ndarray, index: int) -> None:
    """The original's and the draw's channel histograms, overlaid.

    The figure is kept per server for the same image, draw and texts: building
    a plotly figure (validation, the template's deep copy) was ~15 ms of every
    rerun of the page, whatever was clicked.
    """
    texts = (t("image.red"), t("image.green"), t("image.blue"), t("image.original"), t("image.draw_label", i=index),
             t("image.hist_x"), t("image.hist_y"))  # fmt: skip
    key = (source.sha1, hashlib.blake2b(draw.tobytes(), digest_size=16).digest(), draw.shape, texts)
    with _FIGURES_LOCK:
        fig = _FIGURES.get(key)
        if fig is not None:
            _FIGURES.move_to_end(key)
    if fig is None:
        fig = histogram_figure(source.rgb, draw, channel_names=texts[:3], original_label=texts[3],
                               draw_label=texts[4], x_title=texts[5], y_title=texts[6])  # fmt: skip
        with _FIGURES_LOCK:
            _FIGURES[key] = fig
            while len(_FIGURES) > MAX_FIGURES:
                _FIGURES.popitem(last=False)
    st.plotly_chart(fig, key=HISTOGRAM, config={"displayModeBar": False})
