"""Texts of the parallel computing lab: the experiments, their figures, and the page's queue and results."""
