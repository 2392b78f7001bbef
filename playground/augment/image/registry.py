"""The image transform registry: every image transform, declared once, in picker order.

Why one registry assembled from per-concept modules: the page builds its
pickers and widgets from it, the URL and JSON formats name transforms by its
keys, and the exports look up equivalents in it. Adding a transform means
adding one ``TransformSpec`` to a module's ``TRANSFORMS`` tuple.
"""

from __future__ import annotations

from playground.augment.core import Registry
from playground.augment.image import blur_noise, color, distort, enhance, geometric, occlusion

GROUPS: tuple[str, ...] = ("geometric", "color", "blur_noise", "occlusion")

IMAGE_TRANSFORMS = Registry(
    [
        *geometric.TRANSFORMS,
        *distort.TRANSFORMS,
        *color.TRANSFORMS,
        *enhance.TRANSFORMS,
        *blur_noise.TRANSFORMS,
        *occlusion.TRANSFORMS,
    ]
)
