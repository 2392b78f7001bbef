"""Edit the optional box and keypoints with sliders (in preview pixels), per image.

Why keys carry the image digest: slider bounds are the image size, so a new
image gets fresh sliders with defaults that fit it, and going back to a
previous image finds its labels again.

Why a side of one pixel gets no slider: a slider from 0 to 0 is refused by
Streamlit (it used to end the page in a traceback for a 1×1 PNG or a 1024×1
strip); every coordinate along that side is 0, and a caption says so.
"""

from __future__ import annotations

import streamlit as st

from playground.augment.image.labels import Labels, default_labels
from playground.augment.image.settings import IMAGE_STATE
from playground.ui import t
from playground.ui.image.keys import SHOW_LABELS, box_slider, point_slider
from playground.ui.widgets import param_widget

N_POINTS = 3


def _range(label: str, size: int, value: tuple[int, int], key: str) -> tuple[int, int]:
    if size < 2:
        return (0, 0)
    low, high = st.slider(label, 0, size - 1, value, key=key)
    return int(low), int(high)


def _coordinate(container: object, label: str, size: int, value: int, key: str) -> int:
    if size < 2:
        return 0
    return int(container.slider(label, 0, size - 1, value, key=key))  # type: ignore[attr-defined]


def edit_labels(sha1: str, shape: tuple[int, ...]) -> Labels | None:
    """Toggle plus sliders; returns the labels to draw, or None when they are switched off."""
    show = param_widget(IMAGE_STATE["labels"].param, SHOW_LABELS, help=t("image.labels_help"))
    if not show:
        return None
    h, w = shape[:2]
    defaults = default_labels(shape)
    tag = sha1[:10]
    with st.expander(t("image.labels_edit")):
        if min(h, w) < 2:
            st.caption(t("image.labels_one_pixel", w=w, h=h))
        x0, y0, x1, y1 = (int(v) for v in defaults.box or (0, 0, w - 1, h - 1))
        bx = _range(t("image.box_x"), w, (x0, x1), box_slider("x", tag))
        by = _range(t("image.box_y"), h, (y0, y1), box_slider("y", tag))
        points = []
        for i, (px, py) in enumerate(defaults.keypoints[:N_POINTS]):
            cx, cy = st.columns(2)
            x = _coordinate(cx, t("image.point_x", i=i + 1), w, int(px), point_slider(i, "x", tag))
            y = _coordinate(cy, t("image.point_y", i=i + 1), h, int(py), point_slider(i, "y", tag))
            points.append((float(x), float(y)))
    return Labels(box=(float(bx[0]), float(by[0]), float(bx[1]), float(by[1])), keypoints=tuple(points))
