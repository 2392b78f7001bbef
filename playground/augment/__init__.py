"""Augmentation engine: one core shared by the image and audio studios, and each domain's kernels. No Streamlit.

``core`` (transform spec, step, pipeline with its JSON and link formats),
``replay`` (the draw and replay loops and the step record) and ``preset`` are
shared. ``image/`` and ``audio/`` hold their kernels, their registries, the
order in which they draw random numbers, their presets, exports, figures and
each studio's state table (``settings``). ``pipeline`` and ``audio_pipeline``
are the import paths of scripts exported before the packages existed.
"""
