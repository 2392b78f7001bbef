"""The optimization lab's settings in the URL, so a teacher can share the exact experiment.

Why: "open this link: Adam against SGD on Rosenbrock from (-1.5, 2)" is how a
class gets to the same picture. Next to ``section``, the section on screen
mirrors its own settings: the forward pass its typed input, weights, biases,
activations and depth; the race its surface, racers, steps, start and the
racers' hyperparameters that differ from the surface's suggestions; descent
its function, start, learning rate and steps; the loss calculator its kind
and two vectors. A session's first visit reads them back. Out-of-range
numbers are clamped; unknown names are skipped and listed in one message.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping

import streamlit as st

from playground.core.params import Param
from playground.nn.losses import LOSSES
from playground.nn.optimizers import OPTIMIZERS
from playground.optim.calculator import CALCULATOR_LOSSES, KINDS
from playground.optim.descent import FUNCTIONS
from playground.optim.forward import ACTIVATIONS
from playground.optim.race import default_entry
from playground.optim.surfaces import SURFACES
from playground.ui.optim import descent, losses, race

LINK_READ, SKIPPED = "opt.link_read", "opt.link_skipped"
PARAMS = {
    "race": ("surface", "racers", "steps", "x0", "y0", "hp"),
    "descent": ("fn", "w0", "lr", "n"),
    "losses": ("kind", "y", "yhat", "lp"),
    "forward": ("x", "w1", "b1", "act1", "w2", "b2", "act2", "depth"),
}
_FORWARD_KEYS = {"x": "opt.fw_x", "w1": "opt.fw_w1", "b1": "opt.fw_b1", "w2": "opt.fw_w2", "b2": "opt.fw_b2"}
MAX_TEXT = 500  # a typed vector in a link; longer is not a classroom example


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def _race_settings() -> dict[str, str]:
    state = st.session_state
    surface = state[race.SURFACE]
    racers = list(state.get(race.OPTIMIZERS_KEY, []))
    changed = []
    for optimizer_id in racers:
        for name, suggested in default_entry(optimizer_id, surface).values:
            value = state.get(race.hyper_key(optimizer_id, name), suggested)
            if float(value) != suggested:
                changed.append(f"{optimizer_id}.{name}:{float(value):g}")
    wanted = {"surface": surface, "racers": ",".join(racers), "steps": str(state[race.STEPS])}
    wanted |= {"x0": f"{state[race.START_X]:g}", "y0": f"{state[race.START_Y]:g}"}
    return wanted | ({"hp": ";".join(changed)} if changed else {})


def _descent_settings() -> dict[str, str]:
    state = st.session_state
    return {"fn": state[descent.FN], "w0": f"{state[descent.START]:g}", "lr": f"{state[descent.LR]:g}",
            "n": str(state[descent.STEPS])}  # fmt: skip


def _losses_settings() -> dict[str, str]:
    state = st.session_state
    wanted = {"kind": state[losses.KIND], "y": state[losses.Y_TRUE], "yhat": state[losses.Y_PRED]}
    changed = [
        f"{param.name}:{float(state[losses.LOSS_PARAM_PREFIX + param.name]):g}"
        for param in _loss_hyperparameters().values()
        if losses.LOSS_PARAM_PREFIX + param.name in state
        and float(state[losses.LOSS_PARAM_PREFIX + param.name]) != float(param.default)
    ]
    return wanted | ({"lp": ";".join(changed)} if changed else {})


def _loss_hyperparameters() -> dict[str, Param]:
    """δ, β, γ, margin, label smoothing...: every calculator loss's parameter, by name."""
    return {
        param.name: param for ids in CALCULATOR_LOSSES.values() for loss_id in ids for param in LOSSES[loss_id].params
    }


def _forward_settings() -> dict[str, str]:
    state = st.session_state
    wanted = {name: state[key] for name, key in _FORWARD_KEYS.items()}
    return wanted | {"act1": state["opt.fw_act1"], "act2": state["opt.fw_act2"], "depth": str(state["opt.fw_depth"])}


_WRITERS: dict[str, Callable[[], dict[str, str]]] = {
    "forward": _forward_settings,
    "race": _race_settings,
    "descent": _descent_settings,
    "losses": _losses_settings,
}


def mirror_section(section: str) -> None:
    """Put the shown section's settings in the URL and drop the other sections' (call after the section ran)."""
    wanted = {"section": section} | _WRITERS[section]()
    for name in {name for names in PARAMS.values() for name in names} - wanted.keys():
        if name in st.query_params:
            del st.query_params[name]
    for name, value in wanted.items():
        if st.query_params.get(name) != value:
            st.query_params[name] = value


def read_link_once() -> None:
    """On a session's first visit, apply the link's settings before any section draws its widgets."""
    if st.session_state.get(LINK_READ):
        return
    st.session_state[LINK_READ] = True
    params = {name: st.query_params[name] for name in st.query_params}
    skipped: list[str] = []
    for reader in (_read_forward, _read_race, _read_descent, _read_losses):
        skipped += reader(params)
    if skipped:
        st.session_state[SKIPPED] = skipped


def pop_skipped() -> list[str]:
    return st.session_state.pop(SKIPPED, [])


def _number(params: Mapping[str, str], name: str, skipped: list[str]) -> float | None:
    """The link's finite number for ``name``, if it has one; a value that is not one is noted as skipped."""
    if name not in params:
        return None
    value = _parse_float(params[name])
    if value is None:
        skipped.append(f"{name}={params[name]}")
    return value


def _choice(params: Mapping[str, str], name: str, allowed: Collection[str], default: str, skipped: list[str]) -> str:
    """The link's value for ``name`` if it is one of ``allowed``; else ``default``, noting the bad value."""
    value = params.get(name, default)
    if value in allowed:
        return value
    skipped.append(f"{name}={value}")
    return default


def _parse_float(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _within(param: Param, value: float) -> float | int | bool:
    """``value`` as the widget for ``param`` holds it: clamped to its range, int or bool by kind."""
    if param.kind == "bool":
        return value != 0
    low = param.low if param.low is not None else value
    high = param.high if param.high is not None else value
    clamped = _clamp(value, low, high)
    return int(clamped) if param.kind == "int" else clamped


def _read_forward(params: Mapping[str, str]) -> list[str]:
    """The typed vectors and matrices as they were (the page explains any shape error), activations checked."""
    skipped = []
    for name, key in _FORWARD_KEYS.items():
        if name in params:
            st.session_state[key] = params[name][:MAX_TEXT]
    for name in ("act1", "act2"):
        if name in params:
            if params[name] in ACTIVATIONS:
                st.session_state[f"opt.fw_{name}"] = params[name]
            else:
                skipped.append(f"{name}={params[name]}")
    if "depth" in params:
        if params["depth"] in ("1", "2"):
            st.session_state["opt.fw_depth"] = int(params["depth"])
        else:
            skipped.append(f"depth={params['depth']}")
    return skipped


def _read_race(params: Mapping[str, str]) -> list[str]:
    if not any(name in params for name in PARAMS["race"]):
        return []
    state, skipped = st.session_state, []
    surface_id = state[race.SURFACE] = _choice(params, "surface", SURFACES, "bowl", skipped)
    race.reset_for_surface()  # its start and suggested learning rates, then the link's own values
    surface = SURFACES[surface_id]
    if "racers" in params:
        racers = [name for name in params["racers"].split(",") if name]
        skipped += [f"racers={name}" for name in racers if name not in OPTIMIZERS]
        state[race.OPTIMIZERS_KEY] = list(dict.fromkeys(name for name in racers if name in OPTIMIZERS))
    if (steps := _number(params, "steps", skipped)) is not None:
        state[race.STEPS] = int(_clamp(round(steps / 10) * 10, 10, race.MAX_STEPS_SHOWN))
    for name, key, bounds in (("x0", race.START_X, surface.x_range), ("y0", race.START_Y, surface.y_range)):
        if (value := _number(params, name, skipped)) is not None:
            state[key] = round(_clamp(value, *bounds), 2)
    for item in filter(None, params.get("hp", "").split(";")):
        skipped += _read_hyperparameter(item)
    return skipped


def _read_hyperparameter(item: str) -> list[str]:
    """``adam.lr:0.05`` into the race's widget for it, clamped to the parameter's range."""
    target, _, text = item.partition(":")
    optimizer_id, _, name = target.partition(".")
    spec = OPTIMIZERS.get(optimizer_id)
    param = next((p for p in spec.params if p.name == name), None) if spec else None
    value = _parse_float(text)
    if param is None or value is None:
        return [f"hp={item}"]
    st.session_state[race.hyper_key(optimizer_id, name)] = _within(param, value)
    return []


def _read_descent(params: Mapping[str, str]) -> list[str]:
    if not any(name in params for name in PARAMS["descent"]):
        return []
    state, skipped = st.session_state, []
    function_id = state[descent.FN] = _choice(params, "fn", FUNCTIONS, "quadratic", skipped)
    descent.reset_for_function()
    if (start := _number(params, "w0", skipped)) is not None:
        state[descent.START] = round(_clamp(start, *FUNCTIONS[function_id].domain), 2)
    if (lr := _number(params, "lr", skipped)) is not None:
        state[descent.LR] = _clamp(lr, descent.LR_RANGE[0], descent.LR_RANGE[1])
    if (steps := _number(params, "n", skipped)) is not None:
        state[descent.STEPS] = int(_clamp(steps, 1, descent.STEPS_SHOWN))
    return skipped


def _read_losses(params: Mapping[str, str]) -> list[str]:
    if not any(name in params for name in PARAMS["losses"]):
        return []
    state, skipped = st.session_state, []
    state[losses.KIND] = _choice(params, "kind", KINDS, "regression", skipped)
    losses.load_example()
    for name, key in (("y", losses.Y_TRUE), ("yhat", losses.Y_PRED)):
        if name in params:
            state[key] = params[name][:MAX_TEXT]
    known = _loss_hyperparameters()
    for item in filter(None, params.get("lp", "").split(";")):
        name, _, text = item.partition(":")
        value = _parse_float(text)
        if name not in known or value is None:
            skipped.append(f"lp={item}")
            continue
        state[losses.LOSS_PARAM_PREFIX + name] = _within(known[name], value)
    return skipped
