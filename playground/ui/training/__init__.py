"""Streamlit panels of the training studio (``pages/training.py``)."""
