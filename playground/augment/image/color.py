"""Colour and tone transforms: pixel values change, positions do not (labels stay put).

Why lookup tables: a uint8 image has only 256 possible values per channel, so
any per-pixel curve (brightness, gamma, posterize...) is computed once on
``arange(256)`` and applied with ``cv2.LUT``, one memory pass and no float
copy of the image. Formulas follow albumentations where it has the same
transform (tests compare against it), torchvision for colour jitter.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import cv2
import numpy as np

from playground.augment.image.sampling import integer, uniform
from playground.augment.image.spec import ImageTransform, P

try:  # optional speed-up, see ``lut``; albumentations depends on it too
    from stringzilla import translate as _translate
except ImportError:  # pragma: no cover - the plain OpenCV path is always correct
    _translate = None

_LEVELS = np.arange(256, dtype=np.float32)


def lut(img: np.ndarray, curve: np.ndarray) -> np.ndarray:
    """Apply a 256-entry curve (floats are rounded and clipped to 0..255) to every value.

    One table for all channels goes through StringZilla's byte ``translate``
    (SIMD, ~2.4x faster than ``cv2.LUT`` on a 1024x768 RGB image, measured in
    ``benchmarks/image_augmentation.py``); per-channel tables, or no
    StringZilla, use ``cv2.LUT``. Both give identical bytes.
    """
    table = curve if curve.dtype == np.uint8 else np.minimum(np.maximum(np.rint(curve), 0), 255).astype(np.uint8)
    if _translate is not None and table.size == 256 and img.flags.c_contiguous:
        out = np.empty_like(img)
        _translate(
            memoryview(img.reshape(-1)),
            memoryview(np.ascontiguousarray(table.reshape(-1))),
            out=memoryview(out.reshape(-1)),
        )
        return out
    return cv2.LUT(img, table)


def gray_mean(img: np.ndarray) -> float:
    """Mean luminance, the pivot of contrast changes (as torchvision's adjust_contrast)."""
    return float(cv2.mean(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY))[0])


def _brightness_contrast(img: np.ndarray, s: Mapping[str, Any]) -> np.ndarray:
    return lut(img, _LEVELS * s["alpha"] + s["beta"] * 255.0)


BRIGHTNESS = ImageTransform(
    "brightness",
    "color",
    (P("limit", "range", (-0.2, 0.2), -0.8, 0.8, 0.01),),
    sample=lambda rng, a, shape: {"beta": uniform(rng, a["limit"])},
    apply=lambda img, s: lut(img, _LEVELS + s["beta"] * 255.0),
    equivalent=lambda a, p: f"A.RandomBrightnessContrast(brightness_limit={a['limit']}, contrast_limit=0, p={p})",
)


def _contrast(img: np.ndarray, s: Mapping[str, Any]) -> np.ndarray:
    pivot = gray_mean(img)
    return lut(img, (_LEVELS - pivot) * s["factor"] + pivot)


CONTRAST = ImageTransform(
    "contrast",
    "color",
    (P("limit", "range", (-0.3, 0.3), -0.9, 1.5, 0.01),),
    sample=lambda rng, a, shape: {"factor": round(1.0 + uniform(rng, a["limit"]), 4)},
    apply=_contrast,
    # no equivalent: albumentations scales around 0, not around the mean grey
)

BRIGHTNESS_CONTRAST = ImageTransform(
    "brightness_contrast",
    "color",
    (
        P("brightness", "range", (-0.2, 0.2), -0.8, 0.8, 0.01),
        P("contrast", "range", (-0.2, 0.2), -0.8, 0.8, 0.01),
    ),
    sample=lambda rng, a, shape: {
        "alpha": round(1.0 + uniform(rng, a["contrast"]), 4),
        "beta": uniform(rng, a["brightness"]),
    },
    apply=_brightness_contrast,
    equivalent=lambda a, p: (
        f"A.RandomBrightnessContrast(brightness_limit={a['brightness']}, contrast_limit={a['contrast']}, p={p})"
    ),
)

GAMMA = ImageTransform(
    "gamma",
    "color",
    (P("gamma", "range", (0.8, 1.25), 0.2, 3.0, 0.05),),
    sample=lambda rng, a, shape: {"gamma": uniform(rng, a["gamma"])},
    apply=lambda img, s: lut(img, np.power(_LEVELS / 255.0, s["gamma"]) * 255.0),
    equivalent=lambda a, p: f"A.RandomGamma(gamma_limit=({a['gamma'][0] * 100:g}, {a['gamma'][1] * 100:g}), p={p})",
)


def shift_hsv(img: np.ndarray, hue: float, sat: float, val: float) -> np.ndarray:
    """Shift hue (OpenCV units, 180 = full turn), saturation and value with one LUT per channel."""
    hsv = cv2.cvtColor(img, cv2.COLOR_RGB2HSV)
    h, s, v = cv2.split(hsv)
    if hue:
        h = cv2.LUT(h, np.mod(np.arange(256) + hue, 180).astype(np.uint8))
    if sat:
        s = lut(s, _LEVELS + sat)
    if val:
        v = lut(v, _LEVELS + val)
    return cv2.cvtColor(cv2.merge([h, s, v]), cv2.COLOR_HSV2RGB)


HSV_SHIFT = ImageTransform(
    "hsv_shift",
    "color",
    (
        P("hue", "int_range", (-20, 20), -90, 90, 1),
        P("saturation", "int_range", (-30, 30), -255, 255, 1),
        P("value", "int_range", (-20, 20), -255, 255, 1),
    ),
    sample=lambda rng, a, shape: {
        "hue": integer(rng, a["hue"]),
        "saturation": integer(rng, a["saturation"]),
        "value": integer(rng, a["value"]),
    },
    apply=lambda img, s: shift_hsv(img, s["hue"], s["saturation"], s["value"]),
    equivalent=lambda a, p: (
        f"A.HueSaturationValue(hue_shift_limit={a['hue']}, "
        f"sat_shift_limit={a['saturation']}, val_shift_limit={a['value']}, p={p})"
    ),
)


def _rgb_shift(img: np.ndarray, s: Mapping[str, Any]) -> np.ndarray:
    table = np.stack([_LEVELS + s["r"], _LEVELS + s["g"], _LEVELS + s["b"]], axis=-1).reshape(256, 1, 3)
    return lut(img, table)


RGB_SHIFT = ImageTransform(
    "rgb_shift",
    "color",
    (P("limit", "int_range", (-20, 20), -255, 255, 1),),
    sample=lambda rng, a, shape: {c: integer(rng, a["limit"]) for c in "rgb"},
    apply=_rgb_shift,
    equivalent=lambda a, p: (
        f"A.RGBShift(r_shift_limit={a['limit']}, g_shift_limit={a['limit']}, b_shift_limit={a['limit']}, p={p})"
    ),
)

CHANNEL_SHUFFLE = ImageTransform(
    "channel_shuffle",
    "color",
    (),
    sample=lambda rng, a, shape: {"order": [int(i) for i in rng.permutation(3)]},
    apply=lambda img, s: np.ascontiguousarray(img[..., s["order"]]),
    equivalent=lambda a, p: f"A.ChannelShuffle(p={p})",
)

TO_GRAY = ImageTransform(
    "to_gray",
    "color",
    (),
    sample=lambda rng, a, shape: {},
    apply=lambda img, s: cv2.cvtColor(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB),
    p=0.2,
    equivalent=lambda a, p: f"A.ToGray(num_output_channels=3, p={p})",
)

INVERT = ImageTransform(
    "invert",
    "color",
    (),
    sample=lambda rng, a, shape: {},
    apply=lambda img, s: cv2.bitwise_not(img),
    p=0.2,
    equivalent=lambda a, p: f"A.InvertImg(p={p})",
)

POSTERIZE = ImageTransform(
    "posterize",
    "color",
    (P("bits", "int_range", (3, 5), 1, 8, 1),),
    sample=lambda rng, a, shape: {"bits": integer(rng, a["bits"])},
    apply=lambda img, s: cv2.LUT(img, (np.arange(256) & (0xFF << (8 - s["bits"])) & 0xFF).astype(np.uint8)),
    equivalent=lambda a, p: f"A.Posterize(num_bits={a['bits']}, p={p})",
)


def _solarize_table(threshold: int) -> np.ndarray:
    levels = np.arange(256)
    return np.where(levels >= threshold, 255 - levels, levels).astype(np.uint8)


SOLARIZE = ImageTransform(
    "solarize",
    "color",
    (P("threshold", "int_range", (128, 200), 0, 255, 1),),
    sample=lambda rng, a, shape: {"threshold": integer(rng, a["threshold"])},
    apply=lambda img, s: cv2.LUT(img, _solarize_table(s["threshold"])),
    equivalent=lambda a, p: (
        f"A.Solarize(threshold_range=({a['threshold'][0]} / 255, {a['threshold'][1]} / 255), p={p})"  # exact levels
    ),
)


def _color_jitter(img: np.ndarray, s: Mapping[str, Any]) -> np.ndarray:
    """torchvision's ColorJitter in a fixed order: brightness, contrast, saturation, hue."""
    out = lut(img, _LEVELS * s["brightness"])
    pivot = gray_mean(out)
    out = lut(out, (_LEVELS - pivot) * s["contrast"] + pivot)
    gray = cv2.cvtColor(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    out = cv2.addWeighted(out, s["saturation"], gray, 1.0 - s["saturation"], 0.0)
    hue = round(s["hue"] * 180)
    return shift_hsv(out, hue, 0, 0) if hue else out


def _factor(rng: np.random.Generator, spread: float) -> float:
    return uniform(rng, (max(0.0, 1 - spread), 1 + spread))


COLOR_JITTER = ImageTransform(
    "color_jitter",
    "color",
    (
        P("brightness", "float", 0.2, 0.0, 1.0, 0.05),
        P("contrast", "float", 0.2, 0.0, 1.0, 0.05),
        P("saturation", "float", 0.2, 0.0, 1.0, 0.05),
        P("hue", "float", 0.05, 0.0, 0.5, 0.01),
    ),
    sample=lambda rng, a, shape: {
        "brightness": _factor(rng, a["brightness"]),
        "contrast": _factor(rng, a["contrast"]),
        "saturation": _factor(rng, a["saturation"]),
        "hue": uniform(rng, (-a["hue"], a["hue"])),
    },
    apply=_color_jitter,
    equivalent=lambda a, p: (
        f"A.ColorJitter(brightness={a['brightness']}, contrast={a['contrast']}, "
        f"saturation={a['saturation']}, hue={a['hue']}, p={p})"
    ),
)

TRANSFORMS: tuple[ImageTransform, ...] = (
    BRIGHTNESS,
    CONTRAST,
    BRIGHTNESS_CONTRAST,
    GAMMA,
    HSV_SHIFT,
    RGB_SHIFT,
    CHANNEL_SHUFFLE,
    TO_GRAY,
    INVERT,
    POSTERIZE,
    SOLARIZE,
    COLOR_JITTER,
)
