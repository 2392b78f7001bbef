"""Texts of the model fusion studio (ensembles, fusion rules, bias–variance, the seed's two-input model)."""
