"""Streamlit panels of the audio augmentation studio (``pages/audio_augmentation.py``)."""
