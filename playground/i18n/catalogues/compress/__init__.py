"""Texts of the compression studio."""
