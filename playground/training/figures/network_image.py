"""The network drawing as one picture, for the live view while training runs.

Why a picture as well as the plotly figure: a browser swaps one ``<img>``
far faster than plotly re-lays out ~50 thumbnails and links, and that made
the difference between ~2 and ~5 redraws a second on a loaded 2-core host.
The plotly figure (with hover values of every weight) is shown when paused.
Labels are ASCII on purpose: Pillow's built-in font has no subscripts or CJK.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from playground.training.figures.colors import diverging
from playground.training.snapshot import MAX_DRAWN_NEURONS

BLUE, ORANGE = (8, 119, 189), (245, 147, 34)
ASCII_FEATURES = {
    "x1": "x1",
    "x2": "x2",
    "x1sq": "x1^2",
    "x2sq": "x2^2",
    "x1x2": "x1*x2",
    "sin_x1": "sin x1",
    "sin_x2": "sin x2",
}


def network_picture(
    neuron_maps: list[np.ndarray],
    weights: list[np.ndarray],
    layer_widths: list[int],
    *,
    column_titles: list[str],
    feature_ids: list[str],
    output_image: np.ndarray | None,
    width: int = 560,
    height: int = 400,
) -> np.ndarray:
    """RGB image: neurons as output maps, links blue (positive) / orange (negative), thicker when larger."""
    drawn = [min(w, MAX_DRAWN_NEURONS) for w in layer_widths]
    drawn[-1] = 1
    canvas = np.full((height, width, 3), 255, np.uint8)
    top, bottom, left, right = 40, 20, 84, 50
    gap = (height - top - bottom) / max(drawn)
    node = int(min(48, gap * 0.8))
    xs = np.linspace(left + node / 2, width - right - node / 2, len(drawn))

    def ys(count: int) -> np.ndarray:
        return top + (height - top - bottom - count * gap) / 2 + gap * (np.arange(count) + 0.5)

    for layer, matrix in enumerate(weights[: len(drawn) - 1]):
        last = layer + 1 == len(drawn) - 1
        w = matrix[:, : drawn[layer]].mean(0, keepdims=True) if last else matrix[: drawn[layer + 1], : drawn[layer]]
        scale = float(np.abs(w).max()) or 1.0
        y_in, y_out = ys(w.shape[1]), ys(w.shape[0])
        x0, x1 = int(xs[layer] + node / 2), int(xs[layer + 1] - (node * 1.4 if last else node) / 2)
        for j in range(w.shape[0]):
            for i in range(w.shape[1]):
                strength = abs(float(w[j, i])) / scale
                colour = BLUE if w[j, i] >= 0 else ORANGE
                faded = tuple(int(255 + (c - 255) * (0.25 + 0.75 * strength)) for c in colour)
                thickness = 1 + round(strength * 4)
                cv2.line(canvas, (x0, int(y_in[i])), (x1, int(y_out[j])), faded, thickness, cv2.LINE_AA)

    def paste(rgb: np.ndarray, x: float, y: float, size: int) -> None:
        tile = cv2.resize(rgb, (size, size), interpolation=cv2.INTER_LINEAR)
        r0, c0 = int(y - size / 2), int(x - size / 2)
        canvas[r0 : r0 + size, c0 : c0 + size] = tile
        cv2.rectangle(canvas, (c0 - 1, r0 - 1), (c0 + size, r0 + size), (107, 114, 128), 1)

    for layer, maps in enumerate(neuron_maps[: len(drawn) - 1]):
        for index, values in enumerate(maps[: drawn[layer]]):
            paste(diverging(np.asarray(values, dtype=np.float32)), xs[layer], ys(drawn[layer])[index], node)
    if output_image is not None:
        paste(output_image, xs[-1], ys(1)[0], int(node * 1.4))
    picture = Image.fromarray(canvas)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=19)
    for index, feature in enumerate(feature_ids[: drawn[0]]):
        label = ASCII_FEATURES.get(feature, feature)
        draw.text((xs[0] - node / 2 - 6, ys(drawn[0])[index]), label, fill=(17, 24, 39), font=font, anchor="rm")
    for layer, title in enumerate(column_titles[: len(drawn)]):
        draw.text((xs[layer], 16), title, fill=(75, 85, 99), font=font, anchor="mm")
        hidden = layer_widths[layer] - drawn[layer]
        if 0 < layer < len(drawn) - 1 and hidden > 0:
            draw.text((xs[layer], height - 10), f"+{hidden}", fill=(75, 85, 99), font=font, anchor="mm")
    return np.asarray(picture)
