"""Training-time augmentation of digit batches with the image augmentation studio's engine.

Why the studio's engine and not a few lines of OpenCV here: the lab is where a
student checks whether the pipeline they built in the studio helps a model, so
it must be that very pipeline, drawn by the same code with the same seeds
(``playground.augment.image.pipeline.run_draw``). What is the lab's own is only
the bridge: gray [0, 1] digits become RGB uint8 images for the engine and come
back as gray at the model's size (a crop, pad or resize in the pipeline is
undone by resizing), and each image is augmented with probability ``p``.
"""

from __future__ import annotations

import cv2
import numpy as np

from playground.augment.image.pipeline import Pipeline, run_draw
from playground.core.seeding import derive_seed, numpy_rng

# The lab's own short pipeline, editable in place: moves, turns and a little noise, as digits meet them.
# Milder than it could be on purpose: with +-30 degrees and 20 % shifts the augmented run stayed underfit
# (training loss ~1.0 after 15 epochs) and lost 6 points on clean handwritten digits; these settings cost
# at most 2 points on clean data and gained 15 to 39 on rotated and shifted digits (seed 42, see the benchmark).
DEFAULT_PIPELINE = Pipeline((
    Pipeline.step("rotate", p=0.8, limit=(-25.0, 25.0)),
    Pipeline.step("affine", p=0.8, scale=(0.9, 1.1), translate=(-0.15, 0.15), shear=(-8.0, 8.0)),
    Pipeline.step("gaussian_noise", p=0.3),
))  # fmt: skip
# Transforms offered in the lab's editor: the ones that make sense for gray digits (no colour, no flips).
EDITABLE = ("rotate", "affine", "perspective", "elastic", "random_crop", "gaussian_blur", "gaussian_noise",
            "salt_pepper", "brightness_contrast", "coarse_dropout", "random_erasing", "hflip")  # fmt: skip


def augment_image(steps: tuple, image: np.ndarray, seed: int, index: int) -> np.ndarray:
    """One gray [0, 1] ``S`` x ``S`` image through the prepared pipeline: draw ``index`` of ``seed``, back at ``S``."""
    size = image.shape[-1]
    rgb = np.repeat(np.clip(np.rint(image * 255.0), 0, 255).astype(np.uint8)[:, :, None], 3, axis=2)
    out = run_draw(steps, rgb, seed, index).image
    gray = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY) if out.ndim == 3 else out
    if gray.shape != (size, size):
        gray = cv2.resize(gray, (size, size), interpolation=cv2.INTER_AREA)
    return gray.astype(np.float32) / 255.0


def augment_batch(
    steps: tuple, images: np.ndarray, indices: np.ndarray, *, seed: int, epoch: int, p: float
) -> np.ndarray:
    """A batch where each image is augmented with probability ``p`` (draws fixed by seed, epoch and image index).

    The same image gets a different draw each epoch and the same draw on a
    rerun with the same seed: two students with one seed see the same run.
    """
    if not steps or p <= 0:
        return images
    out = np.array(images, dtype=np.float32, copy=True)
    coins = numpy_rng(seed, "vision-aug-coin", epoch).random(int(indices.max()) + 1 if len(indices) else 0)
    draw_seed = derive_seed(seed, "vision-aug", epoch) % 2**31
    for row, index in enumerate(indices):
        if coins[int(index)] < p:
            out[row] = augment_image(steps, images[row], draw_seed, int(index))
    return out


def preview(pipeline: Pipeline, images: np.ndarray, seed: int, n: int = 8) -> np.ndarray:
    """``n`` augmented copies of each given image (``[len(images), n, S, S]``), for the page's preview strip."""
    steps = pipeline.prepare()
    return np.stack([
        np.stack([augment_image(steps, image, derive_seed(seed, "vision-preview") % 2**31, i * 101 + j)
                  for j in range(n)])
        for i, image in enumerate(images)
    ])  # fmt: skip
