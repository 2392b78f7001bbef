"""No file is ever loaded with torch.load unless weights_only=True (pickle runs code)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCANNED = ("playground", "pages", "benchmarks", "streamlit_app.py")


def _torch_load_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "load":
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id == "torch":
                yield node


def test_every_torch_load_passes_weights_only_true():
    offenders = []
    files = [p for name in SCANNED for p in ([ROOT / name] if name.endswith(".py") else (ROOT / name).rglob("*.py"))]
    for path in files:
        source = path.read_text(encoding="utf-8")
        for call in _torch_load_calls(ast.parse(source)):
            weights_only = [k for k in call.keywords if k.arg == "weights_only"]
            if not weights_only or not (
                isinstance(weights_only[0].value, ast.Constant) and weights_only[0].value.value is True
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{call.lineno}")
        if "from torch import load" in source:
            offenders.append(f"{path.relative_to(ROOT)}: imports torch.load by name")
    assert not offenders, offenders
