"""The lab's training as a backend ``Job``: two runs of one model on one seed, augmentation off and on.

Why one job for both runs, stepped batch by batch in turn: the two runs share
the data, the first weights and the order of the batches, so the only
difference between them is the augmentation, and the curves grow side by
side on the page. ``run(budget_s)`` does one mini-batch of each run (or one
evaluation chunk) per unit and returns within its budget, so Pause acts at
once and the worker stays fair to other students; even the data is drawn in
such units (a font at a time) before the first batch. After the last epoch both
models are scored on every test set; the report then carries accuracies,
confusion matrices and the misclassified examples, and ``report(detail=True)``
the weights (``state_dict`` bytes) for the page's inspection and downloads.
"""

from __future__ import annotations

import io
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from playground.core.seeding import numpy_rng
from playground.training.runner.jobs import Job, JobSpec
from playground.vision.data import DATASETS, TEST_SETS, VisionData, load, preparing
from playground.vision.evaluate import confusion, misclassified

RunName = Literal["plain", "augmented"]
RUNS: tuple[RunName, ...] = ("plain", "augmented")
CURVE_SETS = ("clean", "rotated")  # scored after every epoch (first CURVE_N images): the live curves
CURVE_N = 100  # per set and epoch: the curves' trend, at ~10 % of an epoch's cost; final scores use all 400
EVAL_CHUNK = 200  # test images per evaluation unit: one unit stays well inside a worker's slice
MAX_WRONG = 64  # misclassified examples kept per run and test set (the gallery shows these)
HISTORY = ("epoch", "train_loss", "train_acc", "clean_acc", "rotated_acc", "epoch_s")


@dataclass(frozen=True)
class VisionSpec(JobSpec):
    """What to train: data set, size, model, optimisation, the augmented run's pipeline (a studio link token)."""

    dataset: str = "printed"
    seed: int = 42
    train_size: int = 300
    model: str = "seed_cnn"
    epochs: int = 15
    batch_size: int = 32
    lr: float = 3e-3
    pipeline: str = ""  # ``Pipeline.to_url()`` of the image studio's format; "" trains no augmented run
    aug_p: float = 0.8
    runs: tuple[RunName, ...] = RUNS

    def build(self, session_id: str, device: str) -> Job:
        return VisionJob(self, device)


@dataclass
class RunState:
    """One run's model, optimiser and history; ``results`` after the final evaluation."""

    name: RunName
    model: Any
    optimizer: Any
    flat: Any  # the model's parameters as one flat tensor (``training.flat_params``): what the optimizer updates
    history: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in HISTORY})
    epoch: int = 0
    seen: int = 0  # training images processed
    train_s: float = 0.0  # seconds spent training (augmentation included), for images/s
    epoch_s: float = 0.0
    sums: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])  # loss sum, correct, count this epoch
    accuracy: dict[str, float] = field(default_factory=dict)
    confusion: dict[str, list[list[int]]] = field(default_factory=dict)
    wrong: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


class VisionJob(Job):
    """Both runs in bounded units of work (a generator advanced until the slice's budget is spent)."""

    def __init__(self, spec: VisionSpec, device: str = "cpu") -> None:
        super().__init__()
        import torch  # noqa: PLC0415 (built in the worker, where torch is already imported)

        from playground.augment.image.pipeline import Pipeline  # noqa: PLC0415
        from playground.training.flat_params import flatten_parameters  # noqa: PLC0415
        from playground.vision.models import MODELS  # noqa: PLC0415

        self.spec, self.torch, self.device = spec, torch, torch.device(device)
        self.data: VisionData | None = None  # prepared in the first units of work (drawing takes ~1.5 s)
        self.steps = Pipeline.from_url(spec.pipeline).prepare() if spec.pipeline else ()
        names = [name for name in spec.runs if name == "plain" or self.steps]
        entry = MODELS.require(spec.model)
        self.runs: list[RunState] = []
        for name in names:
            # the same seed gives both runs the same first weights
            model = entry.build(DATASETS.require(spec.dataset).size, spec.seed).to(self.device)
            flat = flatten_parameters(model)  # one Adam update and one zeroing per batch, not one per tensor
            self.runs.append(RunState(name, model, torch.optim.Adam([flat], lr=spec.lr), flat))
        self.loss = torch.nn.CrossEntropyLoss()
        self.phase: Literal["preparing", "training", "evaluating", "done"] = "preparing"
        self._work = self._plan()

    # --- the work, one unit per ``next`` ------------------------------------------------------

    def _plan(self) -> Iterator[None]:
        yield from preparing(self.spec.dataset, self.spec.seed)  # a font or a test set per unit
        self.data = data = load(self.spec.dataset, self.spec.seed, self.spec.train_size)
        self.x = self.torch.from_numpy(np.array(data.x_train)).unsqueeze(1).to(self.device)
        self.y = self.torch.from_numpy(np.array(data.y_train)).to(self.device)
        self.phase = "training"
        yield  # the data's set-up is a unit of its own: every later unit is one batch of one run
        n, size = len(self.y), max(1, int(self.spec.batch_size))
        for epoch in range(self.spec.epochs):
            order = numpy_rng(self.spec.seed, "vision-order", epoch).permutation(n)  # one order for both runs
            for start in range(0, n, size):
                for run in self.runs:
                    self._train_batch(run, order[start : start + size], epoch)
                    yield
            for run in self.runs:
                self._end_epoch(run, epoch)
                yield
        self.phase = "evaluating"
        for run in self.runs:
            for name in TEST_SETS:
                self._final_scores(run, name)
                yield
        self.phase, self.status = "done", "finished"

    def prepare(self) -> None:
        """Draw and set up the data now, in one go (for a notebook or a benchmark; a worker never calls it)."""
        while self.phase == "preparing":
            next(self._work)

    def _ready(self) -> VisionData:
        if self.data is None:
            raise RuntimeError("the data is prepared in the first units of work")
        return self.data

    def _train_batch(self, run: RunState, index: np.ndarray, epoch: int) -> None:
        from playground.vision.augment import augment_batch  # noqa: PLC0415

        torch = self.torch
        started = time.perf_counter()
        if run.name == "augmented":
            images = augment_batch(
                self.steps, self._ready().x_train[index], index, seed=self.spec.seed, epoch=epoch, p=self.spec.aug_p
            )
            x = torch.from_numpy(images).unsqueeze(1).to(self.device)
        else:
            x = self.x[torch.from_numpy(index).to(self.device)]
        y = self.y[torch.from_numpy(index).to(self.device)]
        if not run.model.training:  # train() walks every module: only after an evaluation switched to eval
            run.model.train()
        logits = run.model(x)
        loss = self.loss(logits, y)
        run.flat.grad.zero_()  # in place: the layers' gradients are views of it
        loss.backward()
        run.optimizer.step()
        run.sums[0] += float(loss.detach()) * len(index)
        run.sums[1] += float((logits.detach().argmax(1) == y).sum())
        run.sums[2] += len(index)
        run.seen += len(index)
        spent = time.perf_counter() - started
        run.train_s += spent
        run.epoch_s += spent

    def predict(self, run: RunState, images: np.ndarray) -> np.ndarray:
        """Softmax probabilities ``[N, 10]`` of one run's model."""
        torch = self.torch
        run.model.eval()
        with torch.no_grad():
            x = torch.from_numpy(np.array(images, dtype=np.float32)).unsqueeze(1).to(self.device)
            return torch.softmax(run.model(x), 1).cpu().numpy()

    def _end_epoch(self, run: RunState, epoch: int) -> None:
        started = time.perf_counter()
        scores = {}
        for name in CURVE_SETS:
            x, y = self._ready().tests[name]
            scores[name] = float((self.predict(run, x[:CURVE_N]).argmax(1) == y[:CURVE_N]).mean())
        loss_sum, correct, count = run.sums
        run.epoch_s += time.perf_counter() - started
        values = (epoch + 1, loss_sum / max(count, 1), correct / max(count, 1), scores["clean"], scores["rotated"],
                  run.epoch_s)  # fmt: skip
        for key, value in zip(HISTORY, values, strict=True):
            run.history[key].append(float(value))
        if not math.isfinite(values[1]):
            self.status, self.message = "diverged", "vision.msg.diverged"
        run.epoch, run.sums, run.epoch_s = epoch + 1, [0.0, 0.0, 0.0], 0.0

    def _final_scores(self, run: RunState, name: str) -> None:
        x, y = self._ready().tests[name]
        predicted = np.concatenate([self.predict(run, x[i : i + EVAL_CHUNK]).argmax(1)
                                    for i in range(0, len(x), EVAL_CHUNK)])  # fmt: skip
        run.accuracy[name] = float((predicted == y).mean())
        run.confusion[name] = confusion(y, predicted).tolist()
        run.wrong[name] = misclassified(y, predicted, MAX_WRONG)

    # --- the Job contract -----------------------------------------------------------------------

    def run(self, budget_s: float) -> None:
        deadline = time.perf_counter() + budget_s
        while self.status == "running":
            try:
                next(self._work)
            except StopIteration:
                self.phase, self.status = "done", "finished"
                return
            if time.perf_counter() >= deadline:
                return

    def step(self, unit: str) -> None:
        """Step: one mini-batch of each run ("batch", after the data is ready) or about half a second ("epoch")."""
        deadline = time.perf_counter() + 0.5
        batches = 0
        try:
            while True:
                preparing = self.phase == "preparing"
                next(self._work)
                batches += not preparing and self.phase == "training"
                if unit == "batch" and batches >= len(self.runs):
                    return
                if unit != "batch" and time.perf_counter() >= deadline:
                    return
        except StopIteration:
            self.phase, self.status = "done", "finished"

    def report(self, detail: bool) -> dict[str, Any]:
        """Curves, counters and (once evaluated) the scores; with ``detail`` the weights of both runs."""
        runs = {}
        for run in self.runs:
            item: dict[str, Any] = {
                "epoch": run.epoch,
                "history": {k: list(v) for k, v in run.history.items()},
                "images_per_s": run.seen / run.train_s if run.train_s > 0 else 0.0,
                "seen": run.seen,
                "accuracy": dict(run.accuracy),
                "confusion": dict(run.confusion),
                "wrong": dict(run.wrong),
            }
            if detail:
                item["weights"] = self.weights(run)
            runs[run.name] = item
        size = len(self.data.y_train) if self.data is not None else self.spec.train_size
        return {"phase": self.phase, "epochs": self.spec.epochs, "train_size": size, "runs": runs}

    def weights(self, run: RunState) -> bytes:
        """The run's ``state_dict`` as ``torch.save`` bytes (CPU tensors: loads with ``weights_only=True``)."""
        buffer = io.BytesIO()
        self.torch.save({k: v.detach().cpu() for k, v in run.model.state_dict().items()}, buffer)
        return buffer.getvalue()
