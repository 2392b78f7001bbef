"""The pipeline in session state and in the page URL.

Why a plain list of step dicts under ``image.steps`` and widget keys derived
from a step id: Streamlit drops a page widget's key when the user leaves the
page, so the list is the source of truth; each run copies widget values into
it, and a widget key that vanished is re-seeded from it. Reordering moves
list items, and ids keep each step's widgets attached to it.

The URL carries ``pipe`` (compact base64url, see ``playground.augment.image.pipeline.to_url``),
``seed`` and ``n`` so a teacher can share the exact grid; it is read once per session.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from playground.augment.image.pipeline import MAX_DRAWS, MAX_STEPS, Pipeline, Step, from_url, new_step, to_url
from playground.augment.image.presets import preset
from playground.augment.image.registry import IMAGE_TRANSFORMS
from playground.core.errors import InputError
from playground.core.seeding import MAX_SEED, derive_seed

STEPS = "image.steps"
QUICK_STEPS = "image.quick_steps"
NEXT_ID = "image.next_id"
URL_READ = "image.url_read"
URL_ERROR = "image.url_error"
LOAD_ERROR = "image.load_error"
SEED = "image.seed"
N_DRAWS = "image.n_draws"
QUICK = "image.quick"
QUICK_NAME = "image.quick_name"
DEFAULT_PRESET = "light"
DEFAULT_DRAWS = 12


def widget_key(step_id: int, field: str) -> str:
    return f"image.step.{step_id}.{field}"


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
    return Pipeline([Step(r["name"], r["p"], dict(r["params"]), r["enabled"]) for r in rows(key)])


def current_pipeline() -> Pipeline:
    """The pipeline the grid shows: the quick-mode step or the full pipeline."""
    return pipeline_of(QUICK_STEPS if st.session_state.get(QUICK) else STEPS)


def init_state(global_seed: int) -> None:
    """First run of a session: defaults, then whatever the shared link says."""
    if STEPS not in st.session_state:
        set_pipeline(preset(DEFAULT_PRESET))
    st.session_state.setdefault(SEED, int(global_seed))
    st.session_state.setdefault(N_DRAWS, DEFAULT_DRAWS)
    if st.session_state.get(URL_READ):
        return
    st.session_state[URL_READ] = True
    params = st.query_params
    try:
        if "pipe" in params:
            set_pipeline(from_url(params["pipe"]))
            st.session_state[QUICK] = False
        if "seed" in params:
            st.session_state[SEED] = min(max(int(params["seed"]), 0), MAX_SEED)
        if "n" in params:
            st.session_state[N_DRAWS] = min(max(int(params["n"]), 1), MAX_DRAWS)
    except InputError as error:
        st.session_state[URL_ERROR] = error
    except ValueError:
        st.session_state[URL_ERROR] = InputError("image.err.bad_link")


def sync_url(pipeline: Pipeline, seed: int, n: int) -> None:
    """Mirror the grid's settings into the URL (only what changed, to keep history quiet)."""
    wanted = {"pipe": to_url(pipeline), "seed": str(seed), "n": str(n)}
    for name, value in wanted.items():
        if st.query_params.get(name) != value:
            st.query_params[name] = value


# --- callbacks (run before the next script run, so widgets can be changed safely) ---------------


def add_step(name: str, key: str = STEPS) -> None:
    if len(rows(key)) < MAX_STEPS:
        rows(key).extend(_as_rows(Pipeline([new_step(name)])))


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
    step = new_step(st.session_state[name_key], p=1.0)
    set_pipeline(Pipeline([step]), QUICK_STEPS)


def reroll() -> None:
    """A new seed, derived from the old one so a class clicking together stays in step."""
    st.session_state[SEED] = derive_seed(st.session_state.get(SEED, 0), "reroll") % 1_000_000


def load_json(upload_key: str) -> None:
    uploaded = st.session_state.get(upload_key)
    st.session_state.pop(LOAD_ERROR, None)
    if uploaded is None:
        return
    try:
        set_pipeline(Pipeline.from_json(uploaded.getvalue()))
        st.session_state[QUICK] = False
    except InputError as error:
        st.session_state[LOAD_ERROR] = error


def known(name: str) -> bool:
    return name in IMAGE_TRANSFORMS
