"""Texts of the speech lab: the page and its steps, the results, and the catalogue entries (words, voices, models)."""
