"""One training run's whole configuration, and its round trip through a URL query.

Why flat ``str → str`` pairs: ``st.query_params`` holds strings, a teacher
pastes the link into a slide, and unknown or out-of-range values (an old link,
a typo) fall back to defaults or are clamped instead of failing.

``structure_key`` separates what needs a fresh model (data, features,
layers, seed) from what changes while training runs (loss, optimizer and its
knobs, schedule, batch size, penalties, stop conditions).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, replace

from playground.nn.losses import LOSSES
from playground.nn.optimizers import OPTIMIZERS
from playground.nn.schedulers import SCHEDULERS
from playground.training.features import FEATURES
from playground.training.model import ACTIVATIONS, INITS, MAX_LAYERS, MAX_WIDTH, ModelConfig
from playground.training.toy_data import DATASETS, MAX_POINTS, MIN_POINTS

REGULARIZERS = ("none", "l1", "l2")
MAX_BATCH = 256


@dataclass(frozen=True)
class TrainConfig:
    """Defaults follow TensorFlow Playground's opening screen, with Adam instead of SGD."""

    dataset: str = "circle"
    n_points: int = 500
    noise: float = 0.0
    test_ratio: float = 0.5  # the anchor's default 50 % train / 50 % test
    n_classes: int = 3  # only used by the k-blobs set
    draw: int = 0  # "regenerate" draws a new data set from the same seed
    model: ModelConfig = field(default_factory=ModelConfig)
    seed: int = 42
    loss: str = "cross_entropy"
    loss_params: dict[str, float] = field(default_factory=dict)
    optimizer: str = "adam"
    optimizer_params: dict[str, float] = field(default_factory=lambda: {"lr": 0.03})
    scheduler: str = "none"
    scheduler_params: dict[str, float] = field(default_factory=dict)
    batch_size: int = 10  # the anchor's default
    regularization: str = "none"
    reg_rate: float = 0.001
    grad_clip: float = 0.0  # max gradient norm; 0 = off
    stop_epochs: int = 0  # "train N epochs"; 0 = until paused
    target_loss: float = 0.0  # "stop at target test loss"; 0 = off

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


def _num(query: dict[str, str], key: str, default: float, low: float, high: float, *, kind: type = float) -> float:
    try:
        value = float(query[key])
    except (KeyError, ValueError, TypeError):
        return default
    if math.isnan(value):
        return default
    return kind(min(max(value, low), high))


def _choice(query: dict[str, str], key: str, options: object, default: str) -> str:
    value = query.get(key, default)
    return value if value in options else default


def to_query(config: TrainConfig) -> dict[str, str]:
    """Flat strings for ``st.query_params``: every field, so a link never depends on today's defaults."""
    m = config.model
    query = {
        "ds": config.dataset,
        "n": str(config.n_points),
        "noise": f"{config.noise:g}",
        "test": f"{config.test_ratio:g}",
        "k": str(config.n_classes),
        "seed": str(config.seed),
        "draw": str(config.draw),
        "f": ",".join(m.features),
        "h": ",".join(map(str, m.widths)),
        "act": ",".join(m.activations),
        "drop": f"{m.dropout:g}",
        "bn": "1" if m.batch_norm else "0",
        "init": m.init,
        "loss": config.loss,
        "opt": config.optimizer,
        "sched": config.scheduler,
        "bs": str(config.batch_size),
        "reg": config.regularization,
        "rr": f"{config.reg_rate:g}",
        "clip": f"{config.grad_clip:g}",
        "epochs": str(config.stop_epochs),
        "target": f"{config.target_loss:g}",
    }
    for prefix, params in (
        ("l.", config.loss_params),
        ("o.", config.optimizer_params),
        ("s.", config.scheduler_params),
    ):
        for name, value in sorted(params.items()):
            query[prefix + name] = f"{float(value):g}"
    return query


def from_query(query: dict[str, str]) -> TrainConfig:
    """Rebuild a configuration from a URL query; anything missing or wrong takes its default."""
    d = TrainConfig()
    features = tuple(f for f in query.get("f", ",".join(d.model.features)).split(",") if f in FEATURES)
    widths: list[int] = []
    for part in query.get("h", ",".join(map(str, d.model.widths))).split(","):
        if part.strip().isdigit():
            widths.append(min(max(int(part), 1), MAX_WIDTH))
    widths = widths[:MAX_LAYERS]
    acts = [a if a in ACTIVATIONS else "tanh" for a in query.get("act", "").split(",") if a]
    acts = (acts + [acts[-1] if acts else "tanh"] * len(widths))[: len(widths)]
    model = ModelConfig(
        features=features or d.model.features,
        widths=tuple(widths),
        activations=tuple(acts),
        dropout=_num(query, "drop", 0.0, 0.0, 0.9),
        batch_norm=query.get("bn") == "1",
        init=_choice(query, "init", INITS, "default"),
    )
    dataset = _choice(query, "ds", DATASETS, d.dataset)
    task = DATASETS[dataset].task
    loss_default = "cross_entropy" if task == "classification" else "mse"
    loss = query.get("loss", loss_default)
    if loss not in LOSSES or LOSSES[loss].kind != task:
        loss = loss_default
    optimizer = _choice(query, "opt", OPTIMIZERS, d.optimizer)
    scheduler = _choice(query, "sched", SCHEDULERS, "none")

    def params(prefix: str, specs: tuple) -> dict[str, float]:
        out = {}
        for spec in specs:
            if prefix + spec.name in query:
                out[spec.name] = spec.clamp(_num(query, prefix + spec.name, spec.default, -1e30, 1e30))
        return out

    opt_params = params("o.", OPTIMIZERS[optimizer].params)
    if optimizer == d.optimizer and "lr" not in opt_params:
        opt_params["lr"] = d.optimizer_params["lr"]
    return TrainConfig(
        dataset=dataset,
        n_points=int(_num(query, "n", d.n_points, MIN_POINTS, MAX_POINTS)),
        noise=_num(query, "noise", 0.0, 0.0, 0.5),
        test_ratio=_num(query, "test", d.test_ratio, 0.1, 0.9),
        n_classes=int(_num(query, "k", 3, 2, 5)),
        draw=int(_num(query, "draw", 0, 0, 1_000_000)),
        model=model,
        seed=int(_num(query, "seed", d.seed, 0, 2**31 - 1)),
        loss=loss,
        loss_params=params("l.", LOSSES[loss].params),
        optimizer=optimizer,
        optimizer_params=opt_params,
        scheduler=scheduler,
        scheduler_params=params("s.", SCHEDULERS[scheduler].params),
        batch_size=int(_num(query, "bs", d.batch_size, 1, MAX_BATCH)),
        regularization=_choice(query, "reg", REGULARIZERS, "none"),
        reg_rate=_num(query, "rr", d.reg_rate, 0.0, 1.0),
        grad_clip=_num(query, "clip", 0.0, 0.0, 100.0),
        stop_epochs=int(_num(query, "epochs", 0, 0, 100_000)),
        target_loss=_num(query, "target", 0.0, 0.0, 100.0),
    )


def with_changes(config: TrainConfig, **changes: object) -> TrainConfig:
    """``dataclasses.replace`` re-exported so callers need not import dataclasses."""
    return replace(config, **changes)
