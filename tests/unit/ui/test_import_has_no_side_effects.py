"""Importing a UI module never reruns the script; every page asks for it explicitly, first."""

from __future__ import annotations

import ast
import subprocess
import sys

from playground.catalog import ready_pages
from support.apptest import ROOT

SCRIPT = """
import importlib, pkgutil, sys
from streamlit.runtime.pages_manager import PagesManager
PagesManager.uses_pages_directory = True  # as when a deep link is served before the router ran
import playground.ui
for module in pkgutil.walk_packages(playground.ui.__path__, prefix="playground.ui."):
    importlib.import_module(module.name)
sys.exit(0 if PagesManager.uses_pages_directory is True else 3)
"""


def test_importing_every_ui_module_leaves_the_page_mode_alone() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], check=False, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr or "an import switched the page mode (and would rerun)"


def test_every_page_enters_through_the_frame_first() -> None:
    for page in ready_pages():
        tree = ast.parse((ROOT / page.file).read_text())
        code = [node for node in tree.body if not isinstance(node, ast.Import | ast.ImportFrom | ast.Expr)
                or (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call))]  # fmt: skip
        first = code[0]
        assert isinstance(first, ast.Expr) and ast.unparse(first.value) == "enter_page()", page.file
