"""The engine must work in a notebook: no module outside playground.ui imports streamlit."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import playground
from support.apptest import ROOT


def engine_modules() -> list[str]:
    return [
        module.name
        for module in pkgutil.walk_packages(playground.__path__, prefix="playground.")
        if not module.name.startswith("playground.ui")
    ]


def test_importing_the_whole_engine_leaves_streamlit_out() -> None:
    modules = engine_modules()
    assert "playground.core.devices" in modules
    script = "import importlib, sys\n" + "".join(f"importlib.import_module({name!r})\n" for name in modules)
    script += "sys.exit(3 if 'streamlit' in sys.modules else 0)\n"
    result = subprocess.run(
        [sys.executable, "-c", script], check=False, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr or "streamlit was imported by the engine"
