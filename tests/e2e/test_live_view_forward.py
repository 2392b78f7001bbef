"""The live view's browser forward pass draws the same boundary as the engine's own (PyTorch) forward pass.

Why in Chromium: that is where ``forward.js`` runs for students. For every
activation, every input feature, batch norm, regression and 2 to 5 classes,
a trained-looking random model is described by ``describe_model`` and
evaluated both ways on the engine's own 100×100 grid; the predicted class of
every pixel must agree, except where PyTorch itself is within 1e-4 of a tie.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from playwright.sync_api import Page

from playground.core.seeding import seeded_torch_init
from playground.training.features import FEATURES
from playground.training.live_model import describe_model
from playground.training.model import ACTIVATIONS, ModelConfig, build_model
from playground.training.snapshot import BOUNDARY_SIDE, grid
from support.apptest import ROOT

FORWARD_JS = (ROOT / "playground/ui/components/live_view/forward.js").read_text()
EXTENT = 6.0
CASES = [(act, ("x1", "x2"), False, 2) for act in ACTIVATIONS] + [
    ("tanh", tuple(FEATURES), False, 3),
    ("relu", ("x1sq", "x2sq", "x1x2"), True, 4),
    ("gelu", ("sin_x1", "sin_x2", "x1"), True, 5),
    ("elu", ("x1", "x2"), True, 1),  # regression
]


def _model(act: str, features: tuple[str, ...], batch_norm: bool, outputs: int) -> torch.nn.Sequential:
    """A model with weights of one that has learned something (not the tiny init), and a boundary to draw."""
    for seed in range(20):
        model = _random_model(act, features, batch_norm, outputs, seed)
        with torch.no_grad():
            out = model(grid(EXTENT, BOUNDARY_SIDE))
        if outputs == 1 or len(set(out.argmax(1).tolist())) > 1:
            return model
    raise AssertionError("no seed gave a model with two classes on the grid")


def _random_model(
    act: str, features: tuple[str, ...], batch_norm: bool, outputs: int, seed: int
) -> torch.nn.Sequential:
    config = ModelConfig(features=features, widths=(6, 4), activations=(act, act), batch_norm=batch_norm)
    model = build_model(config, outputs, seed=3)
    with seeded_torch_init(seed, "test.live"):
        for parameter in model.parameters():
            parameter.data.normal_(0, 1.2)
        for module in model.modules():
            if isinstance(module, torch.nn.BatchNorm1d):
                module.running_mean.normal_(0, 0.5)
                module.running_var.uniform_(0.5, 2.0)
    return model.eval()


@pytest.fixture(scope="module")
def forward_page(browser) -> Page:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    page.set_content("<html><body></body></html>")
    page.add_script_tag(content=FORWARD_JS)
    yield page
    page.close()


@pytest.mark.parametrize(("act", "features", "batch_norm", "outputs"), CASES)
def test_browser_forward_pass_matches_pytorch(
    forward_page: Page, act: str, features: tuple[str, ...], batch_norm: bool, outputs: int
) -> None:
    task = "classification" if outputs > 1 else "regression"
    model = _model(act, features, batch_norm, max(outputs, 1))
    described = describe_model(model, task)
    got = np.array(
        forward_page.evaluate(
            "([model, extent, side]) => livePredictedClasses(model, extent, side)",
            [json.loads(json.dumps(described)), EXTENT, BOUNDARY_SIDE],
        )
    )
    with torch.no_grad():
        out = model(grid(EXTENT, BOUNDARY_SIDE))
    if task == "regression":
        np.testing.assert_allclose(got, out[:, 0].numpy(), rtol=1e-4, atol=1e-4)
        return
    probs = torch.softmax(out, 1).numpy()
    expected = probs.argmax(1)
    top2 = np.sort(probs, axis=1)[:, -2:]
    clear = (top2[:, 1] - top2[:, 0]) > 1e-4
    assert (got[clear] == expected[clear]).all(), f"{(got[clear] != expected[clear]).sum()} pixels differ"
    assert len(set(expected.tolist())) > 1, "a degenerate model: every pixel one class"
