"""Training studio speed: the trainer in its worker process against a bare PyTorch loop.

Run: ``python benchmarks/training.py``. One run measures, side by side:

(a) steps per second of a bare PyTorch loop (2-16-16-2 tanh, Adam, batch 32, the
    spiral with 1,000 points, one thread) and of the same model in the studio's
    worker process (``RESULT trainer_speed_vs_bare_torch``, goal >= 0.9);
(b) the same while a client polls snapshots and draws the decision boundary ten
    times a second (``RESULT trainer_speed_while_polled_vs_bare_torch``, goal >= 0.8);
(c) four sessions training at once against one session alone, in the same pool, right
    after it: the total (``RESULT four_session_throughput_vs_one``, goal >= 1.6 on two
    cores) AND what each student gets (``RESULT four_session_slowest_vs_one``,
    ``RESULT four_session_mean_vs_one``). The total alone flatters: on two cores four
    sessions can at best share two cores, so each runs at about half a lone session's
    speed (ideal: cores / 4 = 0.5), and the table says so next to the total.

The anchor, TensorFlow Playground, trains about 1,500 SGD updates per second in a
browser tab (figure quoted in the issue; it cannot run here without a browser and
network). The host is shared: other processes on the same cores lower every number.

``--smoke``: tiny windows and one repeat, to check in seconds that the benchmark still
runs and prints every RESULT line (its figures mean nothing).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch

from playground.training.config import TrainConfig
from playground.training.figures.boundary import boundary_picture
from playground.training.model import ModelConfig, build_model
from playground.training.runner.pool import ProcessPool
from playground.training.toy_data import make_dataset, split

WINDOW_S = 3.0
CONFIG = TrainConfig(
    dataset="spiral",
    n_points=1000,
    test_ratio=0.2,
    optimizer="adam",
    optimizer_params={"lr": 0.01},
    batch_size=32,
    model=ModelConfig(features=("x1", "x2"), widths=(16, 16), activations=("tanh", "tanh")),
)
DATA = split(make_dataset("spiral", 1000, 0.0, CONFIG.seed), CONFIG.test_ratio, CONFIG.seed)


def bare_torch(seconds: float) -> float:
    """The loop a student would write: shuffle, batches of 32, forward, loss, backward, step."""
    torch.set_num_threads(1)
    model = build_model(CONFIG.model, 2, 0)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    x, y = torch.as_tensor(DATA.train.x), torch.as_tensor(DATA.train.y)
    steps, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        order = torch.randperm(len(x))
        for begin in range(0, len(x), 32):
            index = order[begin : begin + 32]
            optimizer.zero_grad(set_to_none=True)
            loss = torch.nn.functional.cross_entropy(model(x[index]), y[index])
            loss.backward()
            optimizer.step()
            steps += 1
    return steps / (time.perf_counter() - start)


def pooled(pool: ProcessPool, sessions: int, seconds: float, poll: bool = False) -> list[float]:
    """Steps per second of each of ``sessions`` trainers running at once in the pool."""
    sids = [pool.create(CONFIG, DATA) for _ in range(sessions)]
    for sid in sids:
        pool.fetch(sid, timeout=120)
    stop = threading.Event()
    polls = [0]

    def client() -> None:  # what the page's fragment does ten times a second
        while not stop.is_set():
            for sid in sids:
                pool.request_snapshot(sid)
                snapshot = pool.latest(sid)
                if snapshot is not None and snapshot.boundary is not None:
                    boundary_picture(snapshot.boundary, snapshot.task, snapshot.extent, DATA.train, DATA.test)
            polls[0] += 1
            stop.wait(0.1)

    for sid in sids:
        pool.start(sid)
    poller = threading.Thread(target=client, daemon=True)
    if poll:
        poller.start()
    else:  # keep them "watched" (else they pause after 5 s) without drawing anything
        threading.Thread(
            target=lambda: [pool.request_snapshot(s) for _ in iter(lambda: stop.wait(1.0), True) for s in sids],
            daemon=True,
        ).start()
    time.sleep(0.5)  # past start-up
    before = {sid: pool.fetch(sid).step for sid in sids}
    start = time.perf_counter()
    time.sleep(seconds)
    after = {sid: pool.fetch(sid).step for sid in sids}
    elapsed = time.perf_counter() - start
    stop.set()
    for sid in sids:
        pool.release(sid)
    if poll:
        print(f"   (client drew {polls[0] / (seconds + 0.5):.1f} boundaries per second)")
    return [(after[sid] - before[sid]) / elapsed for sid in sids]


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS
        return os.cpu_count() or 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny windows, one repeat: checks it runs")
    smoke = parser.parse_args().smoke
    window, repeats = (0.4, 1) if smoke else (WINDOW_S, 3)
    pool = ProcessPool(2)
    warm = pool.create(CONFIG, DATA)
    pool.fetch(warm, timeout=120)
    pool.release(warm)
    bare, worker = [], []
    for _ in range(repeats):  # interleaved, so a burst of load from elsewhere hits both; median of 3
        bare.append(bare_torch(window))
        worker.append(pooled(pool, 1, window)[0])
    polled = pooled(pool, 1, window, poll=True)[0]
    one = pooled(pool, 1, window)[0]  # the lone session the four are compared with: same pool, just before
    four = pooled(pool, 4, window)
    pool.shutdown()
    bare_rate, worker_rate = statistics.median(bare), statistics.median(worker)
    n_cores = cores()
    ideal_each = min(1.0, n_cores / 4)
    each = ", ".join(f"{v:,.0f} ({v / one:.2f}x)" for v in four)
    rows = [
        ("TensorFlow Playground (anchor, quoted)", "~1,500", "SGD, JS in a browser tab"),
        ("bare PyTorch loop, 1 thread", f"{bare_rate:,.0f}", "runs " + ", ".join(f"{v:,.0f}" for v in bare)),
        ("studio trainer in a worker", f"{worker_rate:,.0f}", "runs " + ", ".join(f"{v:,.0f}" for v in worker)),
        ("  ... polled 10x/s with a boundary", f"{polled:,.0f}", ""),
        ("one session alone in the pool", f"{one:,.0f}", "what one student gets when alone"),
        ("four sessions at once: total", f"{sum(four):,.0f}", f"{sum(four) / one:.2f}x one session (flattering)"),
        (
            "four sessions at once: slowest",
            f"{min(four):,.0f}",
            f"{min(four) / one:.2f}x one session (what a student sees)",
        ),
        (
            "four sessions at once: mean",
            f"{statistics.mean(four):,.0f}",
            f"{statistics.mean(four) / one:.2f}x; ideal on {n_cores} cores {ideal_each:.2f}x; each {each}",
        ),
    ]
    print(
        "\nCompared: steps/s of the same 2-16-16-2 tanh net (Adam, batch 32, spiral 1,000 points), one torch "
        "thread per process,\nin one run on this host: a bare PyTorch loop, the studio's trainer in its worker, "
        "and 1 vs 4 sessions in the same\n2-worker pool, each over the same window after the same warm-up. Fair "
        "because the model, data, batches and\nthreads are identical and the runs are interleaved; the four-session "
        "total is shown beside each session's own speed."
    )
    if smoke:
        print("SMOKE RUN: windows of 0.4 s, one repeat; the figures below are not measurements.")
    print(f"\n{'setup':56} {'steps/s':>10}  notes")
    for name, value, note in rows:
        print(f"{name:56} {value:>10}  {note}")
    try:
        load = open("/proc/loadavg").read().split()[:3]  # noqa: SIM115
        print(f"\nhost load average (1, 5, 15 min): {' '.join(load)} on {n_cores} cores")
    except OSError:
        pass
    print(f"RESULT trainer_speed_vs_bare_torch={worker_rate / bare_rate:.3f}")
    print(f"RESULT trainer_speed_while_polled_vs_bare_torch={polled / bare_rate:.3f}")
    print(f"RESULT four_session_throughput_vs_one={sum(four) / one:.3f}")
    print(f"RESULT four_session_slowest_vs_one={min(four) / one:.3f}")
    print(f"RESULT four_session_mean_vs_one={statistics.mean(four) / one:.3f}")


if __name__ == "__main__":
    main()
