"""Texts of the language lab (``pages/language.py``), in English and Simplified Chinese."""
