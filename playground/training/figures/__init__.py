"""The training studio's figures: plotly figures and cheap images, data in, figure out."""
