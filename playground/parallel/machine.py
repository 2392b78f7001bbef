"""What machine a figure was measured on, and how busy it was while it ran.

Why: a speed-up is a fact about one machine at one moment. The same
experiment gave 2× on a quiet 2-core server and 0.07× while another process
held the second core, so every result carries the CPU model, the cores, the
torch version and the load (``os.getloadavg`` and the busy share of the CPU
from ``/proc/stat`` between the start and the end of the measurement).
"""

from __future__ import annotations

import os
import platform
import socket
from dataclasses import asdict, dataclass

from playground.core.devices import cpu_name


def usable_cores() -> int:
    """Cores this process may run on (the affinity mask, not the host's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


cpu_model = cpu_name  # the same /proc/cpuinfo reading as the sidebar's device list


def load_average() -> float:
    """The one-minute load average (0 where the system has none)."""
    try:
        return float(os.getloadavg()[0])
    except (AttributeError, OSError):
        return 0.0


def _affinity() -> set[int] | None:
    try:
        return set(os.sched_getaffinity(0))
    except AttributeError:
        return None


def cpu_times() -> tuple[float, float] | None:
    """(busy, total) jiffies of the CPUs this process may use, from /proc/stat; None where there is no /proc.

    Why per CPU: on a large host that lends this server two cores, the all-CPU line would report the
    whole host's load; only the cores in this process's affinity mask are the ones experiments share.
    """
    try:
        with open("/proc/stat", encoding="utf-8") as stat:
            lines = [line.split() for line in stat if line.startswith("cpu")]
    except OSError:
        return None
    mine = _affinity()
    chosen = [f for f in lines if f[0] != "cpu" and mine is not None and int(f[0][3:]) in mine] or lines[:1]
    busy = total = 0.0
    for fields in chosen:
        numbers = [float(v) for v in fields[1:]]
        idle = numbers[3] + (numbers[4] if len(numbers) > 4 else 0.0)  # idle + iowait
        busy, total = busy + sum(numbers) - idle, total + sum(numbers)
    return busy, total


@dataclass(frozen=True)
class Load:
    """How busy the machine was over one measurement: busy cores (all processes) and the load average."""

    busy_cores: float  # mean number of busy cores between start and end (ours included)
    load_avg: float  # one-minute load average at the end

    def others(self, ours: float) -> float:
        """Busy cores beyond the ``ours`` this experiment used itself: other people's work."""
        return max(0.0, self.busy_cores - ours)


class LoadMeter:
    """Start, then ``stop()`` for the load over the interval."""

    def __init__(self) -> None:
        self._start = cpu_times()

    def stop(self) -> Load:
        end = cpu_times()
        busy = 0.0
        if self._start is not None and end is not None and end[1] > self._start[1]:
            busy = (end[0] - self._start[0]) / (end[1] - self._start[1]) * usable_cores()  # share × cores
        return Load(round(busy, 3), round(load_average(), 3))


@dataclass(frozen=True)
class Machine:
    """The description every result and CSV carries."""

    cpu: str
    cores: int
    torch: str
    python: str
    host: str
    load_avg: float

    def fingerprint(self) -> str:
        """What makes two machines the same for the result cache (not the load)."""
        return f"{self.host}|{self.cpu}|{self.cores}|{self.torch}"

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def lines(self) -> list[str]:
        """The description as CSV comment lines."""
        return [f"# {name}: {value}" for name, value in asdict(self).items()]


def describe_machine() -> Machine:
    """This machine now (torch's version without importing torch in a process that has not)."""
    try:
        from importlib.metadata import version  # noqa: PLC0415

        torch_version = version("torch")
    except Exception:
        torch_version = "?"
    return Machine(
        cpu_model(),
        usable_cores(),
        torch_version,
        platform.python_version(),
        socket.gethostname(),
        round(load_average(), 2),
    )
