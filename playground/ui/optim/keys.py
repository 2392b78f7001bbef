"""Every session key of the optimization lab: the tables' widget keys by name, and the few no table holds.

The widget keys themselves are declared once, in ``playground.optim.settings``;
this module only names them for the sections' code, so a key is never
spelled twice.
"""

from __future__ import annotations

from playground.optim.settings import FORWARD, PAGE, descent_table, losses_table, race_table

SECTION = PAGE.key("section")

SURFACE, RACERS, RACE_STEPS, START_X, START_Y, SHOW_STATE = (
    race_table().key(name) for name in ("surface", "racers", "steps", "x0", "y0", "show_state")
)
RACE_CHART = "opt.race_chart"  # the contour plot's selection (a click moves the start)

FN, START, LR, STEPS = (descent_table().key(name) for name in ("fn", "w0", "lr", "n"))

KIND, Y_TRUE, Y_PRED = (losses_table().key(name) for name in ("kind", "y", "yhat"))
CURVE_KIND, OUTLIER = losses_table().key("curve_kind"), losses_table().key("outlier")

FORWARD_X, FORWARD_DEPTH = FORWARD.key("x"), FORWARD.key("depth")

LINK_READ, LINK_NOTES = "opt.link_read", "opt.link_notes"  # the link was read; what it could not use as written


def curve_losses_key(kind: str) -> str:
    return losses_table().key(f"curve_losses.{kind}")


def loss_param_key(name: str) -> str:
    return losses_table().key(name)


def layer_keys(index: int) -> tuple[str, str, str]:
    """Layer ``index``'s weights, bias and activation keys."""
    return FORWARD.key(f"w{index}"), FORWARD.key(f"b{index}"), FORWARD.key(f"act{index}")
