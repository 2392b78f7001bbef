"""Texts of the optimization lab."""
