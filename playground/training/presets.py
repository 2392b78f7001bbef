"""Classroom presets: one link-sized configuration per lesson, with what to try next.

Why URL-query form: a preset is exactly what a shared link restores, so a
teacher can tweak a preset and share the result, and presets never drift from
what :func:`playground.training.config.from_query` understands. Why a
``Registry``: the preset picker, its hints and the registry battery (texts in
both languages) read the same entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from playground.core.registry import Entry, Registry
from playground.training.config import TrainConfig, from_query


@dataclass(frozen=True)
class PresetSpec(Entry):
    """One lesson: the link it opens (without the seed, which stays the class's own)."""

    query: dict[str, str] = field(hash=False)

    text_prefix = "train.preset"

    @property
    def summary_key(self) -> str:
        return f"train.preset.{self.name}.hint"  # what to look at and what to try next

    def config(self, seed: int) -> TrainConfig:
        """The preset's configuration with ``seed`` (so the whole class sees the same picture)."""
        return from_query({**self.query, "seed": str(seed)})


PRESETS: Registry[PresetSpec] = Registry(
    "preset",
    (
        # A linear model cannot separate XOR; one hidden layer (or the x1·x2 feature) can.
        PresetSpec(
            "xor_hidden",
            {
                "ds": "xor",
                "f": "x1,x2",
                "h": "",
                "act": "",
                "opt": "adam",
                "o.lr": "0.03",
                "bs": "10",
                "epochs": "0",
                "noise": "0",
            },
        ),
        # SGD with lr 3 on tanh units jumps past every valley: the loss oscillates or explodes.
        PresetSpec(
            "lr_too_high",
            {
                "ds": "gauss",
                "f": "x1,x2",
                "h": "4,2",
                "act": "tanh,tanh",
                "opt": "sgd",
                "o.lr": "3",
                "bs": "10",
                "noise": "0.1",
            },
        ),
        # Six sigmoid layers with plain SGD: the first layers' gradient norms are orders of magnitude smaller.
        PresetSpec(
            "vanishing",
            {
                "ds": "circle",
                "f": "x1,x2",
                "h": "8,8,8,8,8,8",
                "act": "sigmoid,sigmoid,sigmoid,sigmoid,sigmoid,sigmoid",
                "opt": "sgd",
                "o.lr": "0.1",
                "bs": "10",
            },
        ),
        # Many neurons, few noisy points: the training loss keeps falling while the test loss turns up.
        PresetSpec(
            "overfit",
            {
                "ds": "gauss",
                "n": "100",
                "noise": "0.5",
                "test": "0.5",
                "f": "x1,x2,x1sq,x2sq,x1x2,sin_x1,sin_x2",
                "h": "32,32,32",
                "act": "relu,relu,relu",
                "opt": "adam",
                "o.lr": "0.01",
                "bs": "10",
            },
        ),
        # MSE on softmax outputs learns the spiral slowly; switch the loss to cross-entropy and compare.
        PresetSpec(
            "ce_vs_mse",
            {
                "ds": "spiral",
                "n": "500",
                "f": "x1,x2,sin_x1,sin_x2",
                "h": "16,16",
                "act": "tanh,tanh",
                "loss": "mse_onehot",
                "opt": "adam",
                "o.lr": "0.01",
                "bs": "16",
                "epochs": "300",
            },
        ),
    ),
)


def preset_config(preset_id: str, seed: int) -> TrainConfig:
    """The preset's configuration with the current seed (so the class sees the same picture)."""
    return PRESETS[preset_id].config(seed)
