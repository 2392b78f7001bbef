"""The image pipeline in session state, and the studio's settings in the page's link.

Why a plain list of step dicts under ``image.steps`` and widget keys derived
from a step id: Streamlit drops a page widget's key when the user leaves the
page, so the list is the source of truth; each run copies widget values into
it, and a widget key that vanished is re-seeded from it. Reordering moves
list items, and ids keep each step's widgets attached to it.

The other settings are declared once, in ``IMAGE_STATE``
(``playground.augment.image.settings``): their values come back after a visit
to another page, a session's first visit reads them from the link (``pipe``,
``seed``, ``n``; a bad value is cleaned and reported, a damaged pipeline is
refused with a message), and every run mirrors the grid's settings into the
address bar, so a teacher can share the exact grid.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from playground.augment.image.pipeline import MAX_STEPS, Pipeline, Step
from playground.augment.image.presets import preset
from playground.augment.image.settings import DEFAULT_PRESET, IMAGE_STATE
from playground.core.errors import InputError
from playground.core.seeding import derive_seed
from playground.ui.image.keys import (
    LABEL_PREFIXES,
    LOAD_ERROR,
    LOAD_NOTES,
    NEXT_ID,
    QUICK,
    QUICK_STEPS,
    SEED,
    STEPS,
    URL_ERROR,
    URL_NOTES,
    URL_READ,
)  # fmt: skip
from playground.ui.state.table import keep, read_link_once, seed_defaults, sync_url, write_widgets
from playground.ui.widgets import show_input_error, show_notices


def _next_id() -> int:
    st.session_state[NEXT_ID] = st.session_state.get(NEXT_ID, 0) + 1
    return st.session_state[NEXT_ID]


def _as_rows(pipeline: Pipeline) -> list[dict[str, Any]]:
    return [
        {"id": _next_id(), "name": s.name, "p": s.p, "enabled": s.enabled, "params": dict(s.params)}
        for s in pipeline.steps
    ]


def set_pipeline(pipeline: Pipeline, key: str = STEPS) -> None:
    """Replace the steps (fresh ids, so no stale widget value leaks into the new steps)."""
    st.session_state[key] = _as_rows(pipeline)


def rows(key: str = STEPS) -> list[dict[str, Any]]:
    return st.session_state.setdefault(key, [])


def pipeline_of(key: str = STEPS) -> Pipeline:
    return Pipeline(tuple(Step(r["name"], r["p"], dict(r["params"]), r["enabled"]) for r in rows(key)))


def current_pipeline() -> Pipeline:
    """The pipeline the grid shows: the quick-mode step or the full pipeline."""
    return pipeline_of(QUICK_STEPS if st.session_state.get(QUICK) else STEPS)


def init_state(global_seed: int) -> None:
    """Before any widget: kept values, then defaults, then (once per session) whatever the shared link says."""
    keep(IMAGE_STATE, prefixes=LABEL_PREFIXES)  # the labels drawn on this image (keys carry its hash)
    if STEPS not in st.session_state:
        set_pipeline(preset(DEFAULT_PRESET))
    st.session_state.setdefault(SEED, int(global_seed))
    link = read_link_once(IMAGE_STATE, URL_READ)
    if link is not None:
        values, notes = link
        token = values.pop("pipe", None)
        write_widgets(IMAGE_STATE, values)
        if token is not None:
            try:
                shared = Pipeline.read_url(token)
            except InputError as error:
                st.session_state[URL_ERROR] = error
            else:
                set_pipeline(shared.value)
                st.session_state[QUICK] = False
                notes = (*notes, *shared.notes)
        st.session_state[URL_NOTES] = notes
    seed_defaults(IMAGE_STATE)


def show_link_messages() -> None:
    """What the link got wrong: a refused pipeline as an error, each cleaned value as a notice (both once)."""
    if URL_ERROR in st.session_state:
        show_input_error(st.session_state.pop(URL_ERROR))
    show_notices(st.session_state.pop(URL_NOTES, ()))


def sync_link(pipeline: Pipeline, seed: int, n: int) -> None:
    """Mirror the grid's settings into the URL (only what changed, to keep history quiet)."""
    sync_url(IMAGE_STATE, {"pipe": pipeline.to_url(), "seed": seed, "n": n})


# --- callbacks (run before the next script run, so widgets can be changed safely) ---------------


def add_step(name: str, key: str = STEPS) -> None:
    if len(rows(key)) < MAX_STEPS:
        rows(key).extend(_as_rows(Pipeline((Pipeline.step(name),))))


def remove_step(step_id: int, key: str = STEPS) -> None:
    st.session_state[key] = [r for r in rows(key) if r["id"] != step_id]


def move_step(step_id: int, offset: int, key: str = STEPS) -> None:
    items = rows(key)
    index = next(i for i, r in enumerate(items) if r["id"] == step_id)
    target = min(max(index + offset, 0), len(items) - 1)
    items.insert(target, items.pop(index))


def load_preset(name_key: str) -> None:
    set_pipeline(preset(st.session_state[name_key]))
    st.session_state[QUICK] = False


def choose_quick(name_key: str) -> None:
    set_pipeline(Pipeline((Pipeline.step(st.session_state[name_key], p=1.0),)), QUICK_STEPS)


def reroll() -> None:
    """A new seed, derived from the old one so a class clicking together stays in step."""
    st.session_state[SEED] = derive_seed(st.session_state.get(SEED, 0), "reroll") % 1_000_000


def load_json(upload_key: str) -> None:
    """Load an uploaded pipeline file: values it had to clean are kept as notices, a broken file as an error."""
    uploaded = st.session_state.get(upload_key)
    st.session_state.pop(LOAD_ERROR, None)
    st.session_state.pop(LOAD_NOTES, None)
    if uploaded is None:
        return
    try:
        loaded = Pipeline.read_json(uploaded.getvalue())
    except InputError as error:
        st.session_state[LOAD_ERROR] = error
        return
    set_pipeline(loaded.value)
    st.session_state[QUICK] = False
    st.session_state[LOAD_NOTES] = loaded.notes
