"""Start-up runs once; garbage is collected only when due."""

from __future__ import annotations

import gc

import torch

from playground.ui.app import housekeeping


def test_start_up_sets_one_thread_and_freezes_once() -> None:
    housekeeping.start_up_once()
    housekeeping.start_up_once()
    assert torch.get_num_threads() == 1
    assert gc.get_freeze_count() > 0
    gc.unfreeze()


def test_collection_runs_only_after_the_interval() -> None:
    start = housekeeping._state["last_gc"]
    assert not housekeeping.collect_garbage_if_due(now=start + 1)
    assert housekeeping.collect_garbage_if_due(now=start + housekeeping.GC_INTERVAL_S + 1)
    assert not housekeeping.collect_garbage_if_due(now=start + housekeeping.GC_INTERVAL_S + 2)
