"""Set before any test module is imported: the token the test run's own Ray cluster uses.

Why here: Ray reads its authentication mode once, when it is first imported, and several
modules import it (the engine-stands-alone test imports every module of ``playground``).
"""

from __future__ import annotations

import support.ray_cluster  # noqa: F401 (sets RAY_AUTH_MODE and RAY_AUTH_TOKEN for this process)
