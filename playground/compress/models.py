"""Built-in tasks and models for the compression studio, trained in a few seconds on one core.

Why these: scikit-learn ships the 8x8 digits (a real, small image data set) and the two
moons (a 2-D toy whose decision boundary can be drawn) inside its wheel, so nothing is
downloaded. Models are plain ``nn.Sequential`` stacks taking flat 2-D inputs, which is
what eager-mode quantization, layer fusion and channel pruning can walk without tracing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from sklearn.datasets import load_digits, make_moons
from sklearn.model_selection import train_test_split
from torch import nn

from playground.core.errors import InputError
from playground.core.seeding import derive_seed, seeded_torch_init, torch_generator

Progress = Callable[[float], None]

TASKS = ("digits", "moons")
ARCHITECTURES = ("mlp", "cnn")
CNN_MAX_WIDTH = 256  # 32/64 channels: ~0.6 s an epoch on one busy core; 64/128 took 2.4 s
BENCHMARK_HIDDEN = 512  # 64-512-512-10: 301,066 parameters, the issue's ~300k benchmark MLP
# The built-in models the studio offers, by the name its picker (and its i18n keys) use: (task, architecture).
BUILTINS: dict[str, tuple[str, str]] = {"digits_mlp": ("digits", "mlp"), "digits_cnn": ("digits", "cnn"),
                                        "moons_mlp": ("moons", "mlp")}  # fmt: skip


@dataclass(frozen=True)
class Task:
    """Data of one classification/regression problem, split once.

    ``x_calib``/``y_calib`` feed calibration and fine-tuning; ``x_test``/``y_test`` are
    only ever used to measure, so a method never tunes on what it is judged on.
    """

    name: str
    x_calib: np.ndarray  # float32 (n, features)
    y_calib: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    kind: str = "classification"  # or "regression"
    n_classes: int = 0

    @property
    def n_features(self) -> int:
        return int(self.x_test.shape[1])

    @property
    def is_2d(self) -> bool:
        return self.n_features == 2


@dataclass(frozen=True)
class BuiltinSpec:
    """A built-in model: which task, which architecture, how wide, how long to train."""

    task: str = "digits"
    arch: str = "mlp"
    hidden: int = 128  # width of MLP hidden layers / CNN first conv channels x8
    epochs: int = 12  # enough for ~97% on digits; a few seconds on one core
    lr: float = 3e-3

    def key(self) -> str:
        return f"{self.task}-{self.arch}-h{self.hidden}-e{self.epochs}-lr{self.lr}"


def load_task(name: str, seed: int) -> Task:
    """The digits (pixels scaled to [0, 1]) or 600 noisy moons, split 70/30 stratified."""
    if name == "digits":
        data = load_digits()
        x, y = (data.data / 16.0).astype(np.float32), data.target.astype(np.int64)
    elif name == "moons":
        x, y = make_moons(n_samples=600, noise=0.25, random_state=derive_seed(seed, "compress", "moons") % 2**32)
        x, y = x.astype(np.float32), y.astype(np.int64)
    else:
        raise InputError("compress.err.unknown_task", name=name, accepted=", ".join(TASKS))
    split = derive_seed(seed, "compress", "split", name) % 2**32
    x_calib, x_test, y_calib, y_test = train_test_split(x, y, test_size=0.3, random_state=split, stratify=y)
    return Task(name, x_calib, y_calib, x_test, y_test, "classification", int(y.max()) + 1)


def build_mlp(n_features: int, n_out: int, hidden: int, depth: int = 2) -> nn.Sequential:
    """Linear-ReLU blocks; ``depth`` hidden layers of ``hidden`` units."""
    layers: list[nn.Module] = []
    width = n_features
    for _ in range(depth):
        layers += [nn.Linear(width, hidden), nn.ReLU()]
        width = hidden
    layers.append(nn.Linear(width, n_out))
    return nn.Sequential(*layers)


def build_cnn(n_out: int, channels: int = 16, side: int = 8) -> nn.Sequential:
    """Two conv-BN-ReLU blocks on the 8x8 image, a pool, then two Linear layers.

    BatchNorm is there on purpose: folding it into the conv ("fusion") is one of the
    methods the page teaches. Input stays flat (n, 64) like every other model here.
    """
    flat = 2 * channels * (side // 2) ** 2
    return nn.Sequential(
        nn.Unflatten(1, (1, side, side)),
        nn.Conv2d(1, channels, 3, padding=1),
        nn.BatchNorm2d(channels),
        nn.ReLU(),
        nn.Conv2d(channels, 2 * channels, 3, padding=1),
        nn.BatchNorm2d(2 * channels),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(flat, 64),
        nn.ReLU(),
        nn.Linear(64, n_out),
    )


def build_model(spec: BuiltinSpec, task: Task, seed: int) -> nn.Sequential:
    """The architecture of ``spec`` for ``task``, initialised from the seed's own stream."""
    if spec.arch == "cnn" and task.n_features != 64:
        raise InputError("compress.err.cnn_needs_image", features=task.n_features)
    with seeded_torch_init(seed, "compress", "init", spec.key()):
        if spec.arch == "mlp":
            return build_mlp(task.n_features, task.n_classes, spec.hidden)
        if spec.arch == "cnn":
            return build_cnn(task.n_classes, channels=max(4, min(spec.hidden, CNN_MAX_WIDTH) // 8))
    raise InputError("compress.err.unknown_arch", name=spec.arch, accepted=", ".join(ARCHITECTURES))


def train(
    model: nn.Module,
    x: np.ndarray,
    y: np.ndarray,
    *,
    epochs: int,
    lr: float,
    seed: int,
    kind: str = "classification",
    progress: Progress | None = None,
    batch_size: int = 64,
) -> nn.Module:
    """Adam on mini-batches for ``epochs`` passes; returns the model in eval mode.

    Also used to fine-tune a channel-pruned model, hence the plain arrays in.
    """
    xs, ys = torch.from_numpy(np.asarray(x, np.float32)), torch.from_numpy(np.asarray(y))
    loss_fn = nn.CrossEntropyLoss() if kind == "classification" else nn.MSELoss()
    if kind != "classification":
        ys = ys.float().reshape(len(ys), -1)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    generator = torch_generator(seed, "compress", "batches")
    model.train()
    for epoch in range(epochs):
        order = torch.randperm(len(xs), generator=generator)
        for start in range(0, len(xs), batch_size):
            index = order[start : start + batch_size]
            optimizer.zero_grad()
            loss_fn(model(xs[index]), ys[index]).backward()
            optimizer.step()
        if progress is not None:
            progress((epoch + 1) / epochs)
    return model.eval()


def train_builtin(spec: BuiltinSpec, seed: int, progress: Progress | None = None) -> tuple[nn.Module, Task]:
    """Load the task, build and train the model: what the page caches per (spec, seed)."""
    task = load_task(spec.task, seed)
    model = build_model(spec, task, seed)
    train(model, task.x_calib, task.y_calib, epochs=spec.epochs, lr=spec.lr, seed=seed, progress=progress)
    return model, task


def task_from_trained(trained: object) -> tuple[nn.Module, Task]:
    """Adapt the training page's ``TrainedModel`` (duck-typed) to a model and a Task.

    It carries only a test set, so half of it calibrates/fine-tunes and the other half
    measures: never judge a method on the samples it was tuned with.
    """
    try:
        model, x, y = trained.model, np.asarray(trained.x_test, np.float32), np.asarray(trained.y_test)  # type: ignore[attr-defined]
        kind, n_classes, name = str(trained.task), int(trained.n_classes or 0), str(trained.name)  # type: ignore[attr-defined]
    except (AttributeError, TypeError, ValueError) as error:
        raise InputError("compress.err.trained_malformed", reason=str(error)) from error
    if not isinstance(model, nn.Module) or x.ndim != 2 or len(x) < 4 or len(x) != len(y):
        raise InputError("compress.err.trained_malformed", reason=f"x_test shape {x.shape}, y_test {len(y)}")
    try:
        with torch.no_grad():
            model.eval()(torch.from_numpy(x[:2]))
    except Exception as error:  # wrong input width, a layer that needs a GPU, ...
        raise InputError("compress.err.trained_malformed", reason=f"{type(error).__name__}: {error}"[:200]) from error
    half = len(x) // 2
    if kind == "classification":
        y = y.astype(np.int64)
    task = Task(name, x[:half], y[:half], x[half:], y[half:], kind, n_classes)
    return model.eval(), task
