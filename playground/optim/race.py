"""The optimizer race: real ``torch.optim`` optimizers descending a 2-D surface from one start.

Each optimizer gets its own ``Parameter([x, y])`` (float64) and its own
hyperparameters, and takes ``steps`` updates through ``optimizer_step`` (the
same helper the training studio uses). We record, per step, the position, the
loss, the distance to the nearest minimum and the optimizer's own memory read
from ``optimizer.state`` (momentum buffer, Adam's first and second moments),
so the page can draw them as arrows. A run that leaves the plot by more than
``BLOW_UP`` or turns NaN is frozen where it last was finite and reported.
Every path has exactly ``steps + 1`` points (the start, then one per step),
so animation frames line up across optimizers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import torch

from playground.nn.optimizers import OPTIMIZERS, optimizer_step
from playground.optim.surfaces import SURFACES

BLOW_UP = 1e4
MAX_STEPS = 500
# optimizer.state entries worth drawing: a direction (a vector) per optimizer family
STATE_VECTORS = ("momentum_buffer", "exp_avg", "exp_avg_sq", "square_avg", "sum", "acc_delta")


@dataclass(frozen=True)
class Entry:
    """One racer: an optimizer id and its hyperparameter values (hashable, so runs can be cached)."""

    optimizer_id: str
    values: tuple[tuple[str, float], ...] = ()

    def as_dict(self) -> dict[str, float]:
        return dict(self.values)


@dataclass
class RacePath:
    """Where one optimizer went: ``steps + 1`` positions with losses, distances and state vectors."""

    optimizer_id: str
    xs: np.ndarray
    ys: np.ndarray
    losses: np.ndarray  # NaN after a divergence
    distances: np.ndarray
    diverged_at: int | None = None  # the step at which it blew up
    state: dict[str, np.ndarray] = field(default_factory=dict)  # name -> (steps + 1, 2), NaN where absent

    @property
    def final_loss(self) -> float:
        finite = self.losses[np.isfinite(self.losses)]
        return float(finite[-1]) if finite.size else math.nan


def run_one(surface_id: str, start: tuple[float, float], steps: int, entry: Entry) -> RacePath:
    """Race one optimizer; never raises on divergence, never runs more than ``MAX_STEPS``."""
    surface = SURFACES[surface_id]
    spec = OPTIMIZERS[entry.optimizer_id]
    steps = max(1, min(int(steps), MAX_STEPS))
    weights = torch.nn.Parameter(torch.tensor(start, dtype=torch.float64))
    optimizer = spec.build([weights], entry.as_dict())
    positions = np.full((steps + 1, 2), np.nan)
    losses = np.full(steps + 1, np.nan)
    state = {name: np.full((steps + 1, 2), np.nan) for name in STATE_VECTORS}
    positions[0] = start
    losses[0] = surface.value(*start)
    diverged_at = None
    for step in range(1, steps + 1):
        if diverged_at is None:
            optimizer_step(spec, optimizer, lambda: surface.f(weights[0], weights[1]))
            point = weights.detach()
            if not torch.isfinite(point).all() or point.abs().max() > BLOW_UP:
                diverged_at = step
        if diverged_at is not None:
            positions[step] = positions[step - 1]
            continue
        positions[step] = point.numpy()
        losses[step] = float(surface.f(point[0], point[1]))
        for name, value in optimizer.state[weights].items():
            if name in state and torch.is_tensor(value) and value.numel() == 2:
                state[name][step] = value.detach().numpy()
    xs, ys = torch.from_numpy(positions[:, 0]), torch.from_numpy(positions[:, 1])
    distances = surface.nearest_minimum_distance(xs, ys).numpy()
    kept = {name: values for name, values in state.items() if np.isfinite(values).any()}
    return RacePath(entry.optimizer_id, positions[:, 0], positions[:, 1], losses, distances, diverged_at, kept)


def run_race(surface_id: str, start: tuple[float, float], steps: int, entries: list[Entry]) -> list[RacePath]:
    """Every entry from the same start for the same number of steps, in the order given."""
    return [run_one(surface_id, start, steps, entry) for entry in entries]


def default_entry(optimizer_id: str, surface_id: str) -> Entry:
    """The registry defaults with the surface's suggested learning rate."""
    values = dict(OPTIMIZERS[optimizer_id].defaults())
    suggested = SURFACES[surface_id].lrs.get(optimizer_id)
    if suggested is not None:
        values["lr"] = suggested
    return Entry(optimizer_id, tuple(sorted((k, float(v)) for k, v in values.items())))
