"""The training loop's bound forward pass gives exactly what the model gives: outputs, gradients, dropout draws."""

from __future__ import annotations

import pytest
import torch

from playground.training.features import FEATURES
from playground.training.flat_params import flatten_parameters
from playground.training.lean_forward import LeanForward
from playground.training.model import ACTIVATIONS, ModelConfig, build_model


def _points() -> torch.Tensor:
    return torch.randn(40, 2, generator=torch.Generator().manual_seed(1)) * 3


def _both(config: ModelConfig, n_outputs: int = 3) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """(module output, lean output, module gradient, lean gradient) from the same seed and random state."""
    results = []
    for lean in (False, True):
        model = build_model(config, n_outputs, seed=7)
        flat = flatten_parameters(model)
        model.train()
        torch.manual_seed(123)  # dropout draws from the global generator: the same state for both
        points = _points()
        out = LeanForward(model)(LeanForward(model).features(points)) if lean else model(points)
        out.square().sum().backward()
        results.append((out.detach(), flat.grad.clone()))
    (out_module, grad_module), (out_lean, grad_lean) = results
    return out_module, out_lean, grad_module, grad_lean


@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
def test_every_activation_gives_the_models_output_and_gradient_bit_for_bit(activation: str) -> None:
    out_module, out_lean, grad_module, grad_lean = _both(
        ModelConfig(widths=(5, 3), activations=(activation, activation))
    )
    assert torch.equal(out_module, out_lean)
    assert torch.equal(grad_module, grad_lean)
    assert float(grad_lean.abs().sum()) > 0


def test_every_feature_dropout_and_batch_norm_give_the_same_numbers() -> None:
    config = ModelConfig(features=tuple(FEATURES), widths=(6, 4, 3), activations=("relu", "tanh", "gelu"),
                         dropout=0.3, batch_norm=True)  # fmt: skip
    out_module, out_lean, grad_module, grad_lean = _both(config)
    assert torch.equal(out_module, out_lean)  # the same dropout masks, the same batch statistics
    assert torch.equal(grad_module, grad_lean)
    model = build_model(config, 3, seed=7)
    lean = LeanForward(model)
    torch.manual_seed(5)
    other_masks = lean(lean.features(_points()))
    assert not torch.equal(other_masks, out_lean)  # dropout did draw: the equality above is not trivial


def test_batch_norm_running_statistics_move_as_the_modules_do() -> None:
    config = ModelConfig(widths=(4,), activations=("tanh",), batch_norm=True)
    module_model, lean_model = build_model(config, 2, seed=3), build_model(config, 2, seed=3)
    points = _points()
    module_model(points)
    lean = LeanForward(lean_model)
    lean(lean.features(points))
    torch.testing.assert_close(module_model[1].norm.running_mean, lean_model[1].norm.running_mean, rtol=0, atol=0)
    assert float(lean_model[1].norm.running_mean.abs().sum()) > 0


def test_it_follows_the_parameters_as_they_change_in_place() -> None:
    model = build_model(ModelConfig(), 2, seed=0)
    lean = LeanForward(model)
    features = lean.features(_points())
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.mul_(-2.0)
        model.load_state_dict({k: v * 0.5 for k, v in model.state_dict().items()})
    assert torch.equal(lean(features), model(_points()))


def test_a_model_of_another_shape_is_refused() -> None:
    with pytest.raises(TypeError, match="build_model"):
        LeanForward(torch.nn.Sequential(torch.nn.Linear(2, 2)))
