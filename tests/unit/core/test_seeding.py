"""One global seed, independent reproducible streams."""

from __future__ import annotations

import numpy as np
import torch

from playground.core.seeding import derive_seed, numpy_rng, seeded_torch_init, torch_generator


def test_same_seed_and_stream_give_the_same_numbers() -> None:
    assert np.array_equal(numpy_rng(3, "image").random(5), numpy_rng(3, "image").random(5))
    first = torch.rand(4, generator=torch_generator(3, "train"))
    assert torch.equal(first, torch.rand(4, generator=torch_generator(3, "train")))


def test_streams_and_seeds_are_independent() -> None:
    assert derive_seed(3, "image") != derive_seed(3, "audio")
    assert derive_seed(3, "image") != derive_seed(4, "image")
    assert 0 <= derive_seed(2**31 - 1, "x") < 2**63


def test_seeded_torch_init_is_reproducible_and_leaves_the_global_generator_alone() -> None:
    before = torch.random.get_rng_state()
    with seeded_torch_init(5, "model"):
        first = torch.nn.Linear(3, 2).weight.detach().clone()
    with seeded_torch_init(5, "model"):
        second = torch.nn.Linear(3, 2).weight.detach().clone()
    assert torch.equal(first, second)
    assert torch.equal(before, torch.random.get_rng_state())
