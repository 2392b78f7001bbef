"""The optimization lab's figures: plotly, data in, figure out."""
