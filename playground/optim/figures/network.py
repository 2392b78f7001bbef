"""The forward pass as a network diagram: nodes with their values, edges coloured by weight.

Why a diagram as well as the matrices: ``x·W`` is easier to believe when
each output node visibly collects one edge from every input. Blue edges are
positive weights, red negative, thicker is larger; each column is labelled
with its shape (``1×3``) so the matrix shapes and the picture agree.
"""

from __future__ import annotations

import plotly.graph_objects as go

from playground.optim.forward import LayerResult


def network_figure(results: list[LayerResult], texts: dict[str, str]) -> go.Figure:
    """Columns: the input, then each layer's activations; hover an edge to see its weight."""
    columns = [results[0].inputs, *(result.outputs for result in results)]
    names = ["x", *(f"a{result.index}" if result.index < len(results) else "ŷ" for result in results)]
    largest = max((abs(w) for result in results for row in result.weights for w in row), default=1.0) or 1.0

    def y_of(count: int, index: int) -> float:
        return (count - 1) / 2 - index

    figure = go.Figure()
    for result in results:
        left, right = result.index - 1, result.index
        for i, row in enumerate(result.weights):
            for j, weight in enumerate(row):
                figure.add_trace(
                    go.Scatter(
                        x=[left, right],
                        y=[y_of(len(result.weights), i), y_of(len(row), j)],
                        mode="lines",
                        showlegend=False,
                        hoverinfo="text",
                        text=f"W{result.index}[{i + 1},{j + 1}] = {weight:.4g}",
                        line={"color": "#1f5fbf" if weight >= 0 else "#d62728", "width": 1 + 5 * abs(weight) / largest},
                        opacity=0.75,
                    )
                )
    for column, (values, name) in enumerate(zip(columns, names, strict=True)):
        figure.add_trace(
            go.Scatter(
                x=[column] * len(values),
                y=[y_of(len(values), i) for i in range(len(values))],
                mode="markers+text",
                showlegend=False,
                text=[f"{value:.3g}" for value in values],
                textfont={"size": 14, "color": "#111"},
                hovertext=[f"{name}{i + 1} = {v:.6g}" for i, v in enumerate(values)],
                hoverinfo="text",
                marker={"size": 46, "color": "#f2f5fa", "line": {"width": 2, "color": "#1f5fbf"}},
            )
        )
    top = max(len(values) for values in columns) / 2 + 0.2
    for column, (values, name) in enumerate(zip(columns, names, strict=True)):
        caption = f"<b>{name}</b> 1×{len(values)}"
        if column:
            result = results[column - 1]
            caption += f"<br>{texts['activation']}: {texts[result.activation]}"
            figure.add_annotation(
                x=column - 0.5,
                y=-top,
                text=f"W{column} {result.shape[0]}×{result.shape[1]}, b{column} 1×{result.shape[1]}",
                showarrow=False,
                font={"size": 13, "color": "#555"},
            )
        figure.add_annotation(x=column, y=top, text=caption, showarrow=False, font={"size": 14}, yanchor="bottom")
    figure.update_layout(
        height=max(300, 90 * max(len(values) for values in columns) + 140),
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        xaxis={"visible": False, "range": [-0.4, len(columns) - 0.6]},
        yaxis={"visible": False, "range": [-top - 0.5, top + 0.8]},
        plot_bgcolor="white",
    )
    return figure
