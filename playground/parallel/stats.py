"""Repeats turned into one honest figure: the median, the spread, and whether it is noisy.

Why the median and not the mean: on a shared server one repeat that lost its
core to someone else's job is ten times slower; the median ignores it, the
mean would report it. Why the spread beside it: a student must see when two
bars differ by less than the noise. A figure is labelled *noisy* when its
repeats spread by more than ``NOISY_SPREAD`` of the median or when other
processes kept more than ``NOISY_OTHERS`` cores busy while it ran.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from playground.parallel.machine import Load, LoadMeter

NOISY_SPREAD = 0.15  # (max - min) / median of the repeats
NOISY_OTHERS = 0.5  # busy cores beyond the experiment's own


@dataclass(frozen=True)
class Point:
    """One measured setting: its series and x, the repeats' values, and the load while they ran."""

    series: str
    x: float
    samples: tuple[float, ...]
    unit: str  # "s" (a duration, lower is better) or "1/s" (a rate, higher is better)
    busy_cores: float = 0.0
    load_avg: float = 0.0
    ours: float = 1.0  # cores the experiment itself kept busy

    @property
    def median(self) -> float:
        return float(statistics.median(self.samples))

    @property
    def spread(self) -> float:
        """(max - min) / median: 0.1 means the repeats lie within 10 % of each other."""
        median = self.median
        return float((max(self.samples) - min(self.samples)) / median) if median > 0 else 0.0

    @property
    def others(self) -> float:
        return max(0.0, self.busy_cores - self.ours)

    @property
    def noisy(self) -> bool:
        return self.spread > NOISY_SPREAD or self.others > NOISY_OTHERS

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "samples": list(self.samples)}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Point:
        return cls(**{**data, "samples": tuple(data["samples"])})  # type: ignore[arg-type]


def measure(
    work: Callable[[], object],
    *,
    repeats: int,
    warmup: int = 1,
    inner: int = 1,
    series: str = "",
    x: float = 0.0,
    ours: float = 1.0,
    rate: float | None = None,
    target_s: float | None = None,
) -> Point:
    """Time ``work`` ``warmup`` times untimed, then ``repeats`` times; each sample is ``inner`` calls.

    ``target_s``: choose ``inner`` (at most the given one) so that one sample lasts about this long,
    from the last warm-up call; a step that got 50× slower then costs 50× fewer calls, not 50× the time.
    ``rate``: report ``rate / seconds`` (samples per second) instead of seconds per call.
    """
    one = 0.0
    for _ in range(max(1, warmup)):
        started = time.perf_counter()
        work()
        one = time.perf_counter() - started
    if target_s is not None:
        inner = max(1, min(inner, round(target_s / max(one, 1e-9))))
    meter = LoadMeter()
    samples = []
    for _ in range(max(1, repeats)):
        started = time.perf_counter()
        for _ in range(inner):
            work()
        seconds = max(time.perf_counter() - started, 1e-9)
        samples.append(rate * inner / seconds if rate is not None else seconds / inner)
    load = meter.stop()
    return Point(series, x, tuple(samples), "1/s" if rate is not None else "s", load.busy_cores, load.load_avg, ours)


def point_from(series: str, x: float, samples: list[float], unit: str, *, load: Load, ours: float = 1.0) -> Point:
    """A point from samples timed elsewhere (other processes' own clocks)."""
    return Point(series, x, tuple(samples), unit, load.busy_cores, load.load_avg, ours)


def ratio(a: Point, b: Point) -> float:
    """How many times better ``a`` is than ``b`` (rates: a/b; durations: b/a)."""
    if a.unit == "1/s":
        return a.median / b.median if b.median > 0 else 0.0
    return b.median / a.median if a.median > 0 else 0.0
