"""The two models: the curriculum's Conv1D over time frames, and a small 2-D CNN over the log-mel image.

Why these two: ``Conv1D → MaxPool → Flatten → Dense(10)`` is the seed
curriculum's speech model (each mel band is a channel, the kernel slides
along time); a 2-D CNN treats the spectrogram as a picture and shares its
kernels across frequency too, which is what keyword spotters such as
DS-CNN (Hello Edge) do. Each entry carries the Keras code of the same
network, shown beside the PyTorch so a student can move between the two.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from playground.core.registry import Entry, Registry
from playground.core.seeding import seeded_torch_init

N_CLASSES = 10


class Conv1DNet(nn.Module):
    """(batch, channels, frames) → Conv1d(k=5) → ReLU → MaxPool(2) → Flatten → Linear(10)."""

    def __init__(self, channels: int, frames: int, filters: int = 64, kernel: int = 5) -> None:
        super().__init__()
        self.conv = nn.Conv1d(channels, filters, kernel)
        self.pool = nn.MaxPool1d(2)
        self.dense = nn.Linear(filters * ((frames - kernel + 1) // 2), N_CLASSES)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.dense(torch.flatten(self.pool(torch.relu(self.conv(x))), 1))


GRID = (5, 4)  # the 2-D CNN's last feature map, pooled to (bands, frames): where in time and pitch still counts


class CNN2DNet(nn.Module):
    """(batch, bands, frames) as a one-channel image → two Conv2d/ReLU/MaxPool blocks → a 5×4 grid → Linear.

    Why a small grid and not a global average: a digit is a sequence of sounds; averaging over the
    whole image throws away *when* each sound came, and the network then barely learns.
    """

    def __init__(self, channels: int, frames: int, filters: int = 16) -> None:
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, filters, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(filters, 2 * filters, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.AdaptiveAvgPool2d(GRID),
        )  # fmt: skip
        self.dense = nn.Linear(2 * filters * GRID[0] * GRID[1], N_CLASSES)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.dense(torch.flatten(self.features(x.unsqueeze(1)), 1))


_KERAS_CONV1D = """import keras
from keras import layers

# Keras puts time first: each sample is (frames, bands), each band a channel
model = keras.Sequential([
    keras.Input(shape=({frames}, {channels})),
    layers.Conv1D(64, kernel_size=5, activation="relu"),
    layers.MaxPooling1D(pool_size=2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
model.compile(optimizer=keras.optimizers.Adam({lr:g}), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
"""

_KERAS_CNN2D = """import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=({channels}, {frames}, 1)),  # the spectrogram as a one-channel image
    layers.Conv2D(16, 3, padding="same", activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 3, padding="same", activation="relu"),
    layers.MaxPooling2D(2),
    # PyTorch's AdaptiveAvgPool2d((5, 4)): the {pooled} map averaged down to 5 × 4
    layers.AveragePooling2D(pool_size={pool}),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
model.compile(optimizer=keras.optimizers.Adam({lr:g}), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
"""


@dataclass(frozen=True)
class SpeechModel(Entry):
    """A model of the lab: how to build it and the same network in Keras."""

    keras: str
    text_prefix = "speech.model"

    def build(self, channels: int, frames: int, seed: int) -> nn.Module:
        """The network with weights drawn from ``seed`` (the same for both runs: only augmentation differs)."""
        with seeded_torch_init(seed, "speech.model", self.name):
            return Conv1DNet(channels, frames) if self.name == "conv1d" else CNN2DNet(channels, frames)

    def keras_code(self, channels: int, frames: int, lr: float) -> str:
        height, width = channels // 4, frames // 4  # after the two poolings
        pool = (max(1, height // GRID[0]), max(1, width // GRID[1]))
        return self.keras.format(channels=channels, frames=frames, lr=lr, pooled=f"{height} × {width}", pool=pool)


MODELS: Registry[SpeechModel] = Registry(
    "speech model", (SpeechModel("conv1d", _KERAS_CONV1D), SpeechModel("cnn2d", _KERAS_CNN2D))
)


def n_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
