"""The optimization lab's links: every section's table round-trips, bad values are clamped and reported.

Oracles: the links recorded before the state tables (``tests/fixtures/recorded_links.json``,
query and the engine inputs the old reader gave), and hand-written links whose
right reading is known.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from playground.core.params import Param
from playground.i18n import LANGUAGES
from playground.optim.link import COMPOUND, all_url_names, race_inputs, read_link, read_section, section_query
from playground.optim.settings import FOLLOW_CHOICE, SECTIONS, table, tables
from playground.optim.surfaces import SURFACES

RECORDING = json.loads((Path(__file__).parents[2] / "fixtures/recorded_links.json").read_text(encoding="utf-8"))

# One non-default link per section, as the page writes them (strings, as a browser sends them back).
LINKS = {
    "forward": {
        "section": "forward",
        "x": "1, 2, 3",
        "w1": "1, 0\n0, 1\n1, 1",
        "b1": "0, 0",
        "w2": "2\n-1",
        "b2": "0.5",
        "act1": "tanh",
        "act2": "sigmoid",
        "depth": "1",
    },
    "losses": {
        "section": "losses",
        "kind": "classification",
        "y": "1, 0",
        "yhat": "1, 2; 3, 1",
        "lp": "label_smoothing:0.1;gamma:3",
    },
    "descent": {"section": "descent", "fn": "quartic", "w0": "-1.5", "lr": "0.0123", "n": "42"},
    "race": {
        "section": "race",
        "surface": "rosenbrock",
        "racers": "adam,lbfgs",
        "steps": "70",
        "x0": "-1.25",
        "y0": "2.75",
        "hp": "adam.beta2:0.99;adam.lr:0.05;lbfgs.history_size:7",
    },
}


@pytest.mark.parametrize("section", SECTIONS)
def test_each_sections_link_round_trips(section: str) -> None:
    link = read_link(LINKS[section])
    assert not link.notes, [note.message("en") for note in link.notes]
    assert link.section == section and set(link.sections) == {section}
    values = link.sections[section]
    assert section_query(section, values) == LINKS[section]
    again = read_link(section_query(section, values))
    assert again.sections[section] == values


@pytest.mark.parametrize("section", SECTIONS)
def test_the_defaults_write_a_link_that_reads_back_to_them(section: str) -> None:
    defaults = table(section).defaults()
    query = section_query(section, defaults)
    assert not any(name in query for name in ("hp", "lp")), "nothing differs from the defaults"
    read = read_section(section, query)
    assert read is not None and not read.notes
    assert read.value == defaults


def test_a_link_of_one_section_leaves_the_others_alone() -> None:
    link = read_link({"section": "descent", "fn": "plateau"})
    assert set(link.sections) == {"descent"}
    assert link.sections["descent"]["w0"] == 4.5, "the function's own start, as a new choice brings"
    assert read_link({}).section == "forward" and not read_link({}).sections


def test_every_url_name_belongs_to_exactly_one_section() -> None:
    names = all_url_names()
    assert len(names) == len(set(names)), names
    assert {"section", "hp", "lp", "surface", "fn", "kind", "x", "depth"} <= set(names)


@pytest.mark.parametrize("link", RECORDING["race"]["links"], ids=lambda link: link["id"])
def test_recorded_race_links_open_to_the_recorded_race(link: dict) -> None:
    opened = read_link(link["query"])
    inputs = race_inputs(opened.sections["race"])
    engine = {
        "surface_id": inputs.surface_id,
        "start": list(inputs.start),
        "steps": inputs.steps,
        "entries": [{"optimizer_id": e.optimizer_id, "values": [list(v) for v in e.values]} for e in inputs.entries],
    }
    assert engine == link["engine"]
    for item in link["skipped"]:  # what the old page listed as skipped is still reported
        url, _, rest = item.partition("=")
        name, _, given = rest.partition(":") if url in COMPOUND["race"].url else (url, "", rest)
        note = next(note for note in opened.notes if note.params["name"] == name)
        assert note.key == "param.note.unknown" or given in str(note.params["given"]), (item, note)


def _messages(link) -> list[str]:
    return [note.message(language) for note in link.notes for language in LANGUAGES]


def test_a_damaged_race_link_is_clamped_and_reported_in_both_languages() -> None:
    link = read_link({"section": "race", "surface": "himmelblau", "racers": "adam,warp", "steps": "5000",
                      "x0": "99", "y0": "nan", "hp": "adam.lr:1e9;adam.zz:1;lbfgs.history_size:5.7"})  # fmt: skip
    race = link.sections["race"]
    surface = SURFACES["himmelblau"]
    assert race["racers"] == ("adam",) and race["steps"] == 300
    assert (race["x0"], race["y0"]) == (surface.x_range[1], surface.start[1]), "clamped; not a number: the default"
    assert race["adam.lr"] == 10.0 and race["lbfgs.history_size"] == 5
    keys = {note.params["name"]: note.key for note in link.notes}
    assert keys == {
        "racers": "param.note.clamped", "steps": "param.note.clamped", "x0": "param.note.clamped",
        "y0": "param.note.invalid", "adam.lr": "param.note.clamped", "adam.zz": "param.note.unknown",
        "lbfgs.history_size": "param.note.clamped",
    }  # fmt: skip
    messages = _messages(link)
    assert len(messages) == 2 * len(keys) and all(message and "{" not in message for message in messages)
    assert any("99" in message and "5" in message for message in messages)


def test_damaged_descent_losses_and_forward_links() -> None:
    link = read_link({"fn": "nope", "w0": "-99", "lr": "abc", "n": "1e9", "kind": "regression",
                      "lp": "delta:0;beta:x;warp:1", "act1": "warp", "depth": "7"})  # fmt: skip
    descent, losses, forward = (link.sections[name] for name in ("descent", "losses", "forward"))
    assert descent == {"fn": "quadratic", "w0": -5.0, "lr": 0.3, "n": 100}
    assert losses["delta"] == 0.01 and losses["beta"] == 1.0 and "warp" not in losses
    assert forward["act1"] == "relu" and forward["depth"] == 2
    names = [note.params["name"] for note in link.notes]
    assert sorted(names) == sorted(["act1", "depth", "fn", "w0", "lr", "n", "delta", "beta", "warp"])


def test_a_value_too_long_for_a_link_is_skipped_and_reported() -> None:
    link = read_link({"section": "losses", "y": "1, " * 3000, "lp": "delta:2;" * 1000})
    assert {note.key for note in link.notes} == {"param.note.too_long"}
    assert link.sections["losses"]["y"] == table("losses")["y"].param.default


def test_each_choice_brings_its_own_bounds_and_defaults() -> None:
    rosenbrock = table("race", "rosenbrock")
    assert rosenbrock["x0"].param.high == 2.0 and rosenbrock["adam.lr"].param.default == 0.2
    assert table("descent", "plateau")["w0"].param.default == 4.5
    assert table("losses", "binary")["y"].param.default == "1, 0, 1, 0"
    for section, names in FOLLOW_CHOICE.items():
        assert set(names) <= set(table(section).fields), section
    for each in (table("race", name) for name in SURFACES):
        assert each.kept_keys() == table("race").kept_keys(), "every surface's table keeps the same keys"


def test_the_tables_keep_every_setting_and_have_distinct_keys() -> None:
    keys = [key for each in tables() for key in each.kept_keys()]
    assert len(keys) == len(set(keys))
    expected = {"opt.section", "opt.fw_x", "opt.fw_depth", "opt.loss_kind", "opt.y_true", "opt.curve_kind",
                "opt.outlier", "opt.curve_losses.regression", "opt.loss_param.delta", "opt.fn", "opt.w0", "opt.lr",
                "opt.n_steps", "opt.surface", "opt.optimizers", "opt.race_steps", "opt.x0", "opt.y0",
                "opt.show_state", "opt.hp.adam.lr", "opt.hp.lbfgs.history_size"}  # fmt: skip
    assert expected <= set(keys), expected - set(keys)


def test_typed_learning_rates_step_by_a_thousandth() -> None:
    param: Param = table("race")["adam.lr"].param
    assert param.log and param.step == 0.001 and param.label_key == "optim.param.lr"
