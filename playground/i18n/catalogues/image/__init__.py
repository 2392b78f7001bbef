"""Texts of the image augmentation studio."""
