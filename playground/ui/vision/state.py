"""The lab's settings in session state and the address bar, and the pipeline its augmented run trains with.

Why the lab's own pipeline is a link token in ``vision.pipe``: the editor's
widgets are drawn only for chosen steps (Streamlit forgets the others), the
token is what travels in the link, and it is the image studio's own format
(``Pipeline.to_url``), so a pipeline pasted between the two reads the same.
The image studio's *current* pipeline is read from its documented session
keys (``playground.ui.image.keys``), read-only: opening the lab never changes
the studio.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from playground.augment.core import Step
from playground.augment.image.pipeline import Pipeline
from playground.core.errors import InputError
from playground.ui.image import keys as image_keys
from playground.ui.state.table import keep, read_link_once, read_widgets, seed_defaults, sync_url, write_widgets
from playground.ui.vision.keys import EDIT_PREFIX, EDIT_STEPS, LINK_ERROR, LINK_NOTES, PIPE, URL_DONE, edit_key
from playground.ui.widgets import widget_value
from playground.vision.augment import DEFAULT_PIPELINE, EDITABLE
from playground.vision.settings import VISION, VisionSettings


def init_state() -> None:
    """Before any widget: kept values, once per session the link, then defaults; the editor from the token."""
    keep(VISION, prefixes=(EDIT_PREFIX,))
    link = read_link_once(VISION, URL_DONE)
    if link is not None:
        values, notes = link
        write_widgets(VISION, values)
        st.session_state[LINK_NOTES] = notes
        if "pipe" in values:
            st.session_state.pop(EDIT_STEPS, None)  # the link's pipeline replaces what the editor held
    seed_defaults(VISION)
    if EDIT_STEPS not in st.session_state:
        write_editor(_token_pipeline(st.session_state[PIPE]))


def _token_pipeline(token: str) -> Pipeline:
    """The lab's pipeline from its token; a damaged one is reported once and the lab's default stands in."""
    try:
        pipeline = Pipeline.read_url(token).value
    except InputError as error:
        st.session_state[LINK_ERROR] = error
        return DEFAULT_PIPELINE
    return Pipeline(tuple(s for s in pipeline.steps if s.name in EDITABLE))


def write_editor(pipeline: Pipeline) -> None:
    """Put a pipeline's steps into the editor's widget keys (one step per transform, in the editor's order)."""
    state = st.session_state
    chosen = []
    for step in pipeline.steps:
        if step.name in chosen or step.name not in EDITABLE:
            continue
        chosen.append(step.name)
        spec = Pipeline.spec(step.name)
        state[edit_key(step.name, "p")] = float(step.p)
        for param in spec.params:
            state[edit_key(step.name, param.name)] = widget_value(param, step.params.get(param.name, param.default))
    state[EDIT_STEPS] = chosen


def editor_pipeline() -> Pipeline:
    """The pipeline the editor's widgets describe (values cleaned by the transforms' own ``Param``s)."""
    state = st.session_state
    steps = []
    for name in state.get(EDIT_STEPS, []):
        spec = Pipeline.spec(name)
        values = {p.name: state[edit_key(name, p.name)] for p in spec.params if edit_key(name, p.name) in state}
        steps.append(Pipeline.step(name, p=float(state.get(edit_key(name, "p"), spec.p)), **values))
    return Pipeline(tuple(steps))


def studio_pipeline() -> Pipeline | None:
    """The image studio's current pipeline (quick mode's step or the full one), or None if it holds none."""
    state = st.session_state
    key = image_keys.QUICK_STEPS if state.get(image_keys.QUICK) else image_keys.STEPS
    rows: list[dict[str, Any]] = state.get(key) or []
    if not rows:
        return None
    return Pipeline(tuple(Step(r["name"], r["p"], dict(r["params"]), r["enabled"]) for r in rows))


def current_settings() -> VisionSettings:
    """Every setting from its widget key, cleaned by its ``Param``."""
    return VisionSettings.from_values(read_widgets(VISION))


def sync_link(settings: VisionSettings) -> None:
    """Mirror the settings into the address bar (only what changed)."""
    sync_url(VISION, settings.__dict__)
