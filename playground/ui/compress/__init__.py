"""Streamlit panels of the compression studio (``pages/compression.py``)."""
