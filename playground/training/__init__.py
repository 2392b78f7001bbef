"""The training studio: configuration, presets, toy data, model, trainer, snapshots, exports and the worker runner.

Everything a notebook needs to train like the page does, without Streamlit.
"""
