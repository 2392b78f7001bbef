"""The lab's one state table: the chosen experiment and every experiment's sizes, with link names and keys.

Why one table: a teacher shares ``/parallel?exp=ddp&ddp.world=2&ddp.width=512``
and the class opens the same experiment at the same sizes; the widgets, the
URL and the cache key all read the same cleaned values. Each experiment's
``Param`` appears here under ``<experiment>.<param>`` (its link name too)
with the widget key ``parallel.<experiment>.<param>``. The guess is not in
the table: a link must not carry the answer to the question it asks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from playground.core.params import Param
from playground.core.state_table import Field, StateTable
from playground.parallel.experiments import EXPERIMENTS

PREFIX = "parallel"
EXPERIMENT = Param("experiment", "choice", "threads", choices=tuple(EXPERIMENTS), label_key="parallel.experiment")


def field_name(experiment: str, param: str) -> str:
    return f"{experiment}.{param}"


TABLE = StateTable(
    PREFIX,
    (
        Field(EXPERIMENT, "exp", f"{PREFIX}.experiment"),
        *(
            Field(
                replace(param, name=field_name(entry.name, param.name)),
                field_name(entry.name, param.name),
                f"{PREFIX}.{entry.name}.{param.name}",
            )
            for entry in EXPERIMENTS.values()
            for param in entry.params
        ),
    ),
)


def sizes_of(experiment: str, values: dict[str, Any]) -> dict[str, Any]:
    """The chosen experiment's own sizes, by its params' names, from the table's flat values."""
    return {p.name: values[field_name(experiment, p.name)] for p in EXPERIMENTS[experiment].params}


def url_names_of_others(experiment: str) -> tuple[str, ...]:
    """Link names of the other experiments' sizes (dropped from the address bar)."""
    return tuple(f.url for f in TABLE if f.url and "." in f.url and not f.url.startswith(f"{experiment}."))


def url_values(experiment: str, values: dict[str, Any]) -> dict[str, Any]:
    """The table values the address bar shows: the experiment and its own sizes."""
    own = {field_name(experiment, p.name) for p in EXPERIMENTS[experiment].params}
    return {name: value for name, value in values.items() if name == "experiment" or name in own}
