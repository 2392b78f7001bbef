"""Augmentation engine: transform registries with parameter specs, seeded pipelines, labels, exports.

Image studio modules: ``spec`` (generic parameter and transform specs),
``image`` (the image registry assembled from ``image_geometric``,
``image_distort``, ``image_color``, ``image_enhance``, ``image_blur_noise``,
``image_occlusion``), ``pipeline``
(seeded draws with recorded parameters, replay, intermediates), ``labels``
(boxes and keypoints that follow geometry), ``presets`` and ``export`` (JSON,
Python, albumentations code, ZIP). The audio studio's modules are the
``audio_*`` ones. No Streamlit here.
"""
