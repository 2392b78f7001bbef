"""The compression studio's figures: plotly, data in, figure out."""
