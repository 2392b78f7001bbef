"""The audio pipeline as a short link token, so a teacher can share the exact grid.

Rows are ``[name, p]`` or ``[name, p, {settings that differ from the defaults}]``,
packed by ``link_token``; loading goes through ``Pipeline.from_dict``, so a
hand-edited link is checked and clamped exactly like a pipeline file.
"""

from __future__ import annotations

from typing import Any

from playground.augment.audio.pipeline import FORMAT, Pipeline, plain
from playground.augment.audio.registry import REGISTRY
from playground.core.errors import InputError
from playground.core.link_token import BadTokenError, pack, unpack


def to_url(pipeline: Pipeline) -> str:
    rows: list[list[Any]] = []
    for step in pipeline.steps:
        defaults = plain(REGISTRY[step.name].default_settings())
        changed = {name: value for name, value in plain(step.settings).items() if defaults.get(name) != value}
        rows.append([step.name, step.p, changed] if changed else [step.name, step.p])
    return pack(rows)


def from_url(token: str) -> Pipeline:
    """The inverse of ``to_url``; a damaged or foreign link raises ``InputError``, never a traceback."""
    try:
        rows = unpack(token)
        steps = [{"name": row[0], "p": row[1], "settings": row[2] if len(row) > 2 else {}} for row in rows]
    except (BadTokenError, TypeError, IndexError, KeyError) as error:
        raise InputError("audio.error.bad_link") from error
    return Pipeline.from_dict({"format": FORMAT, "steps": steps})
