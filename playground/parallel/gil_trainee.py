"""One training of the threads-vs-processes experiment in a process of its own.

``python -m playground.parallel.gil_trainee '{"workload": ..., "steps": ...}'`` builds its work,
prints ``ready``, and for every ``go`` line on stdin runs the steps and prints
``{"start": wall clock, "end": wall clock}``; ``quit`` ends it. Why wall
clocks: the experiment's throughput is all steps over the time from the first
start to the last end, across processes.
"""

from __future__ import annotations

import json
import signal
import sys
import time


def main(settings: dict[str, object]) -> None:
    import torch  # noqa: PLC0415

    from playground.parallel.gil import build_work  # noqa: PLC0415

    torch.set_num_threads(1)
    work, steps = build_work(str(settings["workload"]), int(settings.get("seed", 0))), int(settings["steps"])  # type: ignore[call-overload]
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() != "go":
            break
        start = time.time()
        for _ in range(steps):
            work()
        print(json.dumps({"start": start, "end": time.time()}), flush=True)


if __name__ == "__main__":
    options = json.loads(sys.argv[1])
    if hasattr(signal, "alarm"):
        signal.alarm(int(options.get("timeout_s", 120)))
    main(options)
