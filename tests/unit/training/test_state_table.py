"""The training studio's state table: every field and knob round-trips through a link; bad values are reported.

The table is read from ``TrainConfig``'s declarations, so a knob added
tomorrow is checked here the day it is declared: it must come back from its
own link unchanged, and link names and widget keys shared today must not move.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import pytest

from playground.core.config_table import NESTED, flatten, knob, table_rows, unflatten
from playground.core.params import Param
from playground.core.state_table import MAX_QUERY_VALUE, StateTable
from playground.i18n import LANGUAGES
from playground.nn.losses import LOSSES
from playground.training.config import KNOBS, TABLE, TrainConfig, build, from_query, knobs_of, read_query, to_query
from playground.training.toy_data import DATASETS

# Link names and widget keys in use today (teachers' links and automation): they never move.
SHARED = {
    "dataset": ("ds", "train.dataset"),
    "n_points": ("n", "train.n_points"),
    "noise": ("noise", "train.noise"),
    "test_ratio": ("test", "train.test_ratio"),
    "n_classes": ("k", "train.n_classes"),
    "seed": ("seed", "train.seed"),
    "draw": ("draw", "train.draw"),
    "features": ("f", "train.features"),
    "widths": ("h", "train.width"),
    "activations": ("act", "train.act"),
    "dropout": ("drop", "train.dropout"),
    "batch_norm": ("bn", "train.batch_norm"),
    "init": ("init", "train.init"),
    "loss": ("loss", "train.loss"),
    "optimizer": ("opt", "train.optimizer"),
    "scheduler": ("sched", "train.scheduler"),
    "batch_size": ("bs", "train.batch_size"),
    "regularization": ("reg", "train.reg"),
    "reg_rate": ("rr", "train.reg_rate"),
    "grad_clip": ("clip", "train.clip"),
    "stop_epochs": ("epochs", "train.stop_epochs"),
    "target_loss": ("target", "train.target_loss"),
}


def test_link_names_and_widget_keys_do_not_move() -> None:
    assert {field.name: (field.url, field.key) for field in TABLE} == SHARED
    assert TABLE.url_names() == tuple(url for url, _ in SHARED.values())  # the order links were written in
    assert [(g.url, g.key) for g in KNOBS] == [("l.", "train.lossp"), ("o.", "train.opt"), ("s.", "train.sched")]
    optimizer = knobs_of("optimizer")
    assert optimizer.key_of("adam", "lr") == "train.lr" and optimizer.key_of("adam", "beta1") == "train.opt.adam.beta1"


def test_the_table_is_the_config() -> None:
    """Every knob is a field of ``TrainConfig`` (or of its model), with the same default."""
    defaults = TrainConfig()
    assert flatten(defaults) == TABLE.defaults()
    assert unflatten(TrainConfig, flatten(defaults)) == defaults
    assert unflatten(TrainConfig, flatten(defaults), optimizer_params={}) == replace(defaults, optimizer_params={})
    assert build({}).value == defaults and not build({}).notes


def _other(param: Param) -> Any:
    """A valid value of ``param`` that is not its default."""
    if param.kind == "bool":
        return not param.default
    if param.kind == "choice":
        return next(choice for choice in param.choices if choice != param.default)
    if param.kind == "multi":
        return tuple(choice for choice in param.choices if choice not in param.default)[:3]
    if param.kind == "list":
        assert param.item is not None
        return (_other(param.item), param.item.default, _other(param.item))
    high = param.high if param.high is not None else param.default + 10
    value = param.default + (high - param.default) / 3
    return round(value) if param.kind == "int" else value


def _fitting(name: str, value: Any) -> dict[str, Any]:
    """``{name: value}`` and whatever the other fields need for it to stand (a loss fits its data set)."""
    if name == "loss":
        return {"loss": value, "dataset": next(d.name for d in DATASETS.values() if d.task == LOSSES[value].kind)}
    if name == "dataset" and DATASETS[value].task == "regression":
        return {"dataset": value, "loss": "mse"}
    if name in ("widths", "activations"):
        return {"widths": (3, 5, 7), "activations": ("relu", "tanh", "sigmoid"), name: value}
    return {name: value}


@pytest.mark.parametrize("name", [field.name for field in TABLE])
def test_every_field_round_trips_through_a_link(name: str) -> None:
    values = _fitting(name, _other(TABLE[name].param))
    config = build(values).value
    assert flatten(config)[name] == TABLE[name].param.clean(values[name]).value, "the value was not taken"
    query = to_query(config)
    assert all(isinstance(text, str) and text == text.strip() for text in query.values())
    again = read_query(query)
    assert again.value == config and not again.notes, again.notes
    assert to_query(again.value) == query  # the link it writes back is the same link


KNOB_CASES = [
    pytest.param(group.choice, entry.name, param, id=f"{group.url}{entry.name}.{param.name}")
    for group in KNOBS
    for entry in group.registry.values()
    for param in entry.params
]


@pytest.mark.parametrize(("choice", "entry", "param"), KNOB_CASES)
def test_every_registry_knob_round_trips_through_a_link(choice: str, entry: str, param: Param) -> None:
    group = knobs_of(choice)
    value = _other(param)
    config = build(_fitting(choice, entry), lambda g, e: {param.name: value} if g is group else {}).value
    assert getattr(config, group.values)[param.name] == pytest.approx(param.clean(value).value, rel=1e-11)
    query = to_query(config)
    assert query[group.url + param.name] and read_query(query).value == config


def _notes(query: dict[str, str]) -> dict[str, str]:
    """A link's notices as ``{setting: key}``, each checked to read as a whole sentence in every language."""
    found = {}
    for note in read_query(query).notes:
        for language in LANGUAGES:
            text = note.message(language)
            assert text and "{" not in text, (note, language)
        found[str(note.params.get("name", note.key))] = note.key
    return found


def test_a_bad_link_value_is_clamped_and_reported() -> None:
    query = {"ds": "xor", "n": "999999", "noise": "-1", "bs": "2.5e9", "o.lr": "100", "epochs": "ten"}
    config = from_query(query)
    assert (config.n_points, config.noise, config.batch_size, config.lr, config.stop_epochs) == (2000, 0.0, 256, 10, 0)
    assert _notes(query) == {
        "n_points": "param.note.clamped",
        "noise": "param.note.clamped",
        "batch_size": "param.note.clamped",
        "lr": "param.note.clamped",
        "stop_epochs": "param.note.invalid",
    }


def test_names_the_studio_does_not_know_are_replaced_and_reported() -> None:
    query = {"ds": "mandelbrot", "f": "bogus", "h": "4,abc,2", "bn": "yes", "loss": "mse", "opt": "adamax"}
    config = from_query(query)
    assert config.dataset == "circle" and config.model.features == ("x1", "x2") and config.model.widths == (4, 2)
    assert config.model.batch_norm is False and config.loss == "cross_entropy" and config.optimizer == "adam"
    assert _notes(query) == {
        "dataset": "param.note.invalid",
        "train.note.no_features": "train.note.no_features",
        "train.note.layer_skipped": "train.note.layer_skipped",
        "batch_norm": "param.note.invalid",
        "train.note.loss_task": "train.note.loss_task",
        "optimizer": "param.note.invalid",
    }


def test_a_huge_link_value_is_skipped_not_parsed() -> None:
    config = read_query({"ds": "xor", "h": "4," * MAX_QUERY_VALUE})
    assert config.value.model.widths == TrainConfig().model.widths
    assert [note.key for note in config.notes] == ["param.note.too_long"]


def test_a_link_today_s_studio_writes_has_nothing_to_report() -> None:
    rich = build(
        {"dataset": "blobs", "n_classes": 4, "widths": (8, 5), "activations": ("relu", "gelu"), "loss": "focal"},
        lambda group, entry: {"gamma": 1.5} if group.choice == "loss" else {},
    ).value
    assert read_query(to_query(rich)).notes == ()


def test_a_browser_step_value_makes_a_short_exact_link() -> None:
    """A slider at 0.1 + 0.05 sends 0.15000000000000002: the config keeps 0.15, and so does its link."""
    config = build({"noise": 0.1 + 0.05, "test_ratio": 0.35000000000000003, "grad_clip": 0.1 * 3}).value
    assert (config.noise, config.test_ratio, config.grad_clip) == (0.15, 0.35, 0.3)
    query = to_query(config)
    assert (query["noise"], query["test"], query["clip"]) == ("0.15", "0.35", "0.3")
    assert from_query(query) == config
    momentum = build({"optimizer": "momentum"}, lambda group, entry: {"momentum": 0.9 + 0.05}).value
    assert momentum.optimizer_params == {"momentum": 0.95} and to_query(momentum)["o.momentum"] == "0.95"


def test_the_config_table_helpers_know_nothing_of_training() -> None:
    """``playground.core.config_table`` on a toy dataclass: rows, nesting, flatten and unflatten, no training import."""

    @dataclass(frozen=True)
    class Inner:
        depth: int = knob("d", "int", 2, low=1, high=5)

    @dataclass(frozen=True)
    class Outer:
        rate: float = knob("r", "float", 0.5, low=0.0, high=1.0, key="toy.rate_slider")
        inner: Inner = field(default_factory=Inner, metadata={NESTED: Inner})
        note: str = "not a knob"

    table = StateTable("toy", table_rows(Outer))
    assert [(f.name, f.url, f.key) for f in table] == [("rate", "r", "toy.rate_slider"), ("depth", "d", "toy.depth")]
    assert flatten(Outer()) == {"rate": 0.5, "depth": 2} == table.defaults()
    rebuilt = unflatten(Outer, table.from_query({"r": "7", "d": "3"}).value, note="kept")
    assert rebuilt == Outer(rate=1.0, inner=Inner(depth=3), note="kept")
