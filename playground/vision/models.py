"""The lab's three models: the curriculum's CNN, a tiny VGG in the style of CNN Explainer, and an MLP for contrast.

Why each model declares its layers' output shapes: the feature-map view draws
"every map of every layer", and a test checks that what the model computes is
what it declares, so a changed layer cannot silently break the view. Why the
Keras code beside the PyTorch: the curriculum writes the seed's model in
Keras; showing both lines side by side lets a student see they are one model.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from torch import nn

from playground.core.registry import Entry, Registry
from playground.core.seeding import seeded_torch_init

Shape = tuple[int, ...]


def _seed_cnn(size: int) -> nn.Sequential:
    pooled = (size - 2) // 2
    return nn.Sequential(OrderedDict(
        conv=nn.Conv2d(1, 32, 3), relu=nn.ReLU(), pool=nn.MaxPool2d(2), flatten=nn.Flatten(),
        dense=nn.Linear(32 * pooled * pooled, 10),
    ))  # fmt: skip


def _seed_cnn_shapes(size: int) -> list[tuple[str, Shape]]:
    conv = size - 2
    pooled = conv // 2
    return [("conv", (32, conv, conv)), ("relu", (32, conv, conv)), ("pool", (32, pooled, pooled)),
            ("flatten", (32 * pooled * pooled,)), ("dense", (10,))]  # fmt: skip


def _tiny_vgg(size: int) -> nn.Sequential:
    quarter = size // 4
    return nn.Sequential(OrderedDict(
        conv1=nn.Conv2d(1, 10, 3, padding=1), relu1=nn.ReLU(), conv2=nn.Conv2d(10, 10, 3, padding=1),
        relu2=nn.ReLU(), pool1=nn.MaxPool2d(2), conv3=nn.Conv2d(10, 10, 3, padding=1), relu3=nn.ReLU(),
        conv4=nn.Conv2d(10, 10, 3, padding=1), relu4=nn.ReLU(), pool2=nn.MaxPool2d(2), flatten=nn.Flatten(),
        dense=nn.Linear(10 * quarter * quarter, 10),
    ))  # fmt: skip


def _tiny_vgg_shapes(size: int) -> list[tuple[str, Shape]]:
    half, quarter = size // 2, size // 4
    full = [(name, (10, size, size)) for name in ("conv1", "relu1", "conv2", "relu2")]
    mid = [(name, (10, half, half)) for name in ("pool1", "conv3", "relu3", "conv4", "relu4")]
    return [*full, *mid, ("pool2", (10, quarter, quarter)), ("flatten", (10 * quarter * quarter,)), ("dense", (10,))]


HIDDEN = 64


def _mlp(size: int) -> nn.Sequential:
    return nn.Sequential(OrderedDict(
        flatten=nn.Flatten(), dense1=nn.Linear(size * size, HIDDEN), relu=nn.ReLU(), dense2=nn.Linear(HIDDEN, 10),
    ))  # fmt: skip


def _mlp_shapes(size: int) -> list[tuple[str, Shape]]:
    return [("flatten", (size * size,)), ("dense1", (HIDDEN,)), ("relu", (HIDDEN,)), ("dense2", (10,))]


@dataclass(frozen=True)
class VisionModel(Entry):
    """A model of the lab: how to build it for a square input side, its declared shapes, its Keras twin."""

    builder: Callable[[int], nn.Sequential] = field(default=_seed_cnn, compare=False)
    shapes: Callable[[int], list[tuple[str, Shape]]] = field(default=_seed_cnn_shapes, compare=False)
    keras: str = ""

    text_prefix = "vision.model"

    def build(self, size: int, seed: int) -> nn.Sequential:
        """The model for ``size`` x ``size`` inputs, initialised from ``seed`` (same seed: same first weights)."""
        with seeded_torch_init(seed, "vision-model", self.name):
            return self.builder(size)

    def torch_code(self, size: int) -> str:
        """The PyTorch definition, as ``print(model)`` would show it."""
        return str(self.builder(size))

    def keras_code(self, size: int) -> str:
        return self.keras.format(size=size)


_KERAS_SEED = """from tensorflow import keras

model = keras.Sequential([
    keras.layers.Conv2D(32, 3, activation="relu", input_shape=({size}, {size}, 1)),
    keras.layers.MaxPooling2D(),
    keras.layers.Flatten(),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])"""

_KERAS_VGG = """from tensorflow import keras

conv = lambda: keras.layers.Conv2D(10, 3, padding="same", activation="relu")
model = keras.Sequential([
    keras.Input(({size}, {size}, 1)),
    conv(), conv(), keras.layers.MaxPooling2D(),
    conv(), conv(), keras.layers.MaxPooling2D(),
    keras.layers.Flatten(),
    keras.layers.Dense(10, activation="softmax"),
])"""

_KERAS_MLP = """from tensorflow import keras

model = keras.Sequential([
    keras.Input(({size}, {size}, 1)),
    keras.layers.Flatten(),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])"""

MODELS: Registry[VisionModel] = Registry(
    "vision model",
    (
        VisionModel("seed_cnn", _seed_cnn, _seed_cnn_shapes, _KERAS_SEED),
        VisionModel("tiny_vgg", _tiny_vgg, _tiny_vgg_shapes, _KERAS_VGG),
        VisionModel("mlp", _mlp, _mlp_shapes, _KERAS_MLP),
    ),
)


def parameter_count(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
