"""The Deep Learning Playground engine.

A plain Python package: a notebook or a script can use it without Streamlit.
Only ``playground.ui`` may import ``streamlit``; a test enforces this so the
engine stays reusable and fast to test.
"""

__version__ = "0.1.0"
