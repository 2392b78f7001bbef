"""Toy 2-D problems of the training studio, after TensorFlow Playground's ``src/dataset.ts``.

Why our own generators rather than scikit-learn's: the anchor's sets live in
the square [-6, 6]² with a ``noise`` knob measured in the same units, and the
studio adds classes (k blobs) and regression surfaces the anchor lacks. All
randomness comes from one NumPy generator, so a seed replays a data set.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np

from playground.core.registry import Entry, Registry
from playground.core.seeding import numpy_rng

Task = Literal["classification", "regression"]
RADIUS = 6.0  # the anchor's input domain is [-6, 6] on both axes
MIN_POINTS, MAX_POINTS = 100, 2000


@dataclass(frozen=True)
class ToyData:
    """Points ``x`` [N, 2] float32 and targets ``y`` (int64 labels or float32 values)."""

    x: np.ndarray
    y: np.ndarray
    task: Task
    n_classes: int  # 1 for regression

    def __len__(self) -> int:
        return len(self.x)


@dataclass(frozen=True)
class Split:
    """Train and test parts of one data set, split once by a seeded permutation."""

    train: ToyData
    test: ToyData


Maker = Callable[[np.random.Generator, int, float, int], tuple[np.ndarray, np.ndarray]]


def _circle(rng: np.random.Generator, n: int, noise: float, _k: int) -> tuple[np.ndarray, np.ndarray]:
    # Inner disc (radius < 2.5) against an outer ring (3.5..5), as in the anchor.
    half = n // 2
    radius = np.concatenate([rng.uniform(0, RADIUS * 0.5, half), rng.uniform(RADIUS * 0.7, RADIUS, n - half)])
    angle = rng.uniform(0, 2 * np.pi, n)
    x = np.stack([radius * np.sin(angle), radius * np.cos(angle)], 1)
    y = np.concatenate([np.zeros(half), np.ones(n - half)])
    return x + rng.uniform(-RADIUS, RADIUS, (n, 2)) * noise, y


def _xor(rng: np.random.Generator, n: int, noise: float, _k: int) -> tuple[np.ndarray, np.ndarray]:
    x = rng.uniform(-5, 5, (n, 2))
    x += np.where(x > 0, 0.3, -0.3)  # the anchor's padding keeps points off the axes
    y = (x[:, 0] * x[:, 1] < 0).astype(float)
    return x + rng.uniform(-5, 5, (n, 2)) * noise, y


def _gauss(rng: np.random.Generator, n: int, noise: float, _k: int) -> tuple[np.ndarray, np.ndarray]:
    spread = 0.5 + 3.5 * noise  # the anchor maps noise 0..0.5 to variance 0.5..4
    half = n // 2
    x = np.concatenate([rng.normal(2, spread, (half, 2)), rng.normal(-2, spread, (n - half, 2))])
    return x, np.concatenate([np.zeros(half), np.ones(n - half)])


def _spiral(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    k = max(2, k)
    labels = np.arange(n) % k
    step = rng.uniform(0, 1, n)  # position along the arm
    radius = step * 5.0
    angle = 1.75 * step * 2 * np.pi + labels * 2 * np.pi / k
    x = np.stack([radius * np.sin(angle), radius * np.cos(angle)], 1)
    return x + rng.uniform(-1, 1, (n, 2)) * noise * 2.5, labels


def _moons(rng: np.random.Generator, n: int, noise: float, _k: int) -> tuple[np.ndarray, np.ndarray]:
    half = n // 2
    t = rng.uniform(0, np.pi, n)
    upper = np.stack([np.cos(t[:half]), np.sin(t[:half])], 1)
    lower = np.stack([1 - np.cos(t[half:]), 0.5 - np.sin(t[half:])], 1)
    x = (np.concatenate([upper, lower]) - [0.5, 0.25]) * 3.5
    return x + rng.normal(0, 1, (n, 2)) * noise * 2, np.concatenate([np.zeros(half), np.ones(n - half)])


def _checkerboard(rng: np.random.Generator, n: int, noise: float, _k: int) -> tuple[np.ndarray, np.ndarray]:
    x = rng.uniform(-RADIUS, RADIUS, (n, 2))
    cells = np.floor(x / 3.0).astype(int)  # 4x4 cells of width 3
    y = ((cells[:, 0] + cells[:, 1]) % 2).astype(float)
    return x + rng.normal(0, 1, (n, 2)) * noise * 2, y


def _blobs(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    k = int(np.clip(k, 2, 5))
    labels = np.arange(n) % k
    angles = 2 * np.pi * np.arange(k) / k + np.pi / 4
    centres = np.stack([np.cos(angles), np.sin(angles)], 1) * 3.5
    return centres[labels] + rng.normal(0, 0.6 + 3 * noise, (n, 2)), labels


def _plane(rng: np.random.Generator, n: int, noise: float, _k: int) -> tuple[np.ndarray, np.ndarray]:
    x = rng.uniform(-RADIUS, RADIUS, (n, 2))
    y = (x[:, 0] + x[:, 1]) / (2 * RADIUS)  # in [-1, 1]
    return x, y + rng.uniform(-1, 1, n) * noise


def _multi_gauss(rng: np.random.Generator, n: int, noise: float, _k: int) -> tuple[np.ndarray, np.ndarray]:
    x = rng.uniform(-RADIUS, RADIUS, (n, 2))
    bumps = [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]
    y = np.zeros(n)
    for cx, cy, sign in bumps:
        y += sign * np.exp(-((x[:, 0] - cx) ** 2 + (x[:, 1] - cy) ** 2) / 2.0)
    return x, np.clip(y, -1, 1) + rng.uniform(-1, 1, n) * noise


def _sine(rng: np.random.Generator, n: int, noise: float, _k: int) -> tuple[np.ndarray, np.ndarray]:
    # A 1-D problem drawn in 2-D: the target depends on x1 only.
    x = rng.uniform(-RADIUS, RADIUS, (n, 2))
    return x, np.sin(x[:, 0]) + rng.normal(0, 1, n) * noise


@dataclass(frozen=True)
class DatasetSpec(Entry):
    """One generator; ``classes`` is the class count (None = the user's choice for k-class sets)."""

    task: Task
    make: Maker
    classes: int | None = 2

    text_prefix = "train.ds"


DATASETS: Registry[DatasetSpec] = Registry(
    "data set",
    (
        DatasetSpec("circle", "classification", _circle),
        DatasetSpec("xor", "classification", _xor),
        DatasetSpec("gauss", "classification", _gauss),
        DatasetSpec("spiral", "classification", _spiral),
        DatasetSpec("moons", "classification", _moons),
        DatasetSpec("checkerboard", "classification", _checkerboard),
        DatasetSpec("blobs", "classification", _blobs, None),
        DatasetSpec("plane", "regression", _plane, 1),
        DatasetSpec("multi_gauss", "regression", _multi_gauss, 1),
        DatasetSpec("sine", "regression", _sine, 1),
    ),
)


def make_dataset(
    dataset_id: str, n_points: int, noise: float, seed: int, *, n_classes: int = 3, draw: int = 0
) -> ToyData:
    """Generate a data set; sizes and noise are clamped so a URL cannot ask for a million points."""
    spec = DATASETS.get(dataset_id, DATASETS["circle"])
    n_points = int(np.clip(n_points, MIN_POINTS, MAX_POINTS))
    noise = float(np.clip(noise, 0.0, 0.5))
    k = spec.classes if spec.classes is not None else int(np.clip(n_classes, 2, 5))
    x, y = spec.make(numpy_rng(seed, "train.data", spec.name, draw), n_points, noise, k)
    if spec.task == "classification":
        return ToyData(x.astype(np.float32), y.astype(np.int64), "classification", k)
    return ToyData(x.astype(np.float32), y.astype(np.float32), "regression", 1)


def split(data: ToyData, test_ratio: float, seed: int) -> Split:
    """Shuffle once and cut; at least one point stays on each side."""
    n = len(data)
    order = numpy_rng(seed, "train.split").permutation(n)
    n_test = int(np.clip(round(n * float(test_ratio)), 1, n - 1)) if n > 1 else 0
    test, train = order[:n_test], order[n_test:]

    def part(index: np.ndarray) -> ToyData:
        return ToyData(data.x[index], data.y[index], data.task, data.n_classes)

    return Split(part(train), part(test))


def add_points(data: ToyData, points: list[tuple[float, float, float]]) -> ToyData:
    """Append clicked points ``(x1, x2, label-or-value)``; labels may add a class."""
    if not points:
        return data
    extra = np.asarray(points, dtype=np.float64).reshape(-1, 3)
    x = np.concatenate([data.x, extra[:, :2].astype(np.float32)])
    if data.task == "classification":
        labels = extra[:, 2].astype(np.int64)
        y = np.concatenate([data.y, labels])
        return ToyData(x, y, "classification", max(data.n_classes, int(y.max()) + 1))
    return ToyData(x, np.concatenate([data.y, extra[:, 2].astype(np.float32)]), "regression", 1)
