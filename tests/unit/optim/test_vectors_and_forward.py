"""Typed vectors and the forward pass: clear errors that say what is wrong and how to fix it."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F  # noqa: N812

from playground.core.errors import InputError
from playground.optim.forward import Layer, forward
from playground.optim.vectors import parse_labels, parse_matrix, parse_vector, same_length


@pytest.mark.parametrize("text", ["1, 2", "[1 2]", "(1;2)", " 1,2 ", "[1, 2]"])
def test_vectors_accept_what_students_write(text: str) -> None:
    assert parse_vector(text, "y") == (1.0, 2.0)


@pytest.mark.parametrize(
    ("text", "key", "params"),
    [
        ("1, a", "opt.err.not_a_number", {"token": "a", "position": 2}),
        ("1, two, 3", "opt.err.not_a_number", {"token": "two", "position": 2}),
        ("", "opt.err.empty", {}),
        ("[ ]", "opt.err.empty", {}),
        ("1, nan", "opt.err.not_finite", {"position": 2}),
        (", ".join(["1"] * 65), "opt.err.too_long", {"count": 65}),
    ],
)
def test_bad_vectors_name_the_entry(text: str, key: str, params: dict) -> None:
    with pytest.raises(InputError) as caught:
        parse_vector(text, "y_true")
    assert caught.value.key == key
    for name, value in params.items():
        assert caught.value.params[name] == value
    assert "y_true" in caught.value.message("en") and "y_true" in caught.value.message("zh")


def test_matrices_rows_and_ragged_rows() -> None:
    assert parse_matrix("1, 2; 3, 4", "W") == ((1.0, 2.0), (3.0, 4.0))
    assert parse_matrix("[[1, 2], [3, 4]]", "W") == ((1.0, 2.0), (3.0, 4.0))
    assert parse_matrix("1 2\n3 4", "W") == ((1.0, 2.0), (3.0, 4.0))
    with pytest.raises(InputError) as caught:
        parse_matrix("1, 2; 3", "W")
    assert caught.value.key == "opt.err.ragged" and caught.value.params["row"] == 2


def test_labels_and_lengths() -> None:
    assert parse_labels("0, 2", "y", 3) == (0, 2)
    with pytest.raises(InputError, match="whole numbers"):
        parse_labels("0.5", "y")
    with pytest.raises(InputError, match="0 to 1"):
        parse_labels("2", "y", 2)
    with pytest.raises(InputError) as caught:
        same_length((1.0, 2.0), (1.0, 2.0, 3.0), "y_true", "y_pred")
    message = caught.value.message("en")
    assert "y_true has 2 entries but y_pred has 3" in message and "same length" in message


def test_forward_equals_torch_linear_layers() -> None:
    x = (1.0, 2.0)
    w1, b1 = ((0.5, -1.0, 0.3), (0.8, 0.2, -0.6)), (0.1, 0.0, -0.2)
    w2, b2 = ((1.0,), (-0.5,), (0.7,)), (0.2,)
    results = forward(x, [Layer(w1, b1, "relu"), Layer(w2, b2, "identity")])
    hidden = torch.relu(F.linear(torch.tensor([x]), torch.tensor(w1).T, torch.tensor(b1)))
    output = F.linear(hidden, torch.tensor(w2).T, torch.tensor(b2))
    assert results[0].outputs == pytest.approx(hidden[0].tolist())
    assert results[1].outputs == pytest.approx(output[0].tolist())
    assert results[0].shape == (2, 3) and results[1].shape == (3, 1)
    assert results[0].sum_text(0) == "1·0.5 + 2·0.8 + 0.1 = 2.2"


def test_input_of_length_two_against_three_by_two_weights_says_which_dimension() -> None:
    layer = Layer(((0.5, -1.0), (0.8, 0.2), (0.3, -0.6)), (0.1, 0.0))
    with pytest.raises(InputError) as caught:
        forward((1.0, 2.0), [layer])
    error = caught.value
    assert error.key == "opt.err.x_vs_w"
    assert (error.params["n_x"], error.params["rows"], error.params["cols"]) == (2, 3, 2)
    english = error.message("en")
    assert "x has 2 entries" in english and "W1 is 3×2" in english and "Fix" in english
    assert "3×2" in error.message("zh") and "修正" in error.message("zh")


def test_bias_and_second_layer_mismatches() -> None:
    with pytest.raises(InputError) as caught:
        forward((1.0, 2.0), [Layer(((1.0, 0.0), (0.0, 1.0)), (1.0, 2.0, 3.0))])
    assert caught.value.key == "opt.err.b_vs_w" and "give b1 2 entries" in caught.value.message("en")
    with pytest.raises(InputError) as caught:
        forward(
            (1.0, 2.0), [Layer(((1.0, 0.0, 1.0), (0.0, 1.0, 1.0)), (0.0, 0.0, 0.0)), Layer(((1.0,), (1.0,)), (0.0,))]
        )
    assert caught.value.params["input"] == "a1" and caught.value.params["layer"] == 2
