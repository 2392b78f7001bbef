"""One experiment's result: measured points, extra figures, notes; as JSON lines and as CSV.

Why JSON lines: the measuring child process writes one line per point as soon
as it is measured (``Recorder``), so the page shows a curve growing and a
killed child (time cap) still leaves what it measured. The same ``Recorder``
collects in memory when a test or a notebook calls an experiment directly.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playground.parallel.machine import Machine
from playground.parallel.stats import Point


@dataclass
class Result:
    """What an experiment measured so far (``done`` once it finished, ``error`` if it failed)."""

    experiment: str
    values: dict[str, Any]
    points: list[Point] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # fits, parity, reference tables
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # i18n keys with parameters
    done: bool = False
    error: str = ""
    capped: bool = False  # the time cap stopped it

    def series(self, name: str) -> list[Point]:
        return [p for p in self.points if p.series == name]

    def point(self, series: str, x: float) -> Point | None:
        return next((p for p in self.points if p.series == series and p.x == x), None)

    @property
    def noisy(self) -> bool:
        return any(p.noisy for p in self.points)

    def apply(self, line: dict[str, Any]) -> None:
        """Take in one JSON line of a child's output."""
        kind = line.get("kind")
        if kind == "point":
            self.points.append(Point.from_dict(line["point"]))
        elif kind == "extra":
            self.extra[line["key"]] = line["value"]
        elif kind == "note":
            self.notes.append((line["key"], line.get("params", {})))
        elif kind == "done":
            self.done = True
        elif kind == "error":
            self.error = str(line.get("message", ""))[:2000]


class Recorder:
    """What an experiment calls to report: in memory, and line by line to ``path`` when given."""

    def __init__(self, experiment: str, values: dict[str, Any], path: Path | None = None) -> None:
        self.result = Result(experiment, dict(values))
        self._path = path

    def _write(self, line: dict[str, Any]) -> None:
        self.result.apply(line)
        if self._path is not None:
            with open(self._path, "a", encoding="utf-8") as out:
                out.write(json.dumps(line) + "\n")

    def point(self, point: Point) -> None:
        self._write({"kind": "point", "point": point.as_dict()})

    def extra(self, key: str, value: Any) -> None:
        self._write({"kind": "extra", "key": key, "value": value})

    def note(self, key: str, **params: Any) -> None:
        self._write({"kind": "note", "key": key, "params": params})

    def done(self) -> None:
        self._write({"kind": "done"})

    def error(self, message: str) -> None:
        self._write({"kind": "error", "message": message})


def read_lines(path: Path, offset: int) -> tuple[list[dict[str, Any]], int]:
    """The complete JSON lines written after ``offset`` bytes, and the new offset (a half-written line waits)."""
    try:
        with open(path, "rb") as source:
            source.seek(offset)
            data = source.read()
    except OSError:
        return [], offset
    complete = data[: data.rfind(b"\n") + 1]
    lines = []
    for raw in complete.splitlines():
        try:
            lines.append(json.loads(raw))
        except json.JSONDecodeError:
            continue
    return lines, offset + len(complete)


def to_csv(result: Result, machine: Machine, measured_at: str = "") -> str:
    """The points as CSV, headed by the machine's description and the settings (comment lines)."""
    out = io.StringIO()
    out.write(f"# experiment: {result.experiment}\n")
    out.write(f"# settings: {json.dumps(result.values, sort_keys=True)}\n")
    if measured_at:
        out.write(f"# measured_at: {measured_at}\n")
    for line in machine.lines():
        out.write(line + "\n")
    writer = csv.writer(out)
    writer.writerow(["series", "x", "unit", "median", "spread", "noisy", "busy_cores", "load_avg", "samples"])
    for p in result.points:
        samples = " ".join(f"{s:.6g}" for s in p.samples)
        writer.writerow(
            [p.series, p.x, p.unit, f"{p.median:.6g}", f"{p.spread:.4f}", p.noisy, p.busy_cores, p.load_avg, samples]
        )
    return out.getvalue()
