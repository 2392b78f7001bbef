"""The figure builders: frames computed once and replayed client-side; diagrams show the shapes."""

from __future__ import annotations

from playground.optim.curves import constant_fit, loss_curves
from playground.optim.descent import descend
from playground.optim.figures.curves import constant_fit_figure, curves_figure, descent_figure
from playground.optim.figures.network import network_figure
from playground.optim.figures.race import MAX_FRAMES, distance_figure, frame_steps, loss_gap_figure, race_figure
from playground.optim.forward import Layer, forward
from playground.optim.race import default_entry, run_race
from playground.optim.surfaces import SURFACES

TEXTS = {
    key: key for key in ("play", "pause", "step", "minimum", "start", "pick", "colorbar", "loss_axis", "distance_axis")
}


def test_race_figure_animates_every_path_in_frames() -> None:
    surface = SURFACES["rosenbrock"]
    paths = run_race("rosenbrock", surface.start, 150, [default_entry(o, "rosenbrock") for o in ("sgd", "adam")])
    labels = {"sgd": "SGD", "adam": "Adam"}
    figure = race_figure(surface, paths, labels, TEXTS, surface.start, show_state=True)
    assert len(figure.frames) == MAX_FRAMES
    last = figure.frames[-1]
    assert last.name == "150" and len(last.data) == 5  # sgd: path + head; adam: path + head + moment arrow
    assert len(last.data[0].x) == 151
    assert list(figure.layout.sliders[0].steps[0].args[0]) == ["0"]
    assert loss_gap_figure(paths, labels, surface.minimum_value, TEXTS).data[0].y.min() > 0
    assert len(distance_figure(paths, labels, TEXTS).data) == 2
    assert frame_steps(5) == [0, 1, 2, 3, 4, 5]


def test_network_and_curve_figures_build() -> None:
    results = forward((1.0, 2.0), [Layer(((1.0, 0.0, 2.0), (0.0, 1.0, -1.0)), (0.0, 0.0, 0.0), "relu")])
    texts = {"activation": "activation", "relu": "ReLU", "identity": "none", "sigmoid": "σ", "tanh": "tanh"}
    figure = network_figure(results, texts)
    assert len(figure.data) == 6 + 2  # six edges, two node columns
    curves = loss_curves("regression", ["mse", "huber"])
    assert len(curves_figure(curves, {}, {"loss": "l", "gradient": "g", "x_axis": "e"}).data) == 4
    data, fits = constant_fit(["mse"], with_outlier=True)
    keys = ("best", "pulls", "data", "value", "point", "pull_axis")
    assert len(constant_fit_figure(data, fits, {}, {key: key for key in keys}).data) == 3
    trace = descend("quadratic", 4.0, 1.5, 40)
    assert len(descent_figure(trace, {"path": "p", "step": "s", "minimum": "m"}).data) == 3
