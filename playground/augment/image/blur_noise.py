"""Blur, noise and quality loss: what a cheap lens, a dark room or a web upload does to a photo.

Noise is drawn from a recorded ``seed`` (not stored pixel by pixel), so a draw
replays exactly.

Gaussian noise has two methods (the step's ``method``):
- ``exact`` (the default): a true Gaussian, tails included. OpenCV's
  ``cv2.randn`` (a ziggurat sampler, exact in the tails) fills an int16 field
  from the recorded seed, and ``cv2.add`` saturates it into uint8. Rounding
  the noise before adding it to whole grey levels gives the same pixels as
  rounding the sum (ties aside), so no float image is made. Measured here on
  1024×768 RGB: ~0.27 % of values beyond 3σ, kurtosis 3.00, about 2× faster
  than albumentations 2.0.8's ``GaussNoise`` (NumPy float32 normals: ~3× slower
  than this). OpenCV's random generator is per thread; it is seeded right
  before the one call that uses it, so sessions in other threads cannot interfere.
- ``fast_table``: the approximation the studio used first, kept for speed and
  for every link and file written before ``method`` existed (a step without
  ``method`` means this one). One random byte per value indexes 256
  equiprobable Gaussian quantiles: tails cut at ±2.89σ, so 0 % of values
  beyond 3σ (a Gaussian has 0.27 %) and kurtosis ≈ 2.9 instead of 3.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache
from statistics import NormalDist
from typing import Any

import cv2
import numpy as np

from playground.augment.image.sampling import integer, noise_seed, uniform
from playground.augment.image.spec import ImageTransform, P
from playground.core.encode import encode_image


def random_bytes(seed: int, shape: tuple[int, ...]) -> np.ndarray:
    """Uniform uint8 noise of ``shape`` from a recorded seed."""
    size = int(np.prod(shape))
    return np.frombuffer(np.random.default_rng(seed).bytes(size), dtype=np.uint8).reshape(shape)


@lru_cache(maxsize=1)
def normal_quantiles() -> np.ndarray:
    """256 equiprobable standard-normal values, rescaled to mean 0 and std exactly 1."""
    dist = NormalDist()
    table = np.array([dist.inv_cdf((i + 0.5) / 256) for i in range(256)])
    return table / table.std()


NOISE_METHODS = ("exact", "fast_table")
LEGACY_NOISE = "fast_table"  # what a step, file, link or record without ``method`` used


def gaussian_noise(img: np.ndarray, std: float, seed: int, method: str = "exact") -> np.ndarray:
    """Add N(0, (std*255)^2) per value, saturating at 0 and 255, by ``method`` (see the module's notes)."""
    if method == LEGACY_NOISE:
        return table_gaussian_noise(img, std, seed)
    return exact_gaussian_noise(img, std, seed)


def exact_gaussian_noise(img: np.ndarray, std: float, seed: int) -> np.ndarray:
    """A true Gaussian field (OpenCV's ziggurat, seeded by ``seed``), rounded to whole levels, added saturating."""
    channels = img.shape[2] if img.ndim == 3 else 1
    noise = np.empty(img.shape, np.int16)
    cv2.setRNGSeed(int(seed))  # this thread's generator, used by the very next call only
    cv2.randn(noise, (0.0,) * channels, (float(std) * 255.0,) * channels)
    return cv2.add(img, noise, dtype=cv2.CV_8U)


def table_gaussian_noise(img: np.ndarray, std: float, seed: int) -> np.ndarray:
    """The fast approximation: 256 Gaussian quantiles indexed by random bytes (tails cut at ±2.89σ)."""
    table = np.rint(normal_quantiles() * std * 255.0).clip(-255, 255).astype(np.int16)
    noise = cv2.LUT(random_bytes(seed, img.shape), table)
    return cv2.add(img, noise, dtype=cv2.CV_8U)


def _noise_draw(rng: np.random.Generator, a: Mapping[str, Any]) -> dict[str, Any]:
    """std, then seed (the order every link relies on); the method is recorded unless it is the old table."""
    sampled: dict[str, Any] = {"std": uniform(rng, a["std"]), "seed": noise_seed(rng)}
    method = a.get("method", LEGACY_NOISE)
    return sampled if method == LEGACY_NOISE else {**sampled, "method": method}


def multiplicative_noise(img: np.ndarray, low: float, high: float, seed: int) -> np.ndarray:
    """Multiply every value by its own factor in [low, high] (sensor gain noise, like ISO noise)."""
    factors = cv2.LUT(random_bytes(seed, img.shape), np.linspace(low, high, 256).astype(np.float32))
    return cv2.multiply(img, factors, dtype=cv2.CV_8U)


def salt_and_pepper(img: np.ndarray, amount: float, seed: int) -> np.ndarray:
    """A fraction ``amount`` of pixels turns white or black (half each), all channels together."""
    draws = np.random.default_rng(seed).random(img.shape[:2], dtype=np.float32)
    out = img.copy()
    out[draws < amount / 2] = 255
    out[draws > 1 - amount / 2] = 0
    return out


def gaussian_blur(img: np.ndarray, sigma: float) -> np.ndarray:
    """Separable Gaussian truncated at ±3 sigma (OpenCV's own rule for 8-bit images).

    ``sepFilter2D`` with the float kernel measured faster here than
    ``cv2.GaussianBlur``'s fixed-point path, and matches it to within one grey
    level (the unit test checks this against ``cv2.GaussianBlur``).
    """
    size = 2 * max(1, round(3 * sigma)) + 1
    kernel = cv2.getGaussianKernel(size, sigma)
    return cv2.sepFilter2D(img, -1, kernel, kernel, borderType=cv2.BORDER_REFLECT_101)


def motion_kernel(size: int, angle: float) -> np.ndarray:
    """A normalised line of ``size`` pixels through the centre at ``angle`` degrees."""
    kernel = np.zeros((size, size), dtype=np.float32)
    centre = (size - 1) / 2
    dx, dy = math.cos(math.radians(angle)) * centre, math.sin(math.radians(angle)) * centre
    start = (round(centre - dx), round(centre - dy))
    end = (round(centre + dx), round(centre + dy))
    cv2.line(kernel, start, end, 1.0, 1)
    return kernel / kernel.sum()


def disk_kernel(radius: int) -> np.ndarray:
    """A normalised filled disk: what an out-of-focus lens spreads a point into."""
    size = 2 * radius + 1
    kernel = np.zeros((size, size), dtype=np.float32)
    cv2.circle(kernel, (radius, radius), radius, 1.0, -1)
    return kernel / kernel.sum()


def jpeg(img: np.ndarray, quality: int) -> np.ndarray:
    """Encode as JPEG with the playground's one encoder, decode again: the artefacts of a web upload."""
    data = np.frombuffer(encode_image(img, "jpeg", quality=int(quality)), np.uint8)
    return cv2.cvtColor(cv2.imdecode(data, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)


def downscale(img: np.ndarray, scale: float) -> np.ndarray:
    """Shrink (area average) then blow back up (nearest): the blocky look of a low-resolution source."""
    h, w = img.shape[:2]
    small = cv2.resize(img, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)


GAUSSIAN_BLUR = ImageTransform(
    "gaussian_blur",
    "blur_noise",
    (P("sigma", "range", (0.5, 2.0), 0.1, 10.0, 0.1),),
    sample=lambda rng, a, shape: {"sigma": uniform(rng, a["sigma"], 3)},
    apply=lambda img, s: gaussian_blur(img, s["sigma"]),
    equivalent=lambda a, p: f"A.GaussianBlur(blur_limit=0, sigma_limit={a['sigma']}, p={p})",
)

MOTION_BLUR = ImageTransform(
    "motion_blur",
    "blur_noise",
    (P("size", "int_range", (3, 11), 3, 41, 2, odd=True),),
    sample=lambda rng, a, shape: {"size": integer(rng, a["size"], odd=True), "angle": uniform(rng, (0.0, 180.0), 1)},
    apply=lambda img, s: cv2.filter2D(img, -1, motion_kernel(s["size"], s["angle"])),
    equivalent=lambda a, p: f"A.MotionBlur(blur_limit={a['size']}, p={p})",
)

MEDIAN_BLUR = ImageTransform(
    "median_blur",
    "blur_noise",
    (P("size", "int_range", (3, 5), 3, 15, 2, odd=True),),
    sample=lambda rng, a, shape: {"size": integer(rng, a["size"], odd=True)},
    apply=lambda img, s: cv2.medianBlur(img, s["size"]),
    equivalent=lambda a, p: f"A.MedianBlur(blur_limit={a['size']}, p={p})",
)

DEFOCUS = ImageTransform(
    "defocus",
    "blur_noise",
    (P("radius", "int_range", (3, 6), 1, 20, 1),),
    sample=lambda rng, a, shape: {"radius": integer(rng, a["radius"])},
    apply=lambda img, s: cv2.filter2D(img, -1, disk_kernel(s["radius"])),
    equivalent=lambda a, p: f"A.Defocus(radius={a['radius']}, alias_blur=(0.0, 0.0), p={p})",
)

GAUSSIAN_NOISE = ImageTransform(
    "gaussian_noise",
    "blur_noise",
    (P("std", "range", (0.02, 0.08), 0.0, 0.5, 0.01), P("method", "choice", "exact", choices=NOISE_METHODS)),
    sample=lambda rng, a, shape: _noise_draw(rng, a),
    apply=lambda img, s: gaussian_noise(img, s["std"], s["seed"], s.get("method", LEGACY_NOISE)),
    absent={"method": LEGACY_NOISE},  # links and files from before ``method`` existed used the table
    equivalent=lambda a, p: f"A.GaussNoise(std_range={a['std']}, p={p})",  # albumentations is exact (float normals)
)

MULTIPLICATIVE_NOISE = ImageTransform(
    "multiplicative_noise",
    "blur_noise",
    (P("multiplier", "range", (0.9, 1.1), 0.3, 2.0, 0.05),),
    sample=lambda rng, a, shape: {"low": a["multiplier"][0], "high": a["multiplier"][1], "seed": noise_seed(rng)},
    apply=lambda img, s: multiplicative_noise(img, s["low"], s["high"], s["seed"]),
    equivalent=lambda a, p: (
        f"A.MultiplicativeNoise(multiplier={a['multiplier']}, per_channel=True, elementwise=True, p={p})"
    ),
)

SALT_PEPPER = ImageTransform(
    "salt_pepper",
    "blur_noise",
    (P("amount", "range", (0.01, 0.05), 0.0, 0.5, 0.005),),
    sample=lambda rng, a, shape: {"amount": uniform(rng, a["amount"]), "seed": noise_seed(rng)},
    apply=lambda img, s: salt_and_pepper(img, s["amount"], s["seed"]),
    equivalent=lambda a, p: f"A.SaltAndPepper(amount={a['amount']}, p={p})",
)

JPEG = ImageTransform(
    "jpeg",
    "blur_noise",
    (P("quality", "int_range", (30, 90), 1, 100, 1),),
    sample=lambda rng, a, shape: {"quality": integer(rng, a["quality"])},
    apply=lambda img, s: jpeg(img, s["quality"]),
    equivalent=lambda a, p: f"A.ImageCompression(quality_range={a['quality']}, p={p})",
)

DOWNSCALE = ImageTransform(
    "downscale",
    "blur_noise",
    (P("scale", "range", (0.25, 0.5), 0.05, 0.95, 0.05),),
    sample=lambda rng, a, shape: {"scale": uniform(rng, a["scale"], 3)},
    apply=lambda img, s: downscale(img, s["scale"]),
    equivalent=lambda a, p: (
        f"A.Downscale(scale_range={a['scale']}, "
        f"interpolation_pair={{'downscale': cv2.INTER_AREA, 'upscale': cv2.INTER_NEAREST}}, p={p})"
    ),
)

TRANSFORMS: tuple[ImageTransform, ...] = (
    GAUSSIAN_BLUR,
    MOTION_BLUR,
    MEDIAN_BLUR,
    DEFOCUS,
    GAUSSIAN_NOISE,
    MULTIPLICATIVE_NOISE,
    SALT_PEPPER,
    JPEG,
    DOWNSCALE,
)
