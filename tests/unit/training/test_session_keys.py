"""Every session key of the training and compression studios is declared once, in the studio's ``keys.py``.

Why a test: a key respelled in a second file is how the compression studio
could lose the trained model after a rename in the training studio. The
panels and pages must name keys through ``keys`` (or the state table), never
as string literals; and no two names in a ``keys.py`` may share a value.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from playground.ui.compress import keys as compress_keys
from playground.ui.training import keys as training_keys

ROOT = Path(__file__).resolve().parents[3]
STUDIOS = {
    "train.": [*sorted((ROOT / "playground/ui/training").glob("*.py")), ROOT / "pages/training.py"],
    "compress.": [*sorted((ROOT / "playground/ui/compress").glob("*.py")), ROOT / "pages/compression.py"],
}
STATE_CALLS = ("get", "pop", "setdefault", "__setitem__")


def _spelled(node: ast.AST) -> str | None:
    """The literal text of a key expression: a string, or an f-string's leading text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return str(node.values[0].value)
    return None


def _is_session_state(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "session_state") or (
        isinstance(node, ast.Name) and node.id in ("s", "session_state")
    )


def literal_keys(path: Path) -> list[tuple[int, str]]:
    """String literals used as a widget ``key=`` or as a session-state key in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        candidates: list[ast.AST] = []
        if isinstance(node, ast.keyword) and node.arg == "key":
            candidates.append(node.value)
        elif isinstance(node, ast.Subscript) and _is_session_state(node.value):
            candidates.append(node.slice)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            if node.func.attr in STATE_CALLS and _is_session_state(node.func.value):
                candidates.append(node.args[0])
        elif isinstance(node, ast.Compare) and any(_is_session_state(c) for c in node.comparators):
            candidates.append(node.left)  # "key" in st.session_state
        found.extend((node.lineno, text) for c in candidates if (text := _spelled(c)) is not None)
    return found


@pytest.mark.parametrize("prefix", list(STUDIOS))
def test_no_panel_or_page_spells_a_session_key(prefix: str) -> None:
    spelled = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for path in STUDIOS[prefix]
        if path.name != "keys.py"
        for line, text in literal_keys(path)
    ]
    assert not spelled, "declare these in keys.py and import them:\n" + "\n".join(spelled)


@pytest.mark.parametrize("module", [training_keys, compress_keys], ids=["training", "compression"])
def test_each_key_is_declared_once(module: object) -> None:
    values: dict[str, str] = {}
    for name, value in vars(module).items():
        if name.isupper() and isinstance(value, str) and name != "PREFIX":
            if name == "TRAINED":  # the compression studio reads the training studio's key: one value, two names
                assert value == training_keys.TRAINED_MODEL
                continue
            assert value not in values, f"{name} and {values[value]} are both {value!r}"
            values[value] = name
    assert values


def test_keys_kept_their_values() -> None:
    """Keys never move: tests, links' widgets and teachers' automation target them."""
    assert (training_keys.PLAY, training_keys.CSV_UPLOAD, training_keys.TRAINED_MODEL) == (
        "train.play",
        "train.csv",
        "train.trained_model",
    )
    assert (training_keys.LR, training_keys.width_key(2), training_keys.click_chart_key(3)) == (
        "train.lr",
        "train.width.2",
        "train.click.3",
    )
    assert (compress_keys.REPORT, compress_keys.METHODS, compress_keys.download_key("fp16")) == (
        "compress.report",
        "compress.methods",
        "compress.dl_fp16",
    )
    assert compress_keys.TRAINED == training_keys.TRAINED_MODEL
