"""Streamlit panels of the optimization lab (``pages/optimization.py``), one module per section."""
