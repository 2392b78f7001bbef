"""The optimization lab's engine: forward pass, loss calculator, 1-D descent and the optimizer race.

Pure functions on plain values (text in, dataclasses of numbers out), so a
notebook can replay every figure of ``pages/optimization.py`` without
Streamlit. Losses and optimizers come from ``playground.nn`` registries: the
lab shows exactly what the training studio runs. ``settings`` declares each
section's settings once (a state table); ``link`` reads and writes shared
links with them.
"""
