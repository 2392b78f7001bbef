"""The loop of one worker process: obey commands, train running sessions in short slices.

Why slices of ~10 ms, round robin: several sessions share a worker, a pause
or a new learning rate must act at once, and a snapshot request is answered
between two slices. A session nobody has polled for ``IDLE_PAUSE_S`` pauses
(its tab is closed); one untouched for ``IDLE_FREE_S`` is freed.
"""

from __future__ import annotations

import os
import time
from multiprocessing.connection import Connection

SLICE_S = 0.01


def worker_main(conn: Connection, worker_index: int, idle_pause_s: float, idle_free_s: float) -> None:
    """Entry point of a worker process (spawned: torch is imported here, with one thread)."""
    import torch  # noqa: PLC0415 (imported in the child, after the spawn)

    torch.set_num_threads(1)
    from playground.training.trainer import Trainer  # noqa: PLC0415

    trainers: dict[str, Trainer] = {}
    polled: dict[str, float] = {}
    touched: dict[str, float] = {}
    parent = os.getppid()
    conn.send(("ready", worker_index, None))

    def send_snapshot(sid: str, weights: bool = False, request_id: int = 0) -> None:
        conn.send(("snapshot", sid, trainers[sid].snapshot(weights=weights, request_id=request_id)))

    def handle(command: tuple) -> bool:
        kind, sid = command[0], command[1] if len(command) > 1 else None
        if kind == "quit":
            return False
        now = time.monotonic()
        if kind == "create":
            config, data, device = command[2:5]
            trainers[sid] = Trainer(config, data, device, session_id=sid)
            polled[sid] = touched[sid] = now
            send_snapshot(sid)
            return True
        trainer = trainers.get(sid)
        if trainer is None:
            conn.send(("gone", sid, None))
            return True
        touched[sid] = now
        if kind == "configure":
            trainer.configure(command[2])
        elif kind == "start":
            if trainer.status not in ("diverged", "finished"):
                trainer.status, trainer.message = "running", ""
            polled[sid] = now
        elif kind == "pause":
            if trainer.status == "running":
                trainer.status = "paused"
            send_snapshot(sid)
        elif kind == "step":
            if trainer.status in ("idle", "running", "paused", "finished"):
                trainer.status = "paused"
                trainer.step_epoch() if command[2] == "epoch" else trainer.train_batch()
        elif kind == "snapshot":
            polled[sid] = now
            send_snapshot(sid, weights=command[3], request_id=command[2])
        elif kind == "release":
            del trainers[sid], polled[sid], touched[sid]
        return True

    running = True
    while running:
        try:
            busy = [sid for sid, trainer in trainers.items() if trainer.status == "running"]
            if conn.poll(0 if busy else 1.0):
                while running and conn.poll(0):
                    command = conn.recv()
                    try:
                        running = handle(command)
                    except Exception as error:  # a bad config must not kill the worker
                        sid = command[1] if len(command) > 1 else ""
                        if sid in trainers:
                            trainers[sid].status, trainers[sid].message = "error", "train.msg.error"
                        conn.send(("error", sid, f"{type(error).__name__}: {error}"))
                continue
            now = time.monotonic()
            for sid in busy:
                trainer = trainers.get(sid)
                if trainer is None or trainer.status != "running":
                    continue
                if now - polled[sid] > idle_pause_s:
                    trainer.status, trainer.message = "paused", "train.msg.idle_paused"
                    continue
                try:
                    trainer.run(SLICE_S)
                except Exception as error:
                    trainer.status, trainer.message = "error", "train.msg.error"
                    conn.send(("error", sid, f"{type(error).__name__}: {error}"))
            for sid in [s for s, t in touched.items() if now - t > idle_free_s]:
                del trainers[sid], polled[sid], touched[sid]
                conn.send(("gone", sid, None))
            if os.getppid() != parent:
                break  # the server died: do not linger as an orphan
        except (EOFError, BrokenPipeError, ConnectionResetError, OSError):
            break
