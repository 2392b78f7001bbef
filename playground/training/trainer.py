"""The studio's trainer: bounded slices of mini-batch training on one model.

Why bounded slices (``run(max_seconds)``): the trainer lives in a worker
process that must also answer commands (pause, a new learning rate, a
snapshot request) between slices, so Stop answers within a few milliseconds
whatever the model size. The inner loop is the plain PyTorch loop a student
would write; the benchmark holds it to ≥ 0.9× a bare loop's speed.
"""

from __future__ import annotations

import io
import math
import time
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import torch

from playground.core.seeding import torch_generator
from playground.nn.losses import LOSSES
from playground.nn.optimizers import OPTIMIZERS
from playground.nn.schedulers import SCHEDULERS, build_scheduler
from playground.training.config import TrainConfig
from playground.training.flat_params import flatten_parameters
from playground.training.lean_forward import LeanForward
from playground.training.live_model import describe_model
from playground.training.model import build_model, linear_layers
from playground.training.quick_step import quick_step
from playground.training.runner.protocol import TrainerStatus, check_status
from playground.training.snapshot import HISTORY_FIELDS, Snapshot, confusion, layer_norms, thin
from playground.training.snapshot import probe as probe_model
from playground.training.toy_data import RADIUS, Split


class Trainer:
    """One model, its data, optimizer and history; not thread-safe (one worker drives it)."""

    def __init__(
        self, config: TrainConfig, data: Split, device: torch.device | str = "cpu", session_id: str = ""
    ) -> None:
        self.session_id = session_id
        self.device = torch.device(device)
        self.task = data.train.task
        self.n_classes = data.train.n_classes
        self.n_outputs = self.n_classes if self.task == "classification" else 1
        self.extent = float(max(RADIUS, np.abs(data.train.x).max(initial=0), np.abs(data.test.x).max(initial=0)))
        to = dict(device=self.device)
        self.x_train = torch.as_tensor(data.train.x, **to)
        self.y_train = torch.as_tensor(data.train.y, **to)
        self.x_test = torch.as_tensor(data.test.x, **to)
        self._x_all = torch.cat([self.x_train, self.x_test])  # evaluated together at each epoch's end
        self.y_test = torch.as_tensor(data.test.y, **to)
        self.model = build_model(config.model, self.n_outputs, config.seed).to(self.device)
        self.n_params = sum(p.numel() for p in self.model.parameters())
        self.flat = flatten_parameters(self.model)  # the optimizer updates one tensor, not one per layer
        self.forward = LeanForward(self.model)  # model(x) without module dispatch: the per-step path
        self.features_train = self.forward.features(self.x_train)  # features once, not every batch
        self._features_all = self.forward.features(self._x_all)
        self._n_train = len(self.x_train)  # an int: a tensor's len() is a Python call, every step
        # train()/eval() walk every module; they change nothing without dropout or batch norm
        self._mode_matters = config.model.dropout > 0 or config.model.batch_norm
        self.shuffle = torch_generator(config.seed, "train.shuffle")
        self._rng_state = torch_generator(config.seed, "train.dropout").get_state()
        self.epoch = 0
        self.step_count = 0
        self._status: TrainerStatus = "idle"
        self.message = ""
        self.history: dict[str, list[float]] = {name: [] for name in HISTORY_FIELDS}
        self._order = torch.empty(0, dtype=torch.long)
        self._n_order = 0
        self._cursor = 0
        self._seconds = 0.0
        self._rate = (time.perf_counter(), 0, 0.0)  # (since, steps then, steps/s)
        self.config = config
        self._new_optimizer(config)
        self.scheduler = None
        self.configure(config, force=True)

    @property
    def status(self) -> TrainerStatus:
        return self._status

    @status.setter
    def status(self, status: TrainerStatus) -> None:
        self._status = check_status(status)  # a misspelt status fails here, not as a page that never stops

    # -- configuration that changes while training -------------------------------------------
    def configure(self, config: TrainConfig, force: bool = False) -> None:
        """Apply live changes: loss, optimizer (rebuilt only if its kind changed), knobs, schedule."""
        old = self.config
        self.config = config
        spec = LOSSES.get(config.loss)
        if spec is None or spec.kind != self.task:
            spec = LOSSES["cross_entropy" if self.task == "classification" else "mse"]
        self.loss_spec = spec
        self.loss_params = {**spec.defaults(), **config.loss_params}
        self.criterion = spec.bind(**self.loss_params)
        self.batch_size = max(2 if config.model.batch_norm else 1, int(config.batch_size))
        opt_spec = OPTIMIZERS[config.optimizer]
        if config.optimizer != old.optimizer:
            self._new_optimizer(config)
        else:
            opt_spec.update(self.optimizer, config.optimizer_params)
        self.opt_spec = opt_spec
        sched_changed = (config.scheduler, config.scheduler_params) != (old.scheduler, old.scheduler_params)
        if force or sched_changed or config.optimizer != old.optimizer:
            for group in self.optimizer.param_groups:
                group["lr"] = config.lr
                group.pop("initial_lr", None)
            self.scheduler = build_scheduler(
                config.scheduler, self.optimizer, config.scheduler_params, self._batches_per_epoch(), config.lr
            )
        elif self.scheduler is None:  # constant rate: the slider sets it directly
            for group in self.optimizer.param_groups:
                group["lr"] = config.lr
        self.sched_spec = SCHEDULERS.get(config.scheduler, SCHEDULERS["none"])
        self.penalised = (
            [layer.weight for layer in linear_layers(self.model)] if config.regularization != "none" else []
        )
        if self.status == "finished" and not self._stop_reached():
            self.status = "paused"  # a new stop condition lets a finished run go on

    def _new_optimizer(self, config: TrainConfig) -> None:
        # fused kernels and the bare step: the same updates, a fifth of a tiny network's step less
        self.optimizer = OPTIMIZERS[config.optimizer].build([self.flat], config.optimizer_params, fused=True)
        self._optimizer_step = quick_step(self.optimizer)

    def _batches_per_epoch(self) -> int:
        return max(1, math.ceil(self._n_train / self.batch_size))

    # -- the training loop --------------------------------------------------------------------
    def _loss(self, fb: torch.Tensor, yb: torch.Tensor) -> torch.Tensor:
        out = self.forward(fb)  # fb: a batch of input features (features_train rows)
        if self.task == "regression":
            out = out[:, 0]
        loss = self.criterion(out, yb)
        if self.penalised:
            rate = self.config.reg_rate
            if self.config.regularization == "l1":
                loss = loss + rate * sum(w.abs().sum() for w in self.penalised)
            else:
                loss = loss + rate * sum((w * w).sum() for w in self.penalised)
        return loss

    @contextmanager
    def _own_random_stream(self) -> Iterator[None]:
        """Dropout draws from torch's global generator: swap in this run's own state, so a seed
        replays a run exactly even when other trainers share the worker process."""
        outside = torch.random.get_rng_state()
        torch.random.set_rng_state(self._rng_state)
        try:
            yield
        finally:
            self._rng_state = torch.random.get_rng_state()
            torch.random.set_rng_state(outside)

    def train_batch(self) -> None:
        """One optimizer update on the next mini-batch (public: a "step" button)."""
        with self._own_random_stream():
            self._train_batch()

    def _train_batch(self) -> None:
        """One optimizer update on the next mini-batch; ends the epoch when the data run out."""
        if self._cursor >= self._n_order:
            self._order = torch.randperm(self._n_train, generator=self.shuffle).to(self.device)
            self._n_order, self._cursor = self._n_train, 0
        index = self._order[self._cursor : self._cursor + self.batch_size]
        self._cursor += self.batch_size
        if len(index) < 2 and self.config.model.batch_norm:
            index = self._order[-2:]
        fb, yb = self.features_train[index], self.y_train[index]
        if self._mode_matters and not self.model.training:  # only when a probe switched to eval
            self.model.train()
        optimizer, clip, grad = self.optimizer, self.config.grad_clip, self.flat.grad

        def closure() -> torch.Tensor:
            grad.zero_()  # the optimizer's one flat gradient, zeroed in place: the layers' gradients are views of it
            loss = self._loss(fb, yb)
            loss.backward()
            if clip > 0:
                torch.nn.utils.clip_grad_norm_(self.flat, clip)  # one flat gradient: the same total norm
            return loss

        if self.opt_spec.needs_closure:
            loss = optimizer.step(closure)
        else:
            loss = closure()
            self._optimizer_step()
        del loss  # the epoch's losses are measured on the whole sets at its end
        self.step_count += 1
        if (
            self.scheduler is not None
            and self.sched_spec.per_batch
            and self.scheduler.last_epoch < self.scheduler.total_steps - 1  # one-cycle raises past its end
        ):
            self.scheduler.step()
        if self._cursor >= self._n_order:
            self._end_epoch()

    def _metrics(self, out: torch.Tensor, y: torch.Tensor) -> tuple[float, float]:
        if self.task == "regression":
            return float(self.loss_spec.value(out[:, 0], y, **self.loss_params)), float("nan")
        loss = float(self.loss_spec.value(out, y, **self.loss_params))
        return loss, float((out.argmax(1) == y).float().mean())

    @torch.inference_mode()
    def _evaluate_train_and_test(self) -> tuple[float, float, float, float]:
        """Loss and accuracy on both sets from ONE forward pass over both.

        Why one pass: an epoch of these sets is ~25 steps, so this runs every
        ~10 ms; a second forward call cost ~2 % of training speed.
        """
        out = self.forward(self._features_all)
        n_train = self._n_train
        train_loss, train_acc = self._metrics(out[:n_train], self.y_train)
        test_loss, test_acc = self._metrics(out[n_train:], self.y_test)
        return train_loss, train_acc, test_loss, test_acc

    def _end_epoch(self) -> None:
        self.epoch += 1
        if self._mode_matters:
            self.model.eval()
        train_loss, train_acc, test_loss, test_acc = self._evaluate_train_and_test()
        if self.scheduler is not None and not self.sched_spec.per_batch:
            if self.sched_spec.needs_metric:
                self.scheduler.step(test_loss)
            else:
                self.scheduler.step()
        row = (
            self.epoch,
            self.step_count,
            train_loss,
            test_loss,
            train_acc,
            test_acc,
            self.optimizer.param_groups[0]["lr"],
            self._seconds,
        )
        for name, value in zip(HISTORY_FIELDS, row, strict=True):
            self.history[name].append(float(value))
        if not math.isfinite(train_loss):
            self.status, self.message = "diverged", "train.msg.diverged"
        elif self._stop_reached():
            self.status = "finished"

    def _stop_reached(self) -> bool:
        c = self.config
        if c.stop_epochs and self.epoch >= c.stop_epochs:
            return True
        losses = self.history["test_loss"]
        return bool(c.target_loss and losses and losses[-1] <= c.target_loss)

    def run(self, max_seconds: float, max_steps: int = 1_000_000) -> int:
        """Train until the time budget, the step budget or a stop condition; return steps done."""
        start = time.perf_counter()
        deadline = start + max_seconds
        done = 0
        with self._own_random_stream():
            while done < max_steps and self._status == "running":  # the field: a property call per step adds up
                self._train_batch()
                done += 1
                if time.perf_counter() >= deadline:
                    break
        self._seconds += time.perf_counter() - start
        return done

    def step_epoch(self) -> None:
        """Finish the current epoch (a whole one if it just ended)."""
        epoch = self.epoch
        with self._own_random_stream():
            while self.epoch == epoch and self.status != "diverged":
                self._train_batch()

    # -- what the page sees ---------------------------------------------------------------------
    def steps_per_second(self) -> float:
        since, steps, rate = self._rate
        now = time.perf_counter()
        if now - since >= 0.5:
            rate = (self.step_count - steps) / (now - since)
            self._rate = (now, self.step_count, rate)
        return rate if self.status == "running" else 0.0

    def snapshot(self, weights: bool = False, request_id: int = 0, probe: bool = True) -> Snapshot:
        """Counters, thinned history, the model's description and (``probe``) its boundary and neuron maps.

        Without the probes a snapshot costs the worker a copy of the weights
        instead of a 100×100 forward pass: the browser's live view draws those.
        """
        if self._mode_matters:
            self.model.eval()
        probes = probe_model(self.model, self.task, self.extent, self.device) if probe else {}
        weight_norms, grad_norms, drawn = layer_norms(self.model)
        matrix = None
        if self.task == "classification":
            with torch.no_grad():
                matrix = confusion(self.forward(self._features_all[self._n_train :]), self.y_test, self.n_classes)
        state = None
        if weights:
            buffer = io.BytesIO()
            torch.save({k: v.cpu() for k, v in self.model.state_dict().items()}, buffer)
            state = buffer.getvalue()
        return Snapshot(
            session_id=self.session_id,
            status=self.status,
            epoch=self.epoch,
            step=self.step_count,
            steps_per_second=self.steps_per_second(),
            history=thin(self.history),
            task=self.task,
            n_classes=self.n_classes,
            extent=self.extent,
            weights=drawn,
            weight_norms=weight_norms,
            grad_norms=grad_norms,
            confusion=matrix,
            lr=float(self.optimizer.param_groups[0]["lr"]),
            n_params=self.n_params,
            state_dict=state,
            message=self.message,
            request_id=request_id,
            model=describe_model(self.model, self.task),
            **probes,
        )
