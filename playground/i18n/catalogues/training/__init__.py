"""Texts of the training studio."""
