"""Weight histograms before and after compression, fine enough that int8 levels show as spikes.

Why 400 bins over the shared range: a per-tensor int8 layer has at most 255 distinct
values, so with more bins than levels the histogram turns into a comb; per-channel
scales blur the comb across a whole layer, which is why one output channel can be shown.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import plotly.graph_objects as go

BINS = 400


def weight_histogram(before: np.ndarray, after: np.ndarray, text: Mapping[str, str]) -> go.Figure:
    """The variant's counts as orange bars, the fp32 counts as a grey outline, on the same bins."""
    before, after = before.ravel(), after.ravel()
    low = float(min(before.min(), after.min()))
    high = float(max(before.max(), after.max()))
    if high <= low:
        high = low + 1e-6
    edges = np.linspace(low, high, BINS + 1)
    centres = (edges[:-1] + edges[1:]) / 2
    width = edges[1] - edges[0]
    fig = go.Figure()
    after_counts, _ = np.histogram(after, bins=edges)
    fig.add_trace(go.Bar(x=centres, y=after_counts, width=width, name=text["after"], marker_color="#d08770",
                         hovertemplate="%{x:.4f}: %{y}<extra>" + text["after"] + "</extra>"))  # fmt: skip
    before_counts, _ = np.histogram(before, bins=edges)
    fig.add_trace(go.Scatter(x=centres, y=before_counts, name=text["before"], mode="lines",
                             line={"color": "#4c566a", "width": 1.2, "shape": "hvh"},
                             hovertemplate="%{x:.4f}: %{y}<extra>" + text["before"] + "</extra>"))  # fmt: skip
    distinct = len(np.unique(after))
    fig.update_layout(
        barmode="overlay", bargap=0, height=380, margin={"l": 10, "r": 10, "t": 40, "b": 10},
        title={"text": text["distinct"].format(n=distinct), "font": {"size": 13}},
        legend={"orientation": "h", "y": 1.12, "x": 1, "xanchor": "right"},
    )  # fmt: skip
    fig.update_xaxes(title=text["value"])
    fig.update_yaxes(title=text["count"])
    return fig
