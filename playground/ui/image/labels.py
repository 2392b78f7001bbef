"""Edit the optional box and keypoints with sliders (in preview pixels), per image.

Why keys carry the image digest: slider bounds are the image size, so a new
image gets fresh sliders with defaults that fit it, and going back to a
previous image finds its labels again.
"""

from __future__ import annotations

import streamlit as st

from playground.augment.image.labels import Labels, default_labels
from playground.augment.image.settings import IMAGE_STATE
from playground.ui import t
from playground.ui.widgets import param_widget

SHOW = IMAGE_STATE.key("labels")
N_POINTS = 3
LABEL_PREFIXES = ("image.box_x.", "image.box_y.", "image.kp")  # the slider keys, kept across page switches


def edit_labels(sha1: str, shape: tuple[int, ...]) -> Labels | None:
    """Toggle plus sliders; returns the labels to draw, or None when they are switched off."""
    show = param_widget(IMAGE_STATE["labels"].param, SHOW, help=t("image.labels_help"))
    if not show:
        return None
    h, w = shape[:2]
    defaults = default_labels(shape)
    tag = sha1[:10]
    with st.expander(t("image.labels_edit")):
        x0, y0, x1, y1 = (int(v) for v in defaults.box or (0, 0, w - 1, h - 1))
        bx = st.slider(t("image.box_x"), 0, w - 1, (x0, x1), key=f"image.box_x.{tag}")
        by = st.slider(t("image.box_y"), 0, h - 1, (y0, y1), key=f"image.box_y.{tag}")
        points = []
        for i, (px, py) in enumerate(defaults.keypoints[:N_POINTS]):
            cx, cy = st.columns(2)
            x = cx.slider(t("image.point_x", i=i + 1), 0, w - 1, int(px), key=f"image.kp{i}_x.{tag}")
            y = cy.slider(t("image.point_y", i=i + 1), 0, h - 1, int(py), key=f"image.kp{i}_y.{tag}")
            points.append((float(x), float(y)))
    return Labels(box=(float(bx[0]), float(by[0]), float(bx[1]), float(by[1])), keypoints=tuple(points))
