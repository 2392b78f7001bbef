"""Streamlit helpers of the image augmentation studio (``pages/image_augmentation.py``).

``state`` keeps the pipeline in session state and the URL, ``source`` picks
and decodes the image, ``builder`` edits the pipeline, ``labels`` edits the
box and keypoints, ``grid`` shows the draws and their details, ``exports``
offers downloads.
"""
