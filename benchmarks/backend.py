"""The Ray backend against the local pool, the same work on the same machine, in one run.

Run: ``python benchmarks/backend.py`` (2 sessions, 10 s measured per backend). It needs
a loopback-only network namespace (Ray will not use 127.0.0.1 while the host has another
interface); as root it enters one itself (``unshare --net``), else run it through
``scripts/in_loopback_namespace.sh``. It starts its own one-node Ray head with as many
CPUs as the pool has workers, so both backends get the same cores.

For each backend, with the default training config (circle, 4-2 tanh, batch 10):

- **create → ready**: ``create`` until the first snapshot (the pool's workers are warm;
  a Ray run starts an actor process, which imports torch: the unflattering figure);
- **Play → first step**: ``start`` on a ready trainer until a snapshot shows a step;
- **steps/s per session**: ``--sessions`` trainers at once for ``--seconds``, each polled
  ten times a second as a page polls (``request_snapshot`` + ``latest``);
- **snapshot round trip**: meanwhile, ``fetch`` (request a fresh snapshot and wait for it)
  ten times a second on each session: p50 and p95;
- **capacity** (Ray): one session more than the cluster's CPUs waits in the queue
  (``queue_position`` = 1) instead of slowing the others.

All processes share this machine's cores, so the cluster cannot be faster here: the point
is the cost of the engine (goal: Ray ≥ 0.8× the pool's steps/s, snapshot p95 ≤ 50 ms).
``--smoke``: 1 s windows, one session: checks that the script runs and prints its RESULT lines.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from playground.training.config import TrainConfig  # noqa: E402
from playground.training.runner.backend import TrainingBackend  # noqa: E402
from playground.training.runner.pool import ProcessPool  # noqa: E402
from playground.training.toy_data import make_dataset, split  # noqa: E402
from support.ray_cluster import loopback_only, ray_head  # noqa: E402 (after the path; sets Ray's auth token)

DATA = split(make_dataset("circle", 500, 0.0, 42), 0.5, 42)
POLL_S = 0.1  # a page's live view polls about ten times a second


def enter_loopback_namespace() -> None:
    """Re-run this script in a fresh network namespace with only ``lo`` (root only)."""
    if loopback_only():
        return
    if os.geteuid() != 0 or not shutil.which("unshare"):
        sys.exit("run me in a loopback-only namespace: scripts/in_loopback_namespace.sh python benchmarks/backend.py")
    script = 'ip link set lo up && exec "$0" "$@"'
    os.execvp("unshare", ["unshare", "--net", "sh", "-c", script, sys.executable, *sys.argv])


def _until(predicate, timeout: float = 120.0, pause: float = 0.002) -> float:
    started = time.perf_counter()
    while not predicate():
        if time.perf_counter() - started > timeout:
            raise TimeoutError("the backend did not answer in time")
        time.sleep(pause)
    return time.perf_counter() - started


def ready(backend: TrainingBackend) -> tuple[str, float]:
    """A fresh trainer and the seconds from ``create`` to its first snapshot."""
    started = time.perf_counter()
    sid = backend.create(TrainConfig(), DATA)
    _until(lambda: backend.fetch(sid, timeout=1.0) is not None, pause=0.0)
    return sid, time.perf_counter() - started


def play_to_first_step(backend: TrainingBackend, sid: str) -> float:
    backend.start(sid)

    def stepped() -> bool:
        backend.request_snapshot(sid, probe=False)
        snapshot = backend.latest(sid)
        return snapshot is not None and snapshot.step > 0

    seconds = _until(stepped)
    backend.pause(sid)
    return seconds


def train_together(backend: TrainingBackend, sids: list[str], seconds: float) -> tuple[list[float], list[float]]:
    """Steps/s of each session while all train, and fetch round trips (ms) measured meanwhile."""
    for sid in sids:
        backend.start(sid)
    time.sleep(1.0)  # past the first slices
    first = {sid: backend.fetch(sid).step for sid in sids}
    round_trips: list[float] = []
    stop = threading.Event()

    def poll_like_a_page() -> None:
        while not stop.is_set():
            for sid in sids:
                backend.request_snapshot(sid, probe=False)
                backend.latest(sid)
            stop.wait(POLL_S)

    def measure_round_trips() -> None:
        while not stop.is_set():
            for sid in sids:
                started = time.perf_counter()
                backend.fetch(sid, timeout=5.0)
                round_trips.append((time.perf_counter() - started) * 1000)
            stop.wait(POLL_S)

    threads = [threading.Thread(target=poll_like_a_page), threading.Thread(target=measure_round_trips)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    rates = [(backend.fetch(sid).step - first[sid]) / elapsed for sid in sids]
    for sid in sids:
        backend.pause(sid)
    return rates, round_trips


def measure(backend: TrainingBackend, sessions: int, seconds: float) -> dict[str, float]:
    sid, cold = ready(backend)
    play = play_to_first_step(backend, sid)
    others = [ready(backend)[0] for _ in range(sessions - 1)]
    rates, trips = train_together(backend, [sid, *others], seconds)
    for each in [sid, *others]:
        backend.release(each)
    trips.sort()
    return {
        "create_to_ready_s": cold,
        "play_to_step_ms": play * 1000,
        "steps_per_s": statistics.mean(rates),
        "rtt_p50_ms": trips[len(trips) // 2],
        "rtt_p95_ms": trips[min(len(trips) - 1, int(len(trips) * 0.95))],
    }


def queues_when_full(backend: TrainingBackend, cpus: int) -> bool:
    """With every CPU taken, one more run waits with place 1 in the queue."""
    held = [ready(backend)[0] for _ in range(cpus)]
    extra = backend.create(TrainConfig(), DATA)
    try:
        _until(lambda: backend.queue_position(extra) == 1, timeout=20.0, pause=0.1)
        queued = backend.latest(extra) is None
    except TimeoutError:
        queued = False
    for sid in [*held, extra]:
        backend.release(sid)
    return queued


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=2, help="trainers at once (default: 2, the cores here)")
    parser.add_argument("--seconds", type=float, default=10.0, help="measured window per backend")
    parser.add_argument("--smoke", action="store_true", help="a quick run that checks the script works")
    args = parser.parse_args()
    sessions, seconds = (1, 1.0) if args.smoke else (args.sessions, args.seconds)
    enter_loopback_namespace()
    cpus = max(2, sessions)

    pool = ProcessPool(cpus)
    warm = [ready(pool)[0] for _ in range(cpus)]  # the pool's workers start with the server, before any student
    for sid in warm:
        pool.release(sid)
    local = measure(pool, sessions, seconds)
    pool.shutdown()
    with ray_head(num_cpus=cpus) as address:
        from playground.training.runner.ray_backend import RayBackend  # noqa: PLC0415 (ray is optional)

        ray_backend = RayBackend(address)
        cluster = measure(ray_backend, sessions, seconds)
        queued = queues_when_full(ray_backend, cpus)
        ray_backend.shutdown()

    print(f"{sessions} session(s), {seconds:g} s measured, {cpus} CPUs for each backend, one torch thread each")
    print(f"{'':24}{'local pool':>14}{'Ray':>14}")
    for name, unit in (
        ("create_to_ready_s", "s"), ("play_to_step_ms", "ms"), ("steps_per_s", "/s"),
        ("rtt_p50_ms", "ms"), ("rtt_p95_ms", "ms"),
    ):  # fmt: skip
        print(f"{name:24}{local[name]:>12.1f}{unit:>2}{cluster[name]:>12.1f}{unit:>2}")
    print(f"a run beyond the cluster's {cpus} CPUs waits in the queue: {'yes' if queued else 'NO'}")
    for name in local:
        print(f"RESULT pool_{name}={local[name]:.3f}")
        print(f"RESULT ray_{name}={cluster[name]:.3f}")
    print(f"RESULT ray_vs_pool_steps={cluster['steps_per_s'] / max(local['steps_per_s'], 1e-9):.3f}")
    print(f"RESULT ray_extra_run_queued={int(queued)}")


if __name__ == "__main__":
    main()
