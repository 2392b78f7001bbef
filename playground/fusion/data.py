"""The studio's problems: the training studio's 2-D sets and scikit-learn's digits, split three ways.

Why three parts: members train on *train*; the weighted vote reads member
accuracies on *validation*; every number the page compares is measured on
*test*, which no member, weight or meta-learner has seen. Features are
standardised with the training part's statistics.

Digits have 64 features, so their decision regions are drawn on the plane of
the first two principal components: a grid point of that plane is mapped back
to 64 pixels (``PCA.inverse_transform``) and the members classify that image.
The page says so; the regions are a slice of a 64-D picture, not all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from playground.core.registry import Entry, Registry
from playground.core.seeding import numpy_rng
from playground.training.toy_data import RADIUS, make_dataset

GRID = 48  # decision-region resolution: 48² points per member is cheap to send ten times a second
VAL_SHARE, TEST_SHARE = 0.2, 0.3


@dataclass(frozen=True)
class FusionData(Entry):
    """A problem: ``toy`` names the training studio's generator (``""`` for digits)."""

    toy: str = ""
    fixed_classes: int | None = 2
    text_prefix = "fusion.ds"


DATASETS: Registry[FusionData] = Registry(
    "fusion data set",
    (
        FusionData("moons", "moons"),
        FusionData("circle", "circle"),
        FusionData("spiral", "spiral"),
        FusionData("blobs", "blobs", None),
        FusionData("xor", "xor"),
        FusionData("gauss", "gauss"),
        FusionData("digits", "", 10),
    ),
)


@dataclass(frozen=True)
class Problem:
    """Standardised train / validation / test arrays, a grid for the regions, and the points to draw."""

    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    n_classes: int
    grid: np.ndarray  # [GRID², d] standardised inputs whose predictions colour the region picture
    extent: tuple[float, float, float, float]  # x0, x1, y0, y1 of the plane the grid spans
    test_2d: np.ndarray  # [N_test, 2] test points in that plane
    projected: bool  # True for digits: the plane is a PCA projection
    mean: np.ndarray  # the training part's feature means and scales: members see (x - mean) / std
    std: np.ndarray

    @property
    def n_features(self) -> int:
        return int(self.x_train.shape[1])


@lru_cache(maxsize=1)
def _digits() -> tuple[np.ndarray, np.ndarray]:
    from sklearn.datasets import load_digits  # noqa: PLC0415 (bundled with scikit-learn, read once)

    data = load_digits()
    return data.data.astype(np.float32), data.target.astype(np.int64)


def _three_way(n: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    order = numpy_rng(seed, "fusion.split").permutation(n)
    n_test, n_val = max(1, round(n * TEST_SHARE)), max(1, round(n * VAL_SHARE))
    return order[n_test + n_val :], order[n_test : n_test + n_val], order[:n_test]


def make_problem(
    name: str, *, n_points: int = 600, noise: float = 0.3, seed: int = 42, n_classes: int = 3, draw: int = 0
) -> Problem:
    """The problem ``name`` (clamped like the training studio's sets), split and standardised from ``seed``."""
    spec = DATASETS.require(name)
    if spec.toy:
        toy = make_dataset(spec.toy, n_points, noise, seed, n_classes=n_classes, draw=draw)
        x, y, classes = toy.x.astype(np.float32), toy.y, toy.n_classes
    else:
        x, y = _digits()
        classes = 10
    train, val, test = _three_way(len(x), seed)
    mean = x[train].mean(0)
    std = np.maximum(x[train].std(0), 1e-3 if spec.toy else 1.0)  # constant pixels stay 0, not ÷0

    def norm(a: np.ndarray) -> np.ndarray:
        return ((a - mean) / std).astype(np.float32)

    if spec.toy:
        extent = (-RADIUS, RADIUS, -RADIUS, RADIUS)
        u = np.linspace(extent[0], extent[1], GRID, dtype=np.float32)
        gx, gy = np.meshgrid(u, u[::-1])  # row 0 at the top
        grid = norm(np.stack([gx.ravel(), gy.ravel()], 1))
        test_2d = x[test]
    else:
        from sklearn.decomposition import PCA  # noqa: PLC0415

        pca = PCA(2, random_state=0).fit(norm(x[train]))
        plane = pca.transform(norm(x))
        low, high = plane[train].min(0) - 0.5, plane[train].max(0) + 0.5
        extent = (float(low[0]), float(high[0]), float(low[1]), float(high[1]))
        gx, gy = np.meshgrid(np.linspace(low[0], high[0], GRID), np.linspace(high[1], low[1], GRID))
        grid = pca.inverse_transform(np.stack([gx.ravel(), gy.ravel()], 1)).astype(np.float32)
        test_2d = plane[test].astype(np.float32)
    return Problem(name, norm(x[train]), y[train], norm(x[val]), y[val], norm(x[test]), y[test], classes,
                   grid, extent, test_2d, not spec.toy, mean, std)  # fmt: skip
