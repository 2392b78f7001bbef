"""The typed worker protocol: commands and messages cross a process boundary intact; an unknown status cannot be.

Every command goes through a real ``multiprocessing`` pipe (the same pickling
as between the page and a worker). The statuses are checked three ways: at
run time (``check_status``, the ``Snapshot``, the ``Trainer``) and in the
source, where every status literal compared or assigned must be a
``TrainerStatus`` (a misspelt one would be a page that never stops ticking).
"""

from __future__ import annotations

import ast
import multiprocessing as mp
from pathlib import Path

import numpy as np
import pytest

from playground.training.config import TrainConfig
from playground.training.model import ModelConfig
from playground.training.runner.protocol import (
    STATUSES,
    Configure,
    Create,
    Failed,
    Gone,
    Pause,
    Quit,
    Ready,
    Release,
    RequestSnapshot,
    SnapshotReady,
    Start,
    Step,
    check_status,
)
from playground.training.snapshot import Snapshot, lost_snapshot
from playground.training.toy_data import make_dataset, split
from playground.training.trainer import Trainer

ROOT = Path(__file__).resolve().parents[3]
DATA = split(make_dataset("xor", 120, 0.1, seed=2), 0.5, seed=2)
CONFIG = TrainConfig(dataset="xor", model=ModelConfig(widths=(3,), activations=("relu",)), optimizer="sgd")


def _through_a_pipe(item: object) -> object:
    receiver, sender = mp.get_context("spawn").Pipe(duplex=False)
    with sender, receiver:
        sender.send(item)
        return receiver.recv()


@pytest.mark.parametrize(
    "command",
    [
        Configure("s1", CONFIG),
        Start("s1"),
        Pause("s1"),
        Step("s1", "epoch"),
        RequestSnapshot("s1", 7, weights=True),
        Release("s1"),
        Quit(),
        Ready(3),
        Gone("s1"),
        Failed("s1", "ValueError: bad"),
    ],
    ids=lambda command: type(command).__name__,
)
def test_commands_and_messages_cross_a_pipe_unchanged(command: object) -> None:
    assert _through_a_pipe(command) == command


def test_create_carries_its_config_and_data() -> None:
    back = _through_a_pipe(Create("s1", CONFIG, DATA, "cpu"))
    assert isinstance(back, Create) and (back.session_id, back.config, back.device) == ("s1", CONFIG, "cpu")
    np.testing.assert_array_equal(back.data.train.x, DATA.train.x)
    np.testing.assert_array_equal(back.data.test.y, DATA.test.y)


def test_a_snapshot_message_carries_the_snapshot() -> None:
    trainer = Trainer(CONFIG, DATA, session_id="s9")
    trainer.train_batch()
    back = _through_a_pipe(SnapshotReady(trainer.snapshot(weights=True, request_id=4)))
    assert isinstance(back, SnapshotReady) and back.session_id == "s9"
    assert (back.snapshot.status, back.snapshot.step, back.snapshot.request_id) == ("idle", 1, 4)
    assert back.snapshot.state_dict and back.snapshot.boundary.shape == (100, 100, 2)


def test_commands_are_frozen() -> None:
    with pytest.raises(AttributeError):
        Start("s1").session_id = "s2"  # type: ignore[misc]


def test_an_unknown_status_cannot_be_made() -> None:
    assert check_status("paused") == "paused"
    with pytest.raises(ValueError, match="finised"):
        check_status("finised")
    with pytest.raises(ValueError):
        lost_snapshot("s1", "vanished", "train.msg.gone")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Snapshot("s1", "runing", 0, 0, 0.0, {}, "classification", 2, 6.0)  # type: ignore[arg-type]
    trainer = Trainer(CONFIG, DATA)
    with pytest.raises(ValueError):
        trainer.status = "stopped"  # type: ignore[assignment]
    assert trainer.status == "idle"


def _status_literals(tree: ast.AST) -> list[tuple[int, str]]:
    """String constants compared with, or assigned to, anything called ``status`` (``x.status``, ``status``)."""

    def is_status(node: ast.AST) -> bool:
        return (isinstance(node, ast.Attribute) and node.attr == "status") or (
            isinstance(node, ast.Name) and node.id == "status"
        )

    def strings(node: ast.AST) -> list[ast.Constant]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node]
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            return [c for element in node.elts for c in strings(element)]
        return []

    found: list[ast.Constant] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and is_status(node.left):
            found += [c for comparator in node.comparators for c in strings(comparator)]
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if is_status(target):
                    found += strings(node.value)
                elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    pairs = zip(target.elts, node.value.elts, strict=False)
                    found += [c for t, v in pairs if is_status(t) for c in strings(v)]
    return [(c.lineno, c.value) for c in found]


def test_every_status_in_the_source_is_a_trainer_status() -> None:
    files = [*(ROOT / "playground/training").rglob("*.py"), *(ROOT / "playground/ui/training").rglob("*.py")]
    files.append(ROOT / "pages/training.py")
    seen = 0
    for path in files:
        for line, value in _status_literals(ast.parse(path.read_text(encoding="utf-8"))):
            seen += 1
            assert value in STATUSES, f"{path.relative_to(ROOT)}:{line}: {value!r} is not a TrainerStatus"
    assert seen >= 10, "the scan found too few statuses to be looking at the right files"
