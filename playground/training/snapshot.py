"""What the page sees of a running trainer: counters, history, and probes of the model.

Why a plain dataclass of NumPy arrays: it crosses a process boundary (pickled
through a queue ten times a second), so it holds no tensors and nothing that
grows without bound: the history is thinned to at most ``MAX_POINTS`` rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn

from playground.training.model import Hidden, linear_layers
from playground.training.runner.protocol import TrainerStatus, check_status

MAX_POINTS = 1000  # curve points sent to the browser
BOUNDARY_SIDE = 100  # the anchor's 100x100 decision boundary
NEURON_SIDE = 24  # thumbnail resolution of each neuron's output map
MAX_DRAWN_NEURONS = 8  # per layer; wider layers are drawn as 8 plus a count
HISTORY_FIELDS = ("epoch", "step", "train_loss", "test_loss", "train_acc", "test_acc", "lr", "seconds")


@dataclass
class Snapshot:
    session_id: str
    status: TrainerStatus  # checked: a snapshot with an unknown status cannot be made
    epoch: int
    step: int
    steps_per_second: float
    history: dict[str, np.ndarray]  # HISTORY_FIELDS → 1-D arrays, thinned
    task: str
    n_classes: int
    extent: float
    boundary: np.ndarray | None = None  # [S, S, C] probabilities or [S, S] values (regression)
    neuron_maps: list[np.ndarray] = field(default_factory=list)  # per layer [n, s, s] in [-1, 1], layer 0 = inputs
    layer_widths: list[int] = field(default_factory=list)  # true widths, inputs first, output last
    weights: list[np.ndarray] = field(default_factory=list)  # per Linear [out, in], cropped to drawn neurons
    weight_norms: list[float] = field(default_factory=list)
    grad_norms: list[float] = field(default_factory=list)
    confusion: np.ndarray | None = None  # [C, C] test counts, rows = truth
    lr: float = 0.0
    n_params: int = 0
    state_dict: bytes | None = None
    message: str = ""  # an i18n key when something went wrong (diverged, crashed)
    request_id: int = 0  # which snapshot request this answers
    model: dict | None = None  # the whole model for a browser to evaluate (playground.training.live_model)

    def __post_init__(self) -> None:
        check_status(self.status)

    @property
    def last(self) -> dict[str, float]:
        """The latest history row, NaN-filled before the first epoch."""
        return {k: float(v[-1]) if len(v) else float("nan") for k, v in self.history.items()}


def lost_snapshot(session_id: str, status: TrainerStatus, message: str) -> Snapshot:
    """What a backend returns for a trainer that no longer exists (its worker died, or it was freed)."""
    empty = {name: np.zeros(0) for name in HISTORY_FIELDS}  # every field: a page reads any of them
    return Snapshot(session_id, status, 0, 0, 0.0, empty, "classification", 2, 6.0, message=message)


def thin(history: dict[str, list[float]], limit: int = MAX_POINTS) -> dict[str, np.ndarray]:
    """Every k-th row (always the last) so a curve never sends more than ``limit`` points."""
    n = len(history["epoch"])
    if n <= limit:
        index = np.arange(n)
    else:
        index = np.unique(np.append(np.linspace(0, n - 1, limit - 1).round().astype(int), n - 1))
    return {key: np.asarray(values, dtype=np.float64)[index] for key, values in history.items()}


def grid(extent: float, side: int) -> torch.Tensor:
    """``side²`` points covering [-extent, extent]², row 0 at the top (largest x2), like an image."""
    axis = torch.linspace(-extent, extent, side)
    x2, x1 = torch.meshgrid(axis.flip(0), axis, indexing="ij")
    return torch.stack([x1.reshape(-1), x2.reshape(-1)], 1)


@torch.no_grad()
def probe(model: nn.Sequential, task: str, extent: float, device: torch.device) -> dict[str, object]:
    """Boundary (or surface) on a 100×100 grid and each neuron's output on a coarse grid."""
    points = grid(extent, BOUNDARY_SIDE).to(device)
    out = model(points)
    if task == "classification":
        boundary = torch.softmax(out, 1).reshape(BOUNDARY_SIDE, BOUNDARY_SIDE, -1)
    else:
        boundary = out[:, 0].reshape(BOUNDARY_SIDE, BOUNDARY_SIDE)
    coarse = grid(extent, NEURON_SIDE).to(device)
    maps: list[np.ndarray] = []
    widths: list[int] = []
    h = coarse
    for module in model:
        h = module(h)
        if isinstance(module, Hidden) or module is model[0]:
            widths.append(h.shape[1])
            shown = h[:, :MAX_DRAWN_NEURONS].T.reshape(-1, NEURON_SIDE, NEURON_SIDE)
            scale = shown.abs().amax(dim=(1, 2), keepdim=True).clamp_min(1e-6)
            maps.append((shown / scale).cpu().numpy().astype(np.float16))
    widths.append(out.shape[1])
    return {"boundary": boundary.cpu().numpy().astype(np.float16), "neuron_maps": maps, "layer_widths": widths}


def layer_norms(model: nn.Sequential) -> tuple[list[float], list[float], list[np.ndarray]]:
    """Per weight matrix: its norm, its last gradient's norm, and the drawn part of it."""
    weight_norms, grad_norms, weights = [], [], []
    for layer in linear_layers(model):
        w = layer.weight.detach()
        weight_norms.append(float(w.norm()))
        grad_norms.append(float(layer.weight.grad.norm()) if layer.weight.grad is not None else 0.0)
        weights.append(w[:MAX_DRAWN_NEURONS, :MAX_DRAWN_NEURONS].cpu().numpy().astype(np.float32))
    return weight_norms, grad_norms, weights


def confusion(logits: torch.Tensor, labels: torch.Tensor, n_classes: int) -> np.ndarray:
    """Counts of (true class, predicted class) pairs."""
    predicted = logits.argmax(1)
    index = labels.long() * n_classes + predicted
    return torch.bincount(index, minlength=n_classes * n_classes).reshape(n_classes, n_classes).cpu().numpy()
