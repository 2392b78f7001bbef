"""The image transform registry: every image transform, declared once, in picker order.

Why one registry assembled from per-concept modules: the page builds its
pickers and widgets from it, the URL and JSON formats name transforms by its
keys, the exports look up equivalents in it and the registry battery checks
every entry. Adding a transform means adding one ``ImageTransform`` to a
module's ``TRANSFORMS`` tuple (and its texts to ``catalogues/image``).
"""

from __future__ import annotations

from playground.augment.image import blur_noise, color, distort, enhance, geometric, occlusion
from playground.augment.image.spec import ImageTransform
from playground.core.registry import Registry

GROUPS: tuple[str, ...] = ("geometric", "color", "blur_noise", "occlusion")

IMAGE_TRANSFORMS: Registry[ImageTransform] = Registry(
    "image transform",
    [
        *geometric.TRANSFORMS,
        *distort.TRANSFORMS,
        *color.TRANSFORMS,
        *enhance.TRANSFORMS,
        *blur_noise.TRANSFORMS,
        *occlusion.TRANSFORMS,
    ],
)
