"""One training run's whole configuration: the studio's state table, and its round trip through a link.

Why the config is the table: every field of ``TrainConfig`` (and of its
``ModelConfig``) is declared once with :func:`~playground.core.config_table.knob`:
its ``Param``, its link name and its widget key. ``TABLE`` is read from
those declarations and drives link reading and writing here and the widgets
in ``playground.ui.training.state``. The knobs of the chosen loss, optimizer
and schedule (``l.<name>``, ``o.<name>``, ``s.<name>``) come from the nn
registries through ``KNOBS``.

Why flat ``str → str`` links: ``st.query_params`` holds strings, a teacher
pastes the link into a slide, and unknown or out-of-range values (an old
link, a typo) are clamped or replaced by the default, and reported
(``read_query`` returns the notices), instead of failing.

``structure_key`` separates what needs a fresh model (data, features,
layers, seed) from what changes while training runs (loss, optimizer and its
knobs, schedule, batch size, penalties, stop conditions).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from playground.core.config_table import DIGITS, NESTED, EntryKnobs, flatten, knob, table_rows, unflatten
from playground.core.errors import Notice
from playground.core.params import Cleaned
from playground.core.state_table import MAX_QUERY_VALUE, StateTable
from playground.nn.losses import LOSSES
from playground.nn.optimizers import OPTIMIZERS
from playground.nn.schedulers import SCHEDULERS
from playground.training.features import DEFAULT_FEATURES
from playground.training.model import ModelConfig
from playground.training.toy_data import DATASETS, MAX_POINTS, MIN_POINTS, Task

REGULARIZERS = ("none", "l1", "l2")
MAX_BATCH = 256


@dataclass(frozen=True)
class TrainConfig:
    """Defaults follow TensorFlow Playground's opening screen, with Adam instead of SGD.

    Each ``knob`` line is the field, its default and its row of ``TABLE``: its
    link name first (``ds``), then its ``Param`` (kind, default, bounds, text keys).
    """

    dataset: str = knob("ds", "choice", "circle", choices=tuple(DATASETS), label_key="train.dataset")
    n_points: int = knob("n", "int", 500, low=MIN_POINTS, high=MAX_POINTS, step=50, label_key="train.n_points")
    noise: float = knob("noise", "float", 0.0, low=0.0, high=0.5, step=0.05, digits=DIGITS, label_key="train.noise",
                        help_key="train.noise_help")  # fmt: skip
    # the anchor's default 50 % train / 50 % test
    test_ratio: float = knob("test", "float", 0.5, low=0.1, high=0.9, step=0.05, digits=DIGITS,
                             label_key="train.test_ratio")  # fmt: skip
    # only used by the k-blobs set
    n_classes: int = knob("k", "int", 3, low=2, high=5, label_key="train.n_classes")
    # the sidebar's seed, or a link's until the sidebar changes: no widget on the page, not kept
    seed: int = knob("seed", "int", 42, low=0, high=2**31 - 1, kept=False)
    # "regenerate" draws a new data set from the same seed
    draw: int = knob("draw", "int", 0, low=0, high=1_000_000)
    model: ModelConfig = field(default_factory=ModelConfig, metadata={NESTED: ModelConfig})  # its knobs join here
    loss: str = knob("loss", "choice", "cross_entropy", choices=tuple(LOSSES), label_key="train.loss")
    loss_params: dict[str, float] = field(default_factory=dict)
    optimizer: str = knob("opt", "choice", "adam", choices=tuple(OPTIMIZERS), label_key="train.optimizer")
    # the anchor's opening rate, not Adam's own default (0.01): the first run moves visibly
    optimizer_params: dict[str, float] = field(default_factory=lambda: {"lr": 0.03})
    scheduler: str = knob("sched", "choice", "none", choices=tuple(SCHEDULERS), label_key="train.scheduler")
    scheduler_params: dict[str, float] = field(default_factory=dict)
    # the anchor's default
    batch_size: int = knob("bs", "int", 10, low=1, high=MAX_BATCH, label_key="train.batch_size",
                           help_key="train.batch_help")  # fmt: skip
    regularization: str = knob("reg", "choice", "none", choices=REGULARIZERS, key="train.reg", label_key="train.reg")
    reg_rate: float = knob("rr", "float", 0.001, low=0.0, high=1.0, log=True, label_key="train.reg_rate")
    # max gradient norm; 0 = off
    grad_clip: float = knob("clip", "float", 0.0, low=0.0, high=100.0, step=0.5, digits=DIGITS, key="train.clip",
                            label_key="train.clip", help_key="train.clip_help")  # fmt: skip
    # "train N epochs"; 0 = until paused
    stop_epochs: int = knob("epochs", "int", 0, low=0, high=100_000, step=50, label_key="train.stop_epochs",
                            help_key="train.stop_epochs_help")  # fmt: skip
    # "stop at target test loss"; 0 = off
    target_loss: float = knob("target", "float", 0.0, low=0.0, high=100.0, step=0.01, digits=DIGITS,
                              label_key="train.target_loss", help_key="train.target_loss_help")  # fmt: skip

    @property
    def lr(self) -> float:
        return float(self.optimizer_params.get("lr", OPTIMIZERS[self.optimizer].defaults()["lr"]))

    def structure_key(self) -> str:
        """Changes to these fields need a new model; everything else is changed live."""
        return json.dumps(
            [
                self.dataset,
                self.n_points,
                self.noise,
                self.test_ratio,
                self.n_classes,
                self.draw,
                asdict(self.model),
                self.seed,
            ],
            sort_keys=True,
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)


TABLE = StateTable("train", table_rows(TrainConfig))
KNOBS = (
    EntryKnobs("loss", "loss_params", LOSSES, "l.", "train.lossp"),
    EntryKnobs("optimizer", "optimizer_params", OPTIMIZERS, "o.", "train.opt", own_keys=(("lr", "train.lr"),)),
    EntryKnobs("scheduler", "scheduler_params", SCHEDULERS, "s.", "train.sched"),
)
KnobSource = Callable[[EntryKnobs, str], Mapping[str, Any]]  # (group, chosen entry) -> its raw knob values


def knobs_of(choice: str) -> EntryKnobs:
    """The knob group of the entry that field ``choice`` picks (``"loss"``, ``"optimizer"``, ``"scheduler"``)."""
    return next(group for group in KNOBS if group.choice == choice)


def default_loss(task: Task) -> str:
    return "cross_entropy" if task == "classification" else "mse"


def build(
    values: Mapping[str, Any], knobs: KnobSource | None = None, *, notes: tuple[Notice, ...] = ()
) -> Cleaned[TrainConfig]:
    """The config for partial, possibly bad values: defaults for the missing, ``Param.clean`` for the given,
    then the rules that tie fields together (each reported where it changed what was given). ``notes``:
    what reading the values reported already (a link's), which those rules may reword."""
    cleaned = TABLE.clean(values)
    chosen, said = cleaned.value, [*notes, *cleaned.notes]
    if not chosen["features"]:  # no known feature ticked: the raw inputs (the page says so under the pills)
        chosen["features"] = DEFAULT_FEATURES
        reported = [note for note in said if note.params.get("name") == "features"]
        if reported:  # "bogus is outside…, so (nothing) is used" would be wrong: say what is used
            said = [note for note in said if note not in reported]
            said.append(Notice("train.note.no_features", {"given": reported[0].params.get("given", "")}))
    layers, acts = len(chosen["widths"]), list(chosen["activations"])  # one per layer: the last one repeats
    chosen["activations"] = tuple((acts + [acts[-1] if acts else "tanh"] * layers)[:layers])
    task = DATASETS[chosen["dataset"]].task
    if LOSSES[chosen["loss"]].kind != task:  # the loss must take this data set's targets
        if "loss" in values:
            said.append(Notice("train.note.loss_task", {"given": chosen["loss"], "used": default_loss(task)}))
        chosen["loss"] = default_loss(task)
    defaults, params = TrainConfig(), {}
    for group in KNOBS:
        entry = chosen[group.choice]
        knob_values = group.clean(entry, knobs(group, entry) if knobs else {})
        params[group.values] = knob_values.value
        said.extend(knob_values.notes)
        if entry == getattr(defaults, group.choice):  # the default entry keeps its default knobs (Adam's 0.03)
            params[group.values] = {**getattr(defaults, group.values), **knob_values.value}
    return Cleaned(unflatten(TrainConfig, chosen, **params), tuple(said))


def read_query(query: Mapping[str, str]) -> Cleaned[TrainConfig]:
    """A link's configuration, and a notice for every value that had to be clamped, replaced or skipped."""
    query, notes = _as_old_links_meant(query)
    given = TABLE.from_query(query)
    return build(given.value, lambda group, entry: group.from_query(entry, query), notes=(*notes, *given.notes))


def from_query(query: Mapping[str, str]) -> TrainConfig:
    """Rebuild a configuration from a URL query; anything missing or wrong takes its default (or is clamped)."""
    return read_query(query).value


def to_query(config: TrainConfig) -> dict[str, str]:
    """Flat strings for ``st.query_params``: every field, so a link never depends on today's defaults."""
    query = TABLE.to_query(flatten(config))
    for group in KNOBS:
        entry = getattr(config, group.choice)
        if entry in group.registry:
            query.update(group.to_query(entry, getattr(config, group.values)))
    return query


def _as_old_links_meant(query: Mapping[str, str]) -> tuple[dict[str, str], list[Notice]]:
    """Two rules of the link reader before the table, kept so that every shared link opens as it did.

    ``bn`` was on only for ``1`` (``bn=yes`` opened with batch norm off), and
    parts of ``h`` that were not whole numbers were skipped rather than
    replaced (``h=4,abc,2`` is two layers). Both are now reported.
    """
    query = {name: str(text) for name, text in query.items()}
    notes: list[Notice] = []
    if "bn" in query and query["bn"] not in ("0", "1") and len(query["bn"]) <= MAX_QUERY_VALUE:
        used = {"name": "batch_norm", "given": query["bn"][:60], "used": "0", "accepted": "0 | 1"}
        notes.append(Notice("param.note.invalid", used))
        query["bn"] = "0"
    if "h" in query and len(query["h"]) <= MAX_QUERY_VALUE:
        parts = [part.strip() for part in query["h"].split(",") if part.strip()]
        skipped = [part for part in parts if not part.isdecimal()]
        if skipped:
            notes.append(Notice("train.note.layer_skipped", {"given": ", ".join(skipped)[:60]}))
        query["h"] = ",".join(part for part in parts if part.isdecimal())
    return query, notes


def with_changes(config: TrainConfig, **changes: object) -> TrainConfig:
    """``dataclasses.replace`` re-exported so callers need not import dataclasses."""
    return replace(config, **changes)
