"""2-D loss surfaces for the optimizer race, as torch functions of ``(x, y)`` with their known minima.

Why these six: each shows one way optimization goes wrong. The bowl is
ill-conditioned (SGD zig-zags across the narrow axis), Rosenbrock's valley is
curved and flat along its floor, Beale has steep walls and flat plateaus,
Himmelblau has four equal minima (the start decides which one you reach),
the saddle has zero gradient at its centre (which optimizers escape?), and
Rastrigin is a field of local minima. ``lr`` suggestions keep every default
run on the plot, so the first race a student sees is informative.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import torch

from playground.core.params import Param
from playground.core.registry import Entry, Registry

SurfaceFn = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


@dataclass(frozen=True)
class Surface(Entry):
    """A 2-D test function: formula, minima, plot window, start and suggested learning rates.

    Its ``params`` are the start's two coordinates: their bounds are the plot
    window and their defaults the suggested start, so a link's ``x0=9`` is
    clamped to *this* surface's window by the one rule, ``Param.clean``.
    """

    f: SurfaceFn
    formula: str
    minima: tuple[tuple[float, float], ...]
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    start: tuple[float, float]
    lrs: dict[str, float]  # suggested lr per optimizer id (others use the registry default)
    log_contours: bool = False  # colour by log(f − f*) where the range spans decades

    text_prefix = "opt.surface"

    @property
    def params(self) -> tuple[Param, ...]:  # type: ignore[override]  (derived from the window, not declared)
        return (
            Param("x0", "float", self.start[0], *self.x_range, step=0.01, label_key="opt.race.start_x"),
            Param("y0", "float", self.start[1], *self.y_range, step=0.01, label_key="opt.race.start_y"),
        )

    def value(self, x: float, y: float) -> float:
        return float(self.f(torch.tensor(x, dtype=torch.float64), torch.tensor(y, dtype=torch.float64)))

    @property
    def minimum_value(self) -> float:
        return min(self.value(x, y) for x, y in self.minima)

    def grid(self, points: int = 120) -> tuple[list[float], list[float], list[list[float]]]:
        """``xs``, ``ys`` and ``z[row=y][col=x]`` for a contour plot."""
        xs = torch.linspace(*self.x_range, points, dtype=torch.float64)
        ys = torch.linspace(*self.y_range, points, dtype=torch.float64)
        grid_y, grid_x = torch.meshgrid(ys, xs, indexing="ij")
        return xs.tolist(), ys.tolist(), self.f(grid_x, grid_y).tolist()

    def nearest_minimum_distance(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        """Euclidean distance from each point to the closest known minimum."""
        distances = [torch.hypot(x - mx, y - my) for mx, my in self.minima]
        return torch.stack(distances).min(dim=0).values


def _rastrigin(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return 20 + x**2 - 10 * torch.cos(2 * math.pi * x) + y**2 - 10 * torch.cos(2 * math.pi * y)


def _beale(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y**2) ** 2 + (2.625 - x + x * y**3) ** 2


_ADAPTIVE = ("adagrad", "rmsprop", "adam", "adamw", "nadam", "radam")


def _lrs(sgd: float, momentum: float, adaptive: float, **overrides: float) -> dict[str, float]:
    """Suggested learning rates: one per family, then per-optimizer exceptions.

    RAdam gets its own because its first few steps are un-normalised momentum
    SGD (the variance rectification is off while ``ρ_t ≤ 5``): with an Adam-sized
    lr it leaves steep surfaces at step 3.
    """
    lrs = {"sgd": sgd, "momentum": momentum, "nesterov": momentum, "adadelta": 1.0, "lbfgs": 1.0}
    lrs.update({name: adaptive for name in _ADAPTIVE})
    lrs.update(overrides)
    return lrs


SURFACES: Registry[Surface] = Registry(
    "surface",
    (
        Surface(
            "bowl", lambda x, y: 0.5 * x**2 + 5 * y**2, r"f(x, y) = \tfrac12 x^2 + 5y^2",
            ((0.0, 0.0),), (-6.0, 6.0), (-3.0, 3.0), (-5.0, 2.0), _lrs(0.18, 0.03, 0.3, adagrad=1.0),
        ),
        Surface(
            "rosenbrock", lambda x, y: (1 - x) ** 2 + 100 * (y - x**2) ** 2,
            r"f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2",
            ((1.0, 1.0),), (-2.0, 2.0), (-1.0, 3.0), (-1.5, 2.5),
            _lrs(0.002, 0.001, 0.2, adagrad=0.1, rmsprop=0.01, radam=0.003, nesterov=0.001), True,
        ),
        Surface(
            "beale", _beale,
            r"f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2",
            ((3.0, 0.5),), (-4.5, 4.5), (-4.5, 4.5), (1.0, 1.5),
            _lrs(0.02, 0.002, 0.2, adagrad=1.0, rmsprop=0.1, radam=0.003, adadelta=5.0), True,
        ),
        Surface(
            "himmelblau", lambda x, y: (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2,
            r"f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2",
            ((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)),
            (-5.0, 5.0), (-5.0, 5.0), (-0.5, 0.5), _lrs(0.01, 0.003, 0.1, adagrad=1.0, adadelta=5.0), True,
        ),
        Surface(
            "saddle", lambda x, y: 0.5 * x**2 + 0.25 * y**4 - 0.5 * y**2,
            r"f(x, y) = \tfrac12 x^2 + \tfrac14 y^4 - \tfrac12 y^2",
            ((0.0, 1.0), (0.0, -1.0)), (-2.5, 2.5), (-2.0, 2.0), (-2.0, 0.01),
            _lrs(0.1, 0.05, 0.1, adagrad=0.5),
        ),
        Surface(
            "rastrigin", _rastrigin, r"f(x, y) = 20 + \sum_{v \in \{x, y\}} \big(v^2 - 10\cos 2\pi v\big)",
            ((0.0, 0.0),), (-5.12, 5.12), (-5.12, 5.12), (3.3, 2.4),
            _lrs(0.002, 0.002, 0.1, adagrad=1.0, radam=0.01),
        ),
    ),
)  # fmt: skip
