"""The training page's widgets ↔ one :class:`TrainConfig`, and the config ↔ the URL.

Why widgets are filled from a config (and not given ``value=``): a preset, a
shared link and a return to the page after visiting another one all restore
the same way, by writing the config into the widget keys before they render.
"""

from __future__ import annotations

import math
from dataclasses import replace

import streamlit as st

from playground.nn.losses import LOSSES
from playground.nn.optimizers import OPTIMIZERS
from playground.nn.schedulers import SCHEDULERS
from playground.training.config import TrainConfig, from_query, to_query
from playground.training.toy_data import DATASETS

K = "train."
CONFIG = "train.config"  # the last config (non-widget key: survives leaving the page)
URL_DONE = "train.url_loaded"
SEED_FROM_URL = "train.seed_from_url"  # (link seed, sidebar seed when the link was opened)
OWN = "own"  # the dataset choice for uploaded / clicked data
LR_STEPS = [1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0]
REG_RATES = [0.0, 1e-5, 1e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1.0]
MAX_LAYERS = 6


def snap(value: float, steps: list[float]) -> float:
    """The grid value nearest to ``value`` on a log scale (select sliders need a listed value)."""
    if value <= 0:
        return steps[0]
    return min(steps, key=lambda s: abs(math.log(max(s, 1e-12)) - math.log(value)))


def write_widgets(config: TrainConfig, own_data: bool = False) -> None:
    """Put every value of ``config`` into the widget keys (call before the widgets render)."""
    s = st.session_state
    s[K + "dataset"] = OWN if own_data else config.dataset
    s[K + "n_points"], s[K + "noise"], s[K + "test_ratio"] = config.n_points, config.noise, config.test_ratio
    s[K + "n_classes"] = config.n_classes
    s[K + "draw"] = config.draw
    s[K + "features"] = list(config.model.features)
    s[K + "n_layers"] = len(config.model.widths)
    for index, (width, act) in enumerate(zip(config.model.widths, config.model.activations, strict=True)):
        s[f"{K}width.{index}"], s[f"{K}act.{index}"] = width, act
    s[K + "dropout"], s[K + "batch_norm"], s[K + "init"] = (
        config.model.dropout,
        config.model.batch_norm,
        config.model.init,
    )
    s[K + "loss"], s[K + "optimizer"], s[K + "scheduler"] = config.loss, config.optimizer, config.scheduler
    s[K + "lr"] = snap(config.lr, LR_STEPS)
    for spec in OPTIMIZERS.values():
        for p in spec.params:
            if p.name != "lr":
                s[f"{K}opt.{spec.name}.{p.name}"] = (
                    config.optimizer_params.get(p.name, p.default) if spec.name == config.optimizer else p.default
                )
    for spec in LOSSES.values():
        for p in spec.params:
            s[f"{K}lossp.{spec.name}.{p.name}"] = (
                config.loss_params.get(p.name, p.default) if spec.name == config.loss else p.default
            )
    for spec in SCHEDULERS.values():
        for p in spec.params:
            s[f"{K}sched.{spec.name}.{p.name}"] = (
                config.scheduler_params.get(p.name, p.default) if spec.name == config.scheduler else p.default
            )
    s[K + "batch_size"], s[K + "reg"] = config.batch_size, config.regularization
    s[K + "reg_rate"] = snap(config.reg_rate, REG_RATES[1:]) if config.reg_rate > 0 else 0.0
    s[K + "clip"], s[K + "stop_epochs"], s[K + "target_loss"] = config.grad_clip, config.stop_epochs, config.target_loss
    s[CONFIG] = config


def init_state(global_seed: int) -> None:
    """On the page's first run: the URL's config if it has one; after leaving and coming back: the last config."""
    s = st.session_state
    if not s.get(URL_DONE):
        s[URL_DONE] = True
        query = {key: st.query_params.get(key) for key in st.query_params}
        if "ds" in query:
            config = from_query(query)
            if config.seed != global_seed:
                s[SEED_FROM_URL] = (config.seed, global_seed)
            write_widgets(config)
            return
    if K + "dataset" not in s:  # first visit, or widgets dropped after visiting another page
        write_widgets(s.get(CONFIG) or TrainConfig(seed=global_seed), own_data=s.get("train.own_selected", False))


def effective_seed(global_seed: int) -> int:
    """The link's seed until the user changes the sidebar seed."""
    pinned = st.session_state.get(SEED_FROM_URL)
    if pinned and pinned[1] == global_seed:
        return int(pinned[0])
    return global_seed


def config_from_widgets(seed: int) -> TrainConfig:
    """Read every widget into one validated config (``from_query`` clamps and defaults)."""
    s = st.session_state
    dataset = s.get(K + "dataset", "circle")
    n_layers = int(s.get(K + "n_layers", 2))
    widths = [int(s.get(f"{K}width.{i}", 4)) for i in range(n_layers)]
    acts = [s.get(f"{K}act.{i}", "tanh") for i in range(n_layers)]
    optimizer = s.get(K + "optimizer", "adam")
    loss = s.get(K + "loss", "cross_entropy")
    scheduler = s.get(K + "scheduler", "none")
    query = {
        "ds": dataset if dataset in DATASETS else s.get("train.own_task_dataset", "circle"),
        "n": s.get(K + "n_points", 500),
        "noise": s.get(K + "noise", 0.0),
        "test": s.get(K + "test_ratio", 0.5),
        "k": s.get(K + "n_classes", 3),
        "draw": s.get(K + "draw", 0),
        "seed": seed,
        "f": ",".join(s.get(K + "features") or ["x1", "x2"]),
        "h": ",".join(map(str, widths)),
        "act": ",".join(acts),
        "drop": s.get(K + "dropout", 0.0),
        "bn": "1" if s.get(K + "batch_norm") else "0",
        "init": s.get(K + "init", "default"),
        "loss": loss,
        "opt": optimizer,
        "sched": scheduler,
        "bs": s.get(K + "batch_size", 10),
        "reg": s.get(K + "reg", "none"),
        "rr": s.get(K + "reg_rate", 0.0),
        "clip": s.get(K + "clip", 0.0),
        "epochs": s.get(K + "stop_epochs", 0),
        "target": s.get(K + "target_loss", 0.0),
        "o.lr": s.get(K + "lr", 0.03),
    }
    for p in OPTIMIZERS.get(optimizer, OPTIMIZERS["adam"]).params:
        if p.name != "lr" and f"{K}opt.{optimizer}.{p.name}" in s:
            query[f"o.{p.name}"] = s[f"{K}opt.{optimizer}.{p.name}"]
    for p in LOSSES[loss].params if loss in LOSSES else ():
        if f"{K}lossp.{loss}.{p.name}" in s:
            query[f"l.{p.name}"] = s[f"{K}lossp.{loss}.{p.name}"]
    for p in SCHEDULERS.get(scheduler, SCHEDULERS["none"]).params:
        if f"{K}sched.{scheduler}.{p.name}" in s:
            query[f"s.{p.name}"] = s[f"{K}sched.{scheduler}.{p.name}"]
    config = from_query({key: str(value) for key, value in query.items()})
    if dataset == OWN:  # own data decides the task; keep the chosen loss if it fits
        task = s.get("train.own_task", "classification")
        if task == "regression" and LOSSES[config.loss].kind != "regression":
            config = _with_loss(config, loss if LOSSES.get(loss) and LOSSES[loss].kind == "regression" else "mse")
        if task == "classification" and LOSSES[config.loss].kind != "classification":
            config = _with_loss(
                config, loss if LOSSES.get(loss) and LOSSES[loss].kind == "classification" else "cross_entropy"
            )
    st.session_state[CONFIG] = config
    return config


def _with_loss(config: TrainConfig, loss: str) -> TrainConfig:
    return replace(config, loss=loss, loss_params={})


def sync_url(config: TrainConfig) -> None:
    """Mirror the config into the address bar (own data cannot travel in a link: the generated set is shared)."""
    wanted = to_query(config)
    current = {key: st.query_params.get(key) for key in wanted}
    if current != wanted:
        st.query_params.update(wanted)
