"""Model fusion studio engine: ensembles of small nets trained as one batched module, fusion rules,
diagnostics (calibration, diversity, Condorcet), bias–variance, and the seed's two-input model.

No Streamlit here: a notebook can build a ``Problem``, run an ``EnsembleSpec`` job and read its report.
"""
