"""The fusion studio's whole setup: one frozen dataclass that is also its state table (``TABLE``).

Why one table: the data set, the members, the rule, the training knobs, the
bias–variance and two-input settings all travel in one link, are cleaned by
one rule (``Param.clean``: clamp and report) and fill the widgets the same
way (``playground.ui.fusion.state``). ``ensemble_key`` says which fields need
new members (everything that shapes training); the *rule* is not among them
except where it needs its own training (boosting), so switching between hard,
soft, weighted and stacking re-fuses the same members at once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

from playground.core.config_table import DIGITS, knob, table_rows, unflatten
from playground.core.errors import Notice
from playground.core.params import Cleaned
from playground.core.state_table import StateTable
from playground.fusion.data import DATASETS
from playground.fusion.ensemble import EnsembleSpec
from playground.fusion.members import KINDS
from playground.fusion.rules import RULES
from playground.fusion.stacked import ACTIVATIONS

MAX_MEMBERS = 16


@dataclass(frozen=True)
class FusionConfig:
    """Defaults: five seed-only members on noisy moons with a soft vote, the issue's first measurement."""

    dataset: str = knob("ds", "choice", "moons", choices=tuple(DATASETS), label_key="fusion.dataset")
    noise: float = knob("noise", "float", 0.35, low=0.0, high=0.5, step=0.05, digits=DIGITS, label_key="fusion.noise")
    n_points: int = knob("n", "int", 600, low=100, high=2000, step=50, label_key="fusion.n_points")
    n_classes: int = knob("k", "int", 3, low=2, high=5, label_key="fusion.n_classes")
    members: int = knob("m", "int", 5, low=1, high=MAX_MEMBERS, label_key="fusion.members",
                        help_key="fusion.members_help")  # fmt: skip
    kind: str = knob("kind", "choice", "seed", choices=tuple(KINDS), label_key="fusion.kind",
                     help_key="fusion.kind_help")  # fmt: skip
    rule: str = knob("rule", "choice", "soft", choices=tuple(RULES), label_key="fusion.rule",
                     help_key="fusion.rule_help")  # fmt: skip
    width: int = knob("w", "int", 16, low=2, high=64, label_key="fusion.width")
    activation: str = knob("act", "choice", "relu", choices=tuple(ACTIVATIONS), label_key="fusion.activation")
    # 60 epochs of ~10 steps: every member reaches its plateau on the toy sets in a few seconds
    epochs: int = knob("ep", "int", 60, low=1, high=500, step=5, label_key="fusion.epochs",
                       help_key="fusion.epochs_help")  # fmt: skip
    lr: float = knob("lr", "float", 0.01, low=1e-4, high=1.0, log=True, label_key="fusion.lr")
    batch: int = knob("bs", "int", 32, low=4, high=256, label_key="fusion.batch")
    folds: int = knob("folds", "int", 3, low=2, high=5, label_key="fusion.folds", help_key="fusion.folds_help")
    seed: int = knob("seed", "int", 42, low=0, high=2**31 - 1, kept=False)
    # bias–variance on a 1-D regression
    bv_noise: float = knob("bvn", "float", 0.3, low=0.0, high=1.0, step=0.05, digits=DIGITS,
                           label_key="fusion.bv.noise")  # fmt: skip
    bv_bags: int = knob("bvb", "int", 5, low=2, high=10, label_key="fusion.bv.bags")
    bv_points: int = knob("bvp", "int", 30, low=10, high=200, step=5, label_key="fusion.bv.points")
    # the seed's two-input model
    mi_width: int = knob("miw", "int", 16, low=2, high=64, label_key="fusion.mi.width")
    mi_epochs: int = knob("mie", "int", 20, low=1, high=200, label_key="fusion.mi.epochs")

    def ensemble_key(self) -> str:
        """What needs new members: data, members, training knobs, seed (and a rule that trains its own way)."""
        spec = asdict(self.ensemble_spec())
        return json.dumps(spec, sort_keys=True)

    def ensemble_spec(self) -> EnsembleSpec:
        return EnsembleSpec(self.dataset, self.n_points, self.noise, self.n_classes, 0, self.members, self.kind,
                            self.width, self.activation, self.epochs, self.lr, self.batch, self.folds,
                            self.seed)  # fmt: skip

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)


TABLE = StateTable("fusion", table_rows(FusionConfig))


def tie_rule_and_kind(values: dict[str, Any]) -> list[Notice]:
    """Boosting votes need boosting rounds; stacking needs fold models, which sequential members lack."""
    notes: list[Notice] = []
    if values["rule"] == "boosting" and values["kind"] != "boosting":
        notes.append(Notice("fusion.note.boosting_kind", {"given": values["kind"]}))
        values["kind"] = "boosting"
    if values["rule"] == "stacking" and not KINDS[values["kind"]].parallel:
        notes.append(Notice("fusion.note.stacking_kind", {"given": values["kind"]}))
        values["rule"] = "soft"
    return notes


def build(values: Mapping[str, Any], notes: tuple[Notice, ...] = ()) -> Cleaned[FusionConfig]:
    """A config from partial, possibly bad values: the table cleans each, then the rule–kind tie is applied."""
    cleaned = TABLE.clean(values)
    chosen = dict(cleaned.value)
    said = [*notes, *cleaned.notes, *tie_rule_and_kind(chosen)]
    return Cleaned(unflatten(FusionConfig, chosen), tuple(said))


def read_query(query: Mapping[str, str]) -> Cleaned[FusionConfig]:
    """A link's setup, with a notice for every value that had to be clamped, replaced or tied."""
    given = TABLE.from_query(query)
    return build(given.value, given.notes)


def with_changes(config: FusionConfig, **changes: object) -> FusionConfig:
    return replace(config, **changes)
