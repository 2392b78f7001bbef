"""Shared vocabulary of every studio (no studio, no Streamlit): params, registries, errors, seeds, devices, encoders."""
