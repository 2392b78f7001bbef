"""The image transform registry: every image transform, declared once, in picker order.

Why one registry assembled from per-concept modules: the page builds its
pickers and widgets from it, the URL and JSON formats name transforms by its
keys, and the exports look up equivalents in it. Adding a transform means
adding one ``TransformSpec`` to a module's ``TRANSFORMS`` tuple.
"""

from __future__ import annotations

from playground.augment import (
    image_blur_noise,
    image_color,
    image_distort,
    image_enhance,
    image_geometric,
    image_occlusion,
)
from playground.augment.spec import Registry

GROUPS: tuple[str, ...] = ("geometric", "color", "blur_noise", "occlusion")

IMAGE_TRANSFORMS = Registry(
    [
        *image_geometric.TRANSFORMS,
        *image_distort.TRANSFORMS,
        *image_color.TRANSFORMS,
        *image_enhance.TRANSFORMS,
        *image_blur_noise.TRANSFORMS,
        *image_occlusion.TRANSFORMS,
    ]
)
