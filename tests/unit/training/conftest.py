"""The Ray head for this folder's backend contract tests (started only if a test asks for it).

Package-scoped: it stops when this folder's tests are done, instead of idling
on the two cores through the rest of the suite.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from support.backends import require_ray
from support.ray_cluster import ray_head


@pytest.fixture(scope="package")
def ray_address() -> Iterator[str]:
    require_ray()
    with ray_head(num_cpus=2) as address:
        yield address
        import ray  # noqa: PLC0415

        ray.shutdown()
