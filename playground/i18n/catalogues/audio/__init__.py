"""Texts of the audio augmentation studio."""
