"""The optimization lab's settings, declared once per section: their Params, link names and widget keys.

Why tables (after tensorflow/playground's ``State.PROPS``): each section's
settings used to be written four times, in the widgets' defaults, a link
writer, a link reader with its own clamping and the page's list of kept
keys. Now each section is one ``StateTable``; reading and writing links
(``playground.optim.link``), seeding widgets and keeping values across page
switches (``playground.ui.optim``) are derived from it.

A section's bounds and defaults follow one choice in it: the race's start
stays in *the chosen surface's* window and its learning rates default to
that surface's suggestions; descent's start stays in the function's domain;
the loss boxes start with the kind's example. So ``table(section, choice)``
gives the table for one choice; every choice's table has the same fields,
link names and widget keys, and ``FOLLOW_CHOICE`` names the fields that
picking another choice resets.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from playground.core.params import Param
from playground.core.state_table import Field, StateTable
from playground.nn.optimizers import OPTIMIZERS
from playground.optim.calculator import CALCULATOR_KINDS, KINDS
from playground.optim.curves import CURVE_LOSSES
from playground.optim.descent import FUNCTIONS, MAX_STEPS
from playground.optim.forward import ACTIVATIONS
from playground.optim.race import default_entry
from playground.optim.surfaces import SURFACES

SECTIONS = ("forward", "losses", "descent", "race")
SELECTOR = {"race": "surface", "descent": "fn", "losses": "kind"}  # the field a section's other defaults follow
DEFAULT_RACERS = ("sgd", "momentum", "nesterov", "rmsprop", "adam")
RACE_STEPS_SHOWN = 300  # the engine allows 500; 300 keeps the worst race (11 optimizers) near 2 s
RACE_STEP = 10  # the steps slider's step: a link's 95 opens as 100, as the slider would have it
DESCENT_STEPS_SHOWN = MAX_STEPS // 2
TYPED_LR_STEP = 0.001  # the +/- of a typed learning rate (the widget would otherwise step by its lower bound)

PAGE = StateTable(
    "opt", (Field(Param("section", "choice", "forward", choices=SECTIONS, label_key="opt.section"), "section"),)
)

_ACTIVATION_NAMES = tuple(ACTIVATIONS)
FORWARD = StateTable(  # the typed numbers go in the link as typed; the page explains any shape error
    "opt",
    (
        Field(Param("x", "text", "1, 2", label_key="opt.fw.x"), "x", "opt.fw_x"),
        Field(Param("w1", "text", "0.5, -1, 0.3\n0.8, 0.2, -0.6"), "w1", "opt.fw_w1"),
        Field(Param("b1", "text", "0.1, 0, -0.2"), "b1", "opt.fw_b1"),
        Field(Param("w2", "text", "1\n-0.5\n0.7"), "w2", "opt.fw_w2"),
        Field(Param("b2", "text", "0.2"), "b2", "opt.fw_b2"),
        Field(Param("act1", "choice", "relu", choices=_ACTIVATION_NAMES), "act1", "opt.fw_act1"),
        Field(Param("act2", "choice", "identity", choices=_ACTIVATION_NAMES), "act2", "opt.fw_act2"),
        Field(Param("depth", "int", 2, low=1, high=2, label_key="opt.fw.depth"), "depth", "opt.fw_depth"),
    ),
)
FORWARD_RESET = ("x", "w1", "b1", "act1", "w2", "b2", "act2")  # the Reset button keeps the depth


def _loss_knobs() -> tuple[Param, ...]:
    """Every calculator loss's knob (δ, β, label smoothing, γ, margin), each once, in the page's order."""
    return tuple({p.name: p for kind in CALCULATOR_KINDS.values() for p in kind.loss_params()}.values())


LOSS_KNOBS = _loss_knobs()
KIND = Param("kind", "choice", "regression", choices=KINDS, label_key="opt.loss.kind")
CURVE_KIND = Param("curve_kind", "choice", "regression", choices=tuple(CURVE_LOSSES), label_key="opt.loss.curve_kind")
OUTLIER = Param("outlier", "bool", True, label_key="opt.outlier.toggle")
CURVES = tuple(
    Param(f"curve_losses.{kind}", "multi", ids[:3], choices=ids, label_key="opt.loss.curve_losses")
    for kind, ids in CURVE_LOSSES.items()
)


@cache
def losses_table(kind: str = "regression") -> StateTable:
    """The loss section's settings when the calculator shows ``kind`` (the boxes default to its example)."""
    entry = CALCULATOR_KINDS[kind]
    return StateTable(
        "opt",
        (
            Field(KIND, "kind", "opt.loss_kind"),
            Field(entry.param("y"), "y", "opt.y_true"),
            Field(entry.param("yhat"), "yhat", "opt.y_pred"),
            *(Field(param, key=f"opt.loss_param.{param.name}") for param in LOSS_KNOBS),
            Field(CURVE_KIND, key="opt.curve_kind"),
            *(Field(param, key=f"opt.{param.name}") for param in CURVES),
            Field(OUTLIER, key="opt.outlier"),
        ),
    )


FUNCTION = Param("fn", "choice", "quadratic", choices=tuple(FUNCTIONS), label_key="opt.gd.function")
DESCENT_STEPS = Param("n", "int", 20, low=1, high=DESCENT_STEPS_SHOWN, label_key="opt.gd.steps")


@cache
def descent_table(function: str = "quadratic") -> StateTable:
    """The descent section's settings on ``function`` (its domain bounds the start, its good rate is the default)."""
    spec = FUNCTIONS[function]
    return StateTable(
        "opt",
        (
            Field(FUNCTION, "fn"),
            Field(spec.param("w0"), "w0", "opt.w0"),
            Field(spec.param("lr"), "lr", "opt.lr"),
            Field(DESCENT_STEPS, "n", "opt.n_steps"),
        ),
    )


def hyper_name(optimizer_id: str, name: str) -> str:
    """A racer's hyperparameter as the race's tables (and the link's ``hp``) name it: ``adam.lr``."""
    return f"{optimizer_id}.{name}"


HYPER_NAMES = tuple(hyper_name(o, p.name) for o, spec in OPTIMIZERS.items() for p in spec.params)


def _hyperparameters(surface: str) -> tuple[Field, ...]:
    """Every optimizer's knobs, defaulting to the surface's suggestions (``default_entry``)."""
    fields = []
    for optimizer_id, spec in OPTIMIZERS.items():
        suggested = default_entry(optimizer_id, surface).as_dict()
        for param in spec.params:
            step = TYPED_LR_STEP if param.log and param.step is None else param.step
            named = replace(param, name=hyper_name(optimizer_id, param.name), step=step)
            default = named.clamp(suggested[param.name])
            fields.append(Field(replace(named, default=default), key=f"opt.hp.{optimizer_id}.{param.name}"))
    return tuple(fields)


SURFACE = Param("surface", "choice", "bowl", choices=tuple(SURFACES), label_key="opt.race.surface")
RACERS = Param("racers", "multi", DEFAULT_RACERS, choices=tuple(OPTIMIZERS), label_key="opt.race.optimizers")
RACE_STEPS = Param("steps", "int", 120, RACE_STEP, RACE_STEPS_SHOWN, RACE_STEP, label_key="opt.race.steps")
SHOW_STATE = Param("show_state", "bool", False, label_key="opt.race.show_state", help_key="opt.race.show_state_help")


@cache
def race_table(surface: str = "bowl") -> StateTable:
    """The race's settings on ``surface``: its window bounds the start, its suggestions are the rates' defaults."""
    spec = SURFACES[surface]
    return StateTable(
        "opt",
        (
            Field(SURFACE, "surface"),
            Field(RACERS, "racers", "opt.optimizers"),
            Field(RACE_STEPS, "steps", "opt.race_steps"),
            Field(spec.param("x0"), "x0", "opt.x0"),
            Field(spec.param("y0"), "y0", "opt.y0"),
            Field(SHOW_STATE, key="opt.show_state"),
            *_hyperparameters(surface),
        ),
    )


FOLLOW_CHOICE: dict[str, tuple[str, ...]] = {
    "race": ("x0", "y0", *HYPER_NAMES),
    "descent": ("w0", "lr"),
    "losses": ("y", "yhat"),
}


def table(section: str, choice: str | None = None) -> StateTable:
    """The settings of ``section`` for ``choice`` (its surface, function or kind; None: the default one)."""
    if section == "forward":
        return FORWARD
    makers = {
        "race": (race_table, SURFACES),
        "descent": (descent_table, FUNCTIONS),
        "losses": (losses_table, CALCULATOR_KINDS),
    }
    maker, registry = makers[section]
    return maker(choice) if choice in registry else maker()


def tables() -> tuple[StateTable, ...]:
    """One table per section and the page's own: together, every key the lab keeps across page switches."""
    return (PAGE, *(table(section) for section in SECTIONS))
