"""Ready-made image pipelines for a first lesson, as a registry: each step is (transform, p, values that differ).

Why presets: a beginner who sees "light" next to "heavy geometric" learns what
a sensible training pipeline looks like before tuning a single slider. Each
preset's title and one-line summary are ``image.preset.<name>[.summary]``.
"""

from __future__ import annotations

from playground.augment.image.pipeline import Pipeline
from playground.augment.preset import Preset
from playground.core.registry import Registry


class ImagePreset(Preset):
    """An image preset: its ``build()`` is an image ``Pipeline``."""

    pipeline = Pipeline
    text_prefix = "image.preset"


PRESETS: Registry[ImagePreset] = Registry(
    "image preset",
    (
        # The everyday recipe for photos: mild, label-safe, keeps images realistic.
        ImagePreset("light", (
            ("hflip", 0.5, {}),
            ("rotate", 0.5, {"limit": (-10.0, 10.0)}),
            ("brightness_contrast", 0.5, {}),
        )),
        # The benchmark's six steps: what an ImageNet-style training loader does.
        ImagePreset("classic", (
            ("rotate", 0.5, {"limit": (-30.0, 30.0)}),
            ("random_resized_crop", 1.0, {"size": 512}),
            ("hflip", 0.5, {}),
            ("brightness_contrast", 0.5, {}),
            ("gaussian_blur", 0.3, {}),
            ("gaussian_noise", 0.3, {}),
        )),
        ImagePreset("heavy_geometric", (
            ("hflip", 0.5, {}),
            ("affine", 0.8, {"scale": (0.7, 1.3), "translate": (-0.15, 0.15), "shear": (-15.0, 15.0)}),
            ("rotate", 0.7, {"limit": (-45.0, 45.0)}),
            ("perspective", 0.5, {}),
            ("elastic", 0.3, {}),
        )),
        ImagePreset("photometric", (
            ("color_jitter", 0.8, {"brightness": 0.3, "contrast": 0.3, "saturation": 0.3, "hue": 0.05}),
            ("gamma", 0.3, {}),
            ("to_gray", 0.1, {}),
            ("gaussian_blur", 0.3, {}),
            ("gaussian_noise", 0.3, {}),
        )),
        ImagePreset("occlusion", (
            ("coarse_dropout", 0.7, {}),
            ("random_erasing", 0.5, {"fill": "noise"}),
            ("grid_dropout", 0.3, {}),
        )),
    ),
)  # fmt: skip


def preset(name: str) -> Pipeline:
    """A fresh pipeline for preset ``name`` (an ``InputError`` naming the known ones for any other name)."""
    return PRESETS.require(name).build()
