"""Reproducible randomness from the one global seed in the sidebar.

Why streams: each page (and each use inside a page) derives its own
generator from ``(seed, stream name)``, so changing the image studio's draws
never shifts the training page's data, and a draw can be replayed alone.
Nothing here touches NumPy's or torch's global generators.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # torch is imported where a torch generator is made: the audio engine reads seeds without it
    import torch

MAX_SEED = 2**31 - 1
DEFAULT_SEED = 42  # a number teachers recognise; any fixed value would do


def derive_seed(seed: int, *stream: object) -> int:
    """A 63-bit seed mixed from the global seed and a stream name (stable across runs)."""
    text = "/".join([str(int(seed)), *map(str, stream)])
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little") >> 1


def numpy_rng(seed: int, *stream: object) -> np.random.Generator:
    """A NumPy generator for one stream of one seed."""
    return np.random.default_rng(derive_seed(seed, *stream))


def torch_generator(seed: int, *stream: object, device: str | torch.device = "cpu") -> torch.Generator:
    """A torch generator for one stream of one seed."""
    import torch  # noqa: PLC0415 (see the import at the top)

    generator = torch.Generator(device=device)
    generator.manual_seed(derive_seed(seed, *stream))
    return generator


@contextmanager
def seeded_torch_init(seed: int, *stream: object) -> Iterator[None]:
    """Seed torch's global CPU generator for the block, then put it back as it was.

    Why: ``nn.Linear`` and ``nn.init`` draw from the global generator and take
    no ``generator`` argument. Models built in the server process (one per
    user) must not move the generator every other session and library uses.
    """
    import torch  # noqa: PLC0415 (see the import at the top)

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(derive_seed(seed, *stream))
        yield
