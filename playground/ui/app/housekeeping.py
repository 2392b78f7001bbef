"""Process-wide start-up and garbage collection, done once and when due.

Why: Streamlit's ``runner.postScriptGC`` (off in our config) ran a full
``gc.collect()`` after every rerun, ~80-100 ms with torch loaded, capping live
views at ~5 redraws/s. We freeze the start-up heap once (``gc.freeze()``, so
collections skip torch's many long-lived objects) and run a full collection at
most every ``GC_INTERVAL_S`` seconds, from whichever rerun comes by.
"""

from __future__ import annotations

import gc
import threading
import time

import torch

GC_INTERVAL_S = 30.0  # a full pass is cheap after freeze(); this bounds its rate

_lock = threading.Lock()
_state = {"started": False, "last_gc": time.monotonic()}


def start_up_once() -> None:
    """One intra-op torch thread, then freeze the heap; safe to call every rerun.

    One thread: on a shared 2-core host, two intra-op threads per session made
    tiny-model training 20-50x slower under load.
    """
    with _lock:
        if _state["started"]:
            return
        torch.set_num_threads(1)
        gc.collect()
        gc.freeze()
        _state["started"] = True


def collect_garbage_if_due(now: float | None = None) -> bool:
    """Run a full collection if the last one is ``GC_INTERVAL_S`` old; say if it ran."""
    now = time.monotonic() if now is None else now
    with _lock:
        if now - _state["last_gc"] < GC_INTERVAL_S:
            return False
        _state["last_gc"] = now
    gc.collect()
    return True
