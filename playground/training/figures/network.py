"""The network as TensorFlow Playground draws it: neurons as output maps, links coloured by weight.

Blue links are positive weights, orange negative; thicker is larger. Each
neuron shows what it computes over the input plane (its own small map), so a
student sees hidden neurons combine simple shapes into the final boundary.
The figure is assembled as one plain spec and wrapped without plotly's
per-call validation: ~50 thumbnails added one by one cost ~40 ms per redraw.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from playground.core.encode import image_uri
from playground.training.figures.colors import diverging
from playground.training.snapshot import MAX_DRAWN_NEURONS

NODE = 0.72  # thumbnail side, in layout units (the vertical gap between neurons is 1)
BLUE_HEX, ORANGE_HEX = "#0877bd", "#f59322"


def _ys(count: int, tallest: int) -> np.ndarray:
    return (tallest - count) / 2 + np.arange(count)


def network_figure(
    neuron_maps: list[np.ndarray],
    weights: list[np.ndarray],
    layer_widths: list[int],
    *,
    column_titles: list[str],
    input_names: list[str],
    output_image: np.ndarray | None,
    height: int = 380,
) -> go.Figure:
    """Columns: inputs, hidden layers, output. ``column_titles`` sit above them (sizes, activations)."""
    drawn = [min(width, MAX_DRAWN_NEURONS) for width in layer_widths]
    drawn[-1] = 1  # the output is drawn as one node: the boundary itself
    tallest = max(drawn)
    xs = np.arange(len(drawn)) * 2.2
    traces: list[dict] = []
    images: list[dict] = []
    shapes: list[dict] = []
    notes: list[dict] = []
    # Links, bucketed by sign and thickness so a 64-wide net is still a handful of traces.
    buckets: dict[tuple[bool, int], tuple[list, list]] = {}
    mid_x, mid_y, mid_text = [], [], []
    for layer, matrix in enumerate(weights[: len(drawn) - 1]):
        n_in = drawn[layer]
        last = layer + 1 == len(drawn) - 1
        w = matrix[:, :n_in].mean(0, keepdims=True) if last else matrix[: drawn[layer + 1], :n_in]
        scale = float(np.abs(w).max()) or 1.0
        y_in, y_out = _ys(n_in, tallest), _ys(w.shape[0], tallest)
        x0, x1 = xs[layer] + NODE / 2, xs[layer + 1] - NODE / 2
        for j in range(w.shape[0]):
            for i in range(w.shape[1]):
                value = float(w[j, i])
                xs_, ys_ = buckets.setdefault((value >= 0, min(3, int(abs(value) / scale * 4))), ([], []))
                xs_ += [x0, x1, None]
                ys_ += [y_in[i], y_out[j], None]
                mid_x.append((x0 + x1) / 2)
                mid_y.append((y_in[i] + y_out[j]) / 2)
                mid_text.append(f"w = {value:.3f}" if not last else f"mean w = {value:.3f}")
    for (positive, size), (lx, ly) in sorted(buckets.items()):
        traces.append(
            {
                "type": "scatter",
                "x": lx,
                "y": ly,
                "mode": "lines",
                "hoverinfo": "skip",
                "showlegend": False,
                "line": {"color": BLUE_HEX if positive else ORANGE_HEX, "width": 0.6 + 1.6 * size},
                "opacity": 0.35 + 0.15 * size,
            }
        )
    traces.append(
        {
            "type": "scatter",
            "x": mid_x,
            "y": mid_y,
            "mode": "markers",
            "text": mid_text,
            "hoverinfo": "text",
            "showlegend": False,
            "marker": {"size": 6, "opacity": 0},
        }
    )

    def thumbnail(rgb: np.ndarray, x: float, y: float, size: float = NODE) -> None:
        half = size / 2
        images.append(
            {
                "source": image_uri(rgb, "png"),
                "xref": "x",
                "yref": "y",
                "x": x - half,
                "y": y - half,
                "sizex": size,
                "sizey": size,
                "sizing": "stretch",
                "layer": "above",
            }
        )
        shapes.append(
            {
                "type": "rect",
                "x0": x - half,
                "x1": x + half,
                "y0": y - half,
                "y1": y + half,
                "line": {"color": "#6b7280", "width": 1},
            }
        )

    for layer, maps in enumerate(neuron_maps[: len(drawn) - 1]):
        ys = _ys(drawn[layer], tallest)
        for index, values in enumerate(maps[: drawn[layer]]):
            thumbnail(diverging(np.asarray(values, dtype=np.float32)), xs[layer], ys[index])
    if output_image is not None:
        thumbnail(output_image[::2, ::2], xs[-1], _ys(1, tallest)[0], size=NODE * 1.6)
    for index, name in enumerate(input_names[: drawn[0]]):
        notes.append(
            {
                "x": xs[0] - NODE / 2 - 0.1,
                "y": _ys(drawn[0], tallest)[index],
                "text": name,
                "showarrow": False,
                "xanchor": "right",
                "font": {"size": 14},
            }
        )
    for layer, title in enumerate(column_titles[: len(drawn)]):
        notes.append({"x": xs[layer], "y": -0.95, "text": title, "showarrow": False, "font": {"size": 12}})
        hidden = layer_widths[layer] - drawn[layer]
        if 0 < layer < len(drawn) - 1 and hidden > 0:
            notes.append({"x": xs[layer], "y": tallest - 0.1, "text": f"+{hidden}", "showarrow": False})
    layout = {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        "plot_bgcolor": "white",
        "hovermode": "closest",
        "images": images,
        "shapes": shapes,
        "annotations": notes,
        "xaxis": {"visible": False, "range": [xs[0] - 1.7, xs[-1] + 1.0], "fixedrange": True},
        "yaxis": {"visible": False, "range": [tallest + 0.1, -1.4], "fixedrange": True},
    }
    return go.Figure({"data": traces, "layout": layout}, _validate=False)
