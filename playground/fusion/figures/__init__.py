"""Plotly figures of the fusion studio: data in, ``go.Figure`` out (texts come in translated)."""
