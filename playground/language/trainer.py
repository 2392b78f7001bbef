"""The lab's training job: prepare the data, train one model, evaluate, in slices behind the backend.

Why a generator: ``Job.run(budget_s)`` must return within about its budget, yet the work has stages
of very different sizes (jieba over 17,000 reviews, mini-batches, a test pass). Each stage yields
after one small unit (a chunk of texts, one batch); ``run`` advances the generator until the budget
is spent, so a Pause or a report request is answered between any two units.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch import nn

from playground.core.seeding import numpy_rng, seeded_torch_init
from playground.language import vocab as vocabulary
from playground.language.codes import CodedDocs, Coder, with_pairs
from playground.language.config import LanguageConfig
from playground.language.corpora import CORPORA, split, with_added
from playground.language.features import Encoded, bags, collate, sequences
from playground.language.models import MODELS, TextModel, build_model, count_parameters
from playground.language.tokenize import TOKENIZERS
from playground.training.runner.jobs import Job, JobSpec

BAG_MAX = 512  # distinct tokens kept per text for the bag models (the heaviest by TF-IDF)
CHUNK = 400  # texts tokenized per unit of work
EVAL_BATCH = 256
_TOKENIZED: dict[tuple[str, Callable[[str, str], list[str]]], CodedDocs] = {}  # per process: jieba runs once per corpus


@dataclass
class Prepared:
    """Everything a model trains and is judged on; built once per job (tokens cached per process)."""

    texts: list[str]
    labels: np.ndarray
    train: np.ndarray
    test: np.ndarray
    vocab: vocabulary.Vocabulary
    encoded: list[Encoded]
    oov_share: float
    extra: dict[str, Any] = field(default_factory=dict)


def prepare_steps(config: LanguageConfig, added: tuple[tuple[str, int], ...], kind: str) -> Iterator[Prepared | None]:
    """Yield None after each chunk of work, then the prepared data (usable without a job: see ``prepare``)."""
    entry = CORPORA[config.corpus]
    corpus = entry.load()
    tokenizer = TOKENIZERS[config.tokenizer]
    key = (config.corpus, tokenizer.units)  # chars and char_bigrams share their units, words and word_bigrams too
    if key not in _TOKENIZED:
        coder = Coder()
        for start in range(0, len(corpus.texts), CHUNK):
            coder.add([tokenizer.units(text, corpus.language) for text in corpus.texts[start : start + CHUNK]])
            yield None
        _TOKENIZED[key] = coder.done()
    units = _TOKENIZED[key]
    if added:
        coder = Coder(units)
        coder.add([tokenizer.units(text, corpus.language) for text, _ in added])
        units = coder.done()
    coded = with_pairs(units, tokenizer.joiner)
    texts, labels = with_added(corpus, added)
    parts = split(corpus, config.test_ratio, config.seed)
    train = np.concatenate([parts.train, np.arange(len(corpus.texts), len(texts))]).astype(np.int64)
    fitted = vocabulary.fit(coded, train, config.max_vocab)
    yield None
    if kind == "bag":
        encoded = bags(fitted.terms, fitted.vocab.idf, len(coded), BAG_MAX)
    else:
        encoded = sequences(fitted.ids, coded.offsets, config.max_len)
    yield None
    yield Prepared(texts, labels, train, parts.test, fitted.vocab, encoded, fitted.oov_share(coded, parts.test))


def prepare(config: LanguageConfig, added: tuple[tuple[str, int], ...] = (), kind: str = "bag") -> Prepared:
    """The prepared data in one call (tests, the benchmark, a notebook)."""
    for item in prepare_steps(config, added, kind):
        if item is not None:
            return item
    raise RuntimeError("preparation ended without data")


def new_model(config: LanguageConfig, vocab_size: int) -> TextModel:
    """The configured model, initialised from the seed (same seed, same starting weights)."""
    with seeded_torch_init(config.seed, "language", "model", config.model):
        return build_model(
            config.model,
            vocab_size,
            dim=config.dim,
            hidden=config.hidden,
            heads=config.heads,
            layers=config.layers,
            max_len=config.max_len,
        )


class LanguageJob(Job):
    """Prepare, then ``epochs`` epochs of Adam on mini-batches, a test pass after each epoch."""

    def __init__(self, config: LanguageConfig, added: tuple[tuple[str, int], ...], device: str) -> None:
        super().__init__()
        self.config, self.added, self.device = config, added, device
        self.kind = "sequence" if config.model == "transformer" else "bag"
        self.phase = "preparing"
        self.progress = 0.0
        self.data: Prepared | None = None
        self.model: TextModel | None = None
        self.history: dict[str, list[float]] = {k: [] for k in ("epoch", "train_loss", "test_loss", "train_acc",
                                                                  "test_acc", "epoch_s")}  # fmt: skip
        self.confusion = np.zeros((2, 2), dtype=np.int64)
        self.test_probs = np.zeros(0, dtype=np.float32)
        self.epoch, self.step_count, self.n_params = 0, 0, 0
        self.epoch_progress = 0.0  # share of the current epoch's batches done
        self._work = self._steps()

    def run(self, budget_s: float) -> None:
        deadline = time.perf_counter() + max(budget_s, 0.0)
        while True:
            try:
                next(self._work)
            except StopIteration:
                self.status, self.phase = "finished", "finished"
                return
            if time.perf_counter() >= deadline:
                return

    def _steps(self) -> Iterator[None]:
        for item in prepare_steps(self.config, self.added, self.kind):
            if item is None:
                self.progress = min(0.95, self.progress + 0.01)
                yield None
            else:
                self.data = item
        assert self.data is not None
        self.model = new_model(self.config, len(self.data.vocab)).to(self.device)
        self.n_params = count_parameters(self.model)
        optimizer = torch.optim.Adam(self.model.parameters(), lr=self.config.lr)
        rng = numpy_rng(self.config.seed, "language", "batches")
        self.phase, self.progress = "training", 1.0
        for epoch in range(1, self.config.epochs + 1):
            order = rng.permutation(self.data.train)
            spent, losses, right = 0.0, 0.0, 0
            for start in range(0, len(order), self.config.batch_size):
                began = time.perf_counter()
                rows = order[start : start + self.config.batch_size]
                batch = collate([self.data.encoded[i] for i in rows], self.data.labels[rows], self.device)
                self.model.train()
                logits = self.model(batch)
                loss = nn.functional.cross_entropy(logits, batch.labels)
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                optimizer.step()
                losses += float(loss.detach()) * len(rows)
                right += int((logits.argmax(1) == batch.labels).sum())
                self.step_count += 1
                self.epoch_progress = min(1.0, (start + len(rows)) / len(order))
                spent += time.perf_counter() - began
                yield None
            test_loss, probs = yield from self._evaluate()
            self.epoch = epoch
            predicted = (probs >= 0.5).astype(np.int64)
            truth = self.data.labels[self.data.test]
            self.confusion = np.array([[np.sum((truth == a) & (predicted == b)) for b in (0, 1)] for a in (0, 1)])
            self.test_probs = probs
            for name, value in (("epoch", epoch), ("train_loss", losses / len(order)), ("test_loss", test_loss),
                                ("train_acc", right / len(order)), ("test_acc", float(np.mean(predicted == truth))),
                                ("epoch_s", spent)):  # fmt: skip
                self.history[name].append(float(value))

    def _evaluate(self) -> Iterator[None]:
        """The test part in batches: (mean loss, probability of "positive" per test text)."""
        assert self.data is not None and self.model is not None
        self.model.eval()
        total, probs = 0.0, []
        rows_all = self.data.test
        for start in range(0, len(rows_all), EVAL_BATCH):
            rows = rows_all[start : start + EVAL_BATCH]
            batch = collate([self.data.encoded[i] for i in rows], self.data.labels[rows], self.device)
            with torch.no_grad():
                logits = self.model(batch)
                total += float(nn.functional.cross_entropy(logits, batch.labels, reduction="sum"))
                probs.append(logits.softmax(1)[:, 1].float().cpu().numpy())
            yield None
        return total / max(1, len(rows_all)), np.concatenate(probs) if probs else np.zeros(0, np.float32)

    def report(self, detail: bool) -> dict[str, Any]:
        out: dict[str, Any] = {
            "phase": self.phase,
            "progress": self.progress,
            "epoch": self.epoch,
            "epochs": self.config.epochs,
            "steps": self.step_count,
            "epoch_progress": self.epoch_progress,
            "history": {k: list(v) for k, v in self.history.items()},
            "n_params": self.n_params,
            "vocab_size": len(self.data.vocab) if self.data else 0,
            "oov_share": self.data.oov_share if self.data else 0.0,
            "confusion": self.confusion.tolist(),
        }
        if detail and self.data is not None and self.model is not None:
            out["state_dict"] = {k: v.detach().cpu().clone() for k, v in self.model.state_dict().items()}
            out["vocab"] = self.data.vocab.to_json()
            out["mistakes"] = self._mistakes()
        return out

    def _mistakes(self, limit: int = 60) -> list[tuple[str, int, float]]:
        """The test texts the model got most wrong: (text, true label, probability of positive)."""
        assert self.data is not None
        if not len(self.test_probs):
            return []
        truth = self.data.labels[self.data.test]
        wrongness = np.abs(truth - self.test_probs)
        order = [i for i in np.argsort(-wrongness, kind="stable") if wrongness[i] > 0.5][:limit]
        return [(self.data.texts[self.data.test[i]], int(truth[i]), float(self.test_probs[i])) for i in order]


@dataclass(frozen=True)
class LanguageJobSpec(JobSpec):
    """A config and the student's own sentences (text, label): small and picklable."""

    config: LanguageConfig = field(default_factory=LanguageConfig)
    added: tuple[tuple[str, int], ...] = ()

    def build(self, session_id: str, device: str) -> Job:
        MODELS.require(self.config.model)
        return LanguageJob(self.config, self.added, device)


def run_to_end(job: Job, budget_s: float = 0.5) -> Job:
    """Drive a job without a pool until it stops (tests, the benchmark, a notebook)."""
    job.status = "running"
    while job.status == "running":
        job.run(budget_s)
    return job
