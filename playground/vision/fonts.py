"""Printed digits drawn with OpenCV's Hershey fonts: several faces, weights and scales, with a little jitter.

Why generated and not downloaded: the lab must work offline on a classroom
server, and a printed-digit set made from a seed is the same for every student
of a class (and for a test). Some faces are held out of training, so the
"held-out fonts" test set measures a real domain shift.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np

from playground.core.registry import Entry, Registry
from playground.core.seeding import numpy_rng

SIZE = 28  # MNIST's size: what the seed's Keras code declares (input_shape=(28, 28, 1))
CANVAS = 84  # drawn 3x larger, then shrunk with area averaging: smooth strokes like a scanned digit
PER_DIGIT_TRAIN = 40  # images per (training font, digit): 7 faces x 10 digits x 40 = 2,800
PER_DIGIT_HELD_OUT = 20  # images per (held-out font, digit): 3 x 10 x 20 = 600


@dataclass(frozen=True)
class Font(Entry):
    """One Hershey face (an OpenCV constant, maybe italic) and whether it is kept out of training."""

    face: int = cv2.FONT_HERSHEY_SIMPLEX
    italic: bool = False
    held_out: bool = False

    text_prefix = "vision.font"

    @property
    def cv_font(self) -> int:
        return self.face | (cv2.FONT_ITALIC if self.italic else 0)


FONTS: Registry[Font] = Registry(
    "font",
    (
        Font("simplex", cv2.FONT_HERSHEY_SIMPLEX),
        Font("plain", cv2.FONT_HERSHEY_PLAIN),
        Font("duplex", cv2.FONT_HERSHEY_DUPLEX),
        Font("complex", cv2.FONT_HERSHEY_COMPLEX),
        Font("triplex", cv2.FONT_HERSHEY_TRIPLEX),
        Font("complex_small", cv2.FONT_HERSHEY_COMPLEX_SMALL),
        Font("simplex_italic", cv2.FONT_HERSHEY_SIMPLEX, italic=True),
        Font("script_simplex", cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, held_out=True),
        Font("script_complex", cv2.FONT_HERSHEY_SCRIPT_COMPLEX, held_out=True),
        Font("complex_italic", cv2.FONT_HERSHEY_COMPLEX, italic=True, held_out=True),
    ),
)


def render_digit(font: Font, digit: int, rng: np.random.Generator, size: int = SIZE) -> np.ndarray:
    """One digit, white on black, float32 in [0, 1], ``size`` x ``size``: random weight, scale and a small affine."""
    canvas = np.zeros((CANVAS, CANVAS), np.uint8)
    thickness = int(rng.integers(3, 9))
    text = str(int(digit))
    (w, h), _ = cv2.getTextSize(text, font.cv_font, 1.0, thickness)
    scale = float(rng.uniform(0.62, 0.74)) * CANVAS / max(h, 1)  # digit ~ 70 % of the canvas high, like MNIST
    (w, h), _ = cv2.getTextSize(text, font.cv_font, scale, thickness)
    origin = ((CANVAS - w) // 2, (CANVAS + h) // 2)
    cv2.putText(canvas, text, origin, font.cv_font, scale, 255, thickness, cv2.LINE_AA)
    ys, xs = np.nonzero(canvas)
    if len(xs):  # centre the ink (fonts put digits at different heights), then jitter a little
        canvas = np.roll(canvas, (CANVAS // 2 - (ys.min() + ys.max()) // 2, CANVAS // 2 - (xs.min() + xs.max()) // 2),
                         axis=(0, 1))  # fmt: skip
    angle, zoom = float(rng.uniform(-6, 6)), float(rng.uniform(0.9, 1.05))
    matrix = cv2.getRotationMatrix2D(((CANVAS - 1) / 2, (CANVAS - 1) / 2), angle, zoom)
    matrix[:, 2] += rng.uniform(-3, 3, size=2)
    canvas = cv2.warpAffine(canvas, matrix, (CANVAS, CANVAS), flags=cv2.INTER_LINEAR)
    small = cv2.resize(canvas, (size, size), interpolation=cv2.INTER_AREA)
    return small.astype(np.float32) / 255.0


def render_font(font: Font, per_digit: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``per_digit`` images of each digit in one font (``[N, 28, 28]`` float32, labels int64), from ``seed``."""
    rng = numpy_rng(seed, "vision-font", font.name)
    labels = np.repeat(np.arange(10, dtype=np.int64), per_digit)
    images = np.stack([render_digit(font, int(d), rng) for d in labels])
    return images, labels


_DRAWN: OrderedDict[tuple[int, bool], tuple[np.ndarray, np.ndarray, np.ndarray]] = OrderedDict()
MAX_DRAWN = 4  # (seed, held-out) sets kept per process: ~3 MB each


def drawing(seed: int, held_out: bool) -> Iterator[None]:
    """Draw one set a font at a time (a ``yield`` after each font), then keep it; a kept set yields nothing.

    Why in steps: the trainer job draws the digits inside a worker shared by
    other students, and each step (~0.2 s) must end before the next slice of
    someone else's training.
    """
    key = (int(seed), bool(held_out))
    if key in _DRAWN:
        return
    fonts = [f for f in FONTS.values() if f.held_out == held_out]
    per_digit = PER_DIGIT_HELD_OUT if held_out else PER_DIGIT_TRAIN
    parts = []
    for font in fonts:
        parts.append(render_font(font, per_digit, int(seed)))
        yield
    images = np.concatenate([p[0] for p in parts])
    labels = np.concatenate([p[1] for p in parts])
    font_index = np.repeat(np.array([FONTS.names().index(f.name) for f in fonts]), per_digit * 10)
    for array in (images, labels, font_index):
        array.setflags(write=False)
    _DRAWN[key] = (images, labels, font_index)
    while len(_DRAWN) > MAX_DRAWN:
        _DRAWN.popitem(last=False)


def printed_digits(seed: int, held_out: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The training fonts' (or the held-out fonts') digits for ``seed``: images, labels, font index per image.

    Kept per seed (read-only arrays): a class on one seed pays the ~1.5 s of
    drawing once per process.
    """
    for _ in drawing(seed, held_out):
        pass
    return _DRAWN[(int(seed), bool(held_out))]


def forget_drawn() -> None:
    """Drop every kept set (tests draw again to check that drawing is deterministic)."""
    _DRAWN.clear()
