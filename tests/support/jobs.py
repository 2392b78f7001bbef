"""A job for the backend's own tests: counts to a target, one count per slice, and can be told to fail.

Why in tests/support and not beside the test: spawned workers import a job's
spec by its module path, and ``support.jobs`` is importable from the workers
(pytest's ``pythonpath`` puts ``tests`` on the path, and children inherit it).
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.training.runner.jobs import Job, JobSpec


class CountingJob(Job):
    def __init__(self, target: int, fail_at: int) -> None:
        super().__init__()
        self.count, self.target, self.fail_at, self.step_size = 0, target, fail_at, 1

    def run(self, budget_s: float) -> None:
        self.count += self.step_size
        if self.count == self.fail_at:
            raise RuntimeError("told to fail")
        if self.count >= self.target:
            self.status = "finished"

    def report(self, detail: bool) -> dict[str, object]:
        return {"count": self.count, "detail": list(range(self.count)) if detail else None}

    def control(self, name: str, value: object) -> None:
        if name != "step_size":
            super().control(name, value)
        self.step_size = int(value)  # type: ignore[call-overload]


@dataclass(frozen=True)
class CountingSpec(JobSpec):
    target: int = 1_000_000
    fail_at: int = -1

    def build(self, session_id: str, device: str) -> Job:
        return CountingJob(self.target, self.fail_at)
