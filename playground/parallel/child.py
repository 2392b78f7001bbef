"""The process that measures: ``python -m playground.parallel.child OUT_PATH`` with the settings on stdin.

Why a child process for every experiment: the backend's workers run with one
torch thread and at a lower priority, may not start multiprocessing children
(they are daemons), and must answer other students every few milliseconds.
Here an experiment may set its own thread count, start DDP ranks, block for
a second per repeat, and be killed by the time cap without harming anyone.
Settings arrive as JSON on stdin; results leave as JSON lines in OUT_PATH.
"""

from __future__ import annotations

import json
import signal
import sys
import traceback
from pathlib import Path


def main(argv: list[str]) -> int:
    """Read the request, run the experiment, write its lines (an error is a line too, and exit status 1)."""
    from playground.parallel.experiments import EXPERIMENTS  # noqa: PLC0415
    from playground.parallel.results import Recorder  # noqa: PLC0415

    request = json.loads(sys.stdin.read() or "{}")
    if hasattr(signal, "alarm"):  # the child's own cap: it dies even if nobody polls its job any more
        signal.alarm(int(request.get("cap_s", 120)) + 10)  # after the job's own kill (cap + 5 s)
    recorder = Recorder(request["experiment"], request["values"], Path(argv[1]))
    try:
        import torch  # noqa: PLC0415

        torch.set_num_threads(1)  # each experiment raises it where it measures threads
        EXPERIMENTS[request["experiment"]].runner()(request["values"], recorder, request.get("device", "cpu"))
    except Exception as error:
        recorder.error(f"{type(error).__name__}: {error}")
        traceback.print_exc()
        return 1
    recorder.done()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
