"""The lab's data sets and test sets: training images of a chosen size, and five test sets side by side.

Why five test sets from one clean split: "augmentation makes models robust"
is a claim about data the model did not see in training. The clean test set
measures what it cost; shifted, rotated and noisy copies of the *same* test
images measure what it bought; the held-out fonts measure a real domain shift
(faces never drawn in training; for the handwritten set, printed digits).
The geometric test copies are made with the image augmentation engine's own
kernels, so "rotated" here is the very rotation the studio applies.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np

from playground.augment.image.registry import IMAGE_TRANSFORMS
from playground.core.registry import Entry, Registry
from playground.core.seeding import numpy_rng
from playground.vision.fonts import drawing, printed_digits

N_TEST = 400  # test images per test set: enough for a 5-point difference to mean something, quick to evaluate


@dataclass(frozen=True)
class DataSet(Entry):
    """A training set: the side of its square images and where they come from."""

    size: int = 28

    text_prefix = "vision.data"


DATASETS: Registry[DataSet] = Registry("vision data set", (DataSet("printed", 28), DataSet("digits", 16)))


@dataclass(frozen=True)
class TestSet(Entry):
    """One test set shown beside the others."""

    text_prefix = "vision.test"


TEST_SETS: Registry[TestSet] = Registry(
    "vision test set", (TestSet("clean"), TestSet("shifted"), TestSet("rotated"), TestSet("noisy"), TestSet("fonts"))
)


@dataclass(frozen=True)
class VisionData:
    """Training images (``[N, S, S]`` float32 in [0, 1], white on black), labels, and the test sets by name."""

    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    tests: dict[str, tuple[np.ndarray, np.ndarray]]
    available: int  # training images the data set has (the train-size knob is clamped to it)

    @property
    def size(self) -> int:
        return int(self.x_train.shape[-1])


def _handwritten(size: int) -> tuple[np.ndarray, np.ndarray]:
    """scikit-learn's bundled 8x8 digits (0..16), shown at ``size`` so a rotation keeps the strokes."""
    from sklearn.datasets import load_digits  # noqa: PLC0415 (bundled with scikit-learn, nothing downloaded)

    bunch = load_digits()
    small = (bunch.images / 16.0).astype(np.float32)
    images = np.stack([cv2.resize(im, (size, size), interpolation=cv2.INTER_LINEAR) for im in small])
    return np.clip(images, 0.0, 1.0), bunch.target.astype(np.int64)


def _to_u8(images: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(images * 255.0), 0, 255).astype(np.uint8)


def shifted(images: np.ndarray, seed: int) -> np.ndarray:
    """Each image moved 12 to 20 % of its side in a random direction (the engine's affine kernel)."""
    rng = numpy_rng(seed, "vision-test-shift")
    out = []
    for image in _to_u8(images):
        angle, distance = rng.uniform(0, 2 * np.pi), rng.uniform(0.12, 0.2)
        sampled = {"scale": 1.0, "tx": distance * np.cos(angle), "ty": distance * np.sin(angle), "shear": 0.0,
                   "border": "constant"}  # fmt: skip
        out.append(IMAGE_TRANSFORMS["affine"].apply(image, sampled))
    return np.stack(out).astype(np.float32) / 255.0


def rotated(images: np.ndarray, seed: int) -> np.ndarray:
    """Each image turned 15 to 35 degrees either way (the engine's rotate kernel)."""
    rng = numpy_rng(seed, "vision-test-rotate")
    out = []
    for image in _to_u8(images):
        angle = float(rng.uniform(15, 35) * rng.choice([-1, 1]))
        out.append(IMAGE_TRANSFORMS["rotate"].apply(image, {"angle": angle, "border": "constant"}))
    return np.stack(out).astype(np.float32) / 255.0


def noisy(images: np.ndarray, seed: int, std: float = 0.2) -> np.ndarray:
    """Gaussian pixel noise (std 0.2 of full scale), clipped to [0, 1]."""
    rng = numpy_rng(seed, "vision-test-noise")
    return np.clip(images + rng.normal(0.0, std, images.shape), 0.0, 1.0).astype(np.float32)


def _subset(x: np.ndarray, y: np.ndarray, n: int, seed: int, stream: str) -> tuple[np.ndarray, np.ndarray]:
    order = numpy_rng(seed, stream).permutation(len(x))[:n]
    return x[order], y[order]


Pool = tuple[np.ndarray, np.ndarray, dict[str, tuple[np.ndarray, np.ndarray]]]
_POOLS: OrderedDict[tuple[str, int], Pool] = OrderedDict()
MAX_POOLS = 4  # (data set, seed) pools kept per process: ~15 MB each


def preparing(name: str, seed: int) -> Iterator[None]:
    """Make the training candidates and the five test sets of one data set and seed in short steps, then keep them.

    A ``yield`` between steps (a font drawn, a test set made) lets the trainer
    job prepare its data inside a shared worker without stalling it.
    """
    key = (DATASETS.require(name).name, int(seed))
    if key in _POOLS:
        return
    size = DATASETS[name].size
    yield from drawing(seed, held_out=False)
    yield from drawing(seed, held_out=True)
    px, py, _ = printed_digits(seed, held_out=False)
    if name == "printed":
        x, y = px, py
        other_x, other_y, _ = printed_digits(seed, held_out=True)
    else:
        x, y = _handwritten(size)
        # printed digits are a domain shift for handwriting
        other_x = np.stack([cv2.resize(im, (size, size), interpolation=cv2.INTER_AREA) for im in px[::5]])
        other_y = py[::5]
    yield
    order = numpy_rng(seed, "vision-split", name).permutation(len(x))
    test, train = order[:N_TEST], order[N_TEST:]
    clean = (x[test], y[test])
    tests = {"clean": clean, "shifted": (shifted(clean[0], seed), clean[1])}
    yield
    tests["rotated"] = (rotated(clean[0], seed), clean[1])
    tests["noisy"] = (noisy(clean[0], seed), clean[1])
    tests["fonts"] = _subset(other_x, other_y, N_TEST, seed, "vision-fonts")
    arrays = [x[train], y[train], *(a for pair in tests.values() for a in pair)]
    for array in arrays:
        array.setflags(write=False)
    _POOLS[key] = (arrays[0], arrays[1], tests)
    while len(_POOLS) > MAX_POOLS:
        _POOLS.popitem(last=False)


def _pool(name: str, seed: int) -> Pool:
    for _ in preparing(name, seed):
        pass
    return _POOLS[(name, int(seed))]


def load(name: str, seed: int, train_size: int) -> VisionData:
    """The data set ``name`` for ``seed`` with the first ``train_size`` training images (same seed: same images).

    The training images are a seeded shuffle, so a bigger size adds images
    and keeps the smaller set's ones: two sizes differ only in quantity.
    """
    DATASETS.require(name)
    x, y, tests = _pool(name, int(seed))
    n = int(min(max(train_size, 10), len(x)))
    return VisionData(name, x[:n], y[:n], tests, len(x))
