"""The lab's training job: two runs of one model on one seed, augmentation off and on, in the training backend.

Why one job for both runs: the comparison is the lesson, so the two runs
advance side by side (one mini-batch of each in turn) and the page draws
both curves live from one report. Both start from the same weights and see
the batches in the same order; the only difference is the pipeline.

Why slices: the worker calls ``run(budget_s)`` with ~10 ms and shares its
core with every other session, so each unit of work is small: one stage of
the preparation (the training features, one test set, the models), one
mini-batch of the plain run, ``AUGMENT_CHUNK`` pipeline draws of the
augmented run's next batch (~2.5 ms each) or its training step once the
batch is drawn, and one evaluation of every test set at the end of an epoch.
Pause and the page's polls are answered within a few tens of milliseconds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from playground.speech.settings import SpeechConfig
from playground.training.runner.jobs import Job, JobSpec
from playground.training.runner.protocol import StepUnit

RUNS = ("plain", "augmented")
AUGMENT_CHUNK = 8  # pipeline draws per unit of work


@dataclass(frozen=True)
class SpeechSpec(JobSpec):
    """What to build in the worker: the settings and the pipeline as JSON (plain, picklable data)."""

    config: SpeechConfig
    pipeline_json: str

    def build(self, session_id: str, device: str) -> Job:
        return SpeechJob(self.config, self.pipeline_json, device)


@dataclass
class _Run:
    name: str
    model: Any
    optimizer: Any
    epoch: int = 0
    position: int = 0
    losses: list[float] = field(default_factory=list)
    correct: int = 0
    seen: int = 0
    history: list[dict[str, float]] = field(default_factory=list)
    predictions: dict[str, np.ndarray] = field(default_factory=dict)
    pending_eval: bool = False
    drawn: list[np.ndarray] = field(default_factory=list)  # the augmented run's next batch, drawn so far


class SpeechJob(Job):
    """Both runs, their data and test sets; ``run`` and ``report`` as ``playground.training.runner.jobs.Job``."""

    def __init__(self, config: SpeechConfig, pipeline_json: str, device: str) -> None:
        import torch  # noqa: PLC0415

        from playground.augment.audio.pipeline import Pipeline  # noqa: PLC0415
        from playground.speech.data_views import TEST_SETS  # noqa: PLC0415

        super().__init__()
        self.config, self.device = config, torch.device(device)
        self.pipeline = Pipeline.from_json(pipeline_json)
        self.runs: list[_Run] = []
        self.tests: dict[str, tuple[Any, np.ndarray]] = {}
        self.todo = ["train", *TEST_SETS, "models"]  # preparation, one stage per unit (~0.1-0.5 s each)
        self.turn = 0

    def _prepare(self, stage: str) -> None:
        """One stage of the preparation: the data and training features, one test set, or the two models."""
        import torch  # noqa: PLC0415

        from playground.speech.data_views import evaluation_set, training_data  # noqa: PLC0415
        from playground.speech.models import MODELS  # noqa: PLC0415

        if stage == "train":
            self.train, self.front = training_data(self.config)
            features = self.front.compute(self.train.clips, self.train.rate)
            self.train_x = torch.from_numpy(features).to(self.device)
            self.train_y = torch.from_numpy(self.train.digits).to(self.device)
        elif stage == "models":
            channels, frames = self.train_x.shape[1:]
            for name in RUNS:
                model = MODELS[self.config.model].build(channels, frames, self.config.seed).to(self.device)
                self.runs.append(_Run(name, model, torch.optim.Adam(model.parameters(), lr=self.config.lr)))
        else:
            x, y = evaluation_set(self.config, stage)
            self.tests[stage] = (torch.from_numpy(x).to(self.device), y)

    # -- work ------------------------------------------------------------------------------------
    def run(self, budget_s: float) -> None:
        deadline = time.perf_counter() + budget_s
        while True:
            self._unit()
            if self.status != "running" or time.perf_counter() >= deadline:
                return

    def step(self, unit: StepUnit) -> None:
        self._unit() if unit == "batch" else self.run(0.5)

    def _unit(self) -> None:
        if self.todo:
            self._prepare(self.todo.pop(0))
            return
        open_runs = [r for r in self.runs if r.epoch < self.config.epochs or r.pending_eval]
        if not open_runs:
            self.status = "finished"
            return
        run = open_runs[self.turn % len(open_runs)]
        self.turn += 1
        if run.pending_eval:
            self._evaluate(run)
        else:
            self._batch(run)

    def _order(self, epoch: int) -> np.ndarray:
        from playground.core.seeding import numpy_rng  # noqa: PLC0415

        return numpy_rng(self.config.seed, "speech.order", epoch).permutation(len(self.train))

    def _batch(self, run: _Run) -> None:
        import torch  # noqa: PLC0415

        from playground.speech.augment import augment_batch  # noqa: PLC0415

        order = self._order(run.epoch)
        index = order[run.position : run.position + self.config.batch_size]
        if run.name == "augmented" and self.config.probability > 0:
            done = sum(len(part) for part in run.drawn)
            if done < len(index):  # draw the next few clips of this batch, train when all are drawn
                chunk = index[done : done + AUGMENT_CHUNK]
                run.drawn.append(augment_batch(self.pipeline, self.train.clips, chunk, rate=self.train.rate,
                                               seed=self.config.seed, epoch=run.epoch,
                                               probability=self.config.probability))  # fmt: skip
                return
            clips, run.drawn = np.concatenate(run.drawn), []
            x = torch.from_numpy(self.front.compute(clips, self.train.rate)).to(self.device)
        else:
            x = self.train_x[torch.from_numpy(index).to(self.device)]
        y = self.train_y[torch.from_numpy(index).to(self.device)]
        run.model.train()
        logits = run.model(x)
        loss = torch.nn.functional.cross_entropy(logits, y)
        run.optimizer.zero_grad()
        loss.backward()
        run.optimizer.step()
        run.losses.append(float(loss.detach()))
        run.correct += int((logits.argmax(1) == y).sum())
        run.seen += len(index)
        run.position += len(index)
        if run.position >= len(order):
            run.epoch, run.position, run.pending_eval = run.epoch + 1, 0, True

    def _evaluate(self, run: _Run) -> None:
        import torch  # noqa: PLC0415

        row: dict[str, float] = {"epoch": run.epoch, "loss": float(np.mean(run.losses)),
                                 "train_acc": run.correct / max(1, run.seen)}  # fmt: skip
        run.model.eval()
        with torch.no_grad():
            for name, (x, y) in self.tests.items():
                predicted = run.model(x).argmax(1).cpu().numpy()
                run.predictions[name] = predicted
                row[name] = float((predicted == y).mean())
        run.history.append(row)
        run.losses, run.correct, run.seen, run.pending_eval = [], 0, 0, False

    # -- pictures --------------------------------------------------------------------------------
    def report(self, detail: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"epochs": self.config.epochs, "preparing": bool(self.todo), "runs": {}}
        for run in self.runs:
            progress = (run.epoch + run.position / max(1, len(self.train))) / max(1, self.config.epochs)
            entry: dict[str, Any] = {"epoch": run.epoch, "progress": min(1.0, progress),
                                     "history": [dict(row) for row in run.history]}  # fmt: skip
            if detail:
                entry["predictions"] = {k: v.copy() for k, v in run.predictions.items()}
                entry["state_dict"] = {k: v.detach().cpu().clone() for k, v in run.model.state_dict().items()}
            out["runs"][run.name] = entry
        return out
