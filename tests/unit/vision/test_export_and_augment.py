"""Exports (ONNX, CSV), the link table, and the bridge to the augmentation engine."""

from __future__ import annotations

import csv
import io

import numpy as np

from playground.augment.image.pipeline import Pipeline
from playground.vision.augment import DEFAULT_PIPELINE, augment_batch
from playground.vision.export import history_csv, onnx_bytes
from playground.vision.models import MODELS
from playground.vision.settings import VISION


def test_onnx_export_of_the_seed_cnn() -> None:
    data = onnx_bytes(MODELS["seed_cnn"].build(28, 1), 28)
    assert data is None or len(data) > 10_000  # None only where the exporter is missing


def test_history_csv_has_one_row_per_run_and_epoch() -> None:
    history = {"epoch": [1.0, 2.0], "train_loss": [0.5, 0.25]}
    rows = list(csv.reader(io.StringIO(history_csv({"plain": history, "augmented": history}))))
    assert rows[0] == ["run", "epoch", "train_loss"] and len(rows) == 5 and rows[3][0] == "augmented"


def test_augmentation_is_seeded_per_epoch_and_off_at_probability_zero() -> None:
    images = np.zeros((6, 28, 28), np.float32)
    images[:, 8:20, 12:16] = 1.0
    index = np.arange(6)
    steps = Pipeline((Pipeline.step("rotate", p=1.0, limit=(20.0, 40.0)),)).prepare()
    first = augment_batch(steps, images, index, seed=1, epoch=0, p=1.0)
    assert np.array_equal(first, augment_batch(steps, images, index, seed=1, epoch=0, p=1.0))
    assert not np.array_equal(first, augment_batch(steps, images, index, seed=1, epoch=1, p=1.0))
    assert not np.array_equal(first, images) and first.shape == images.shape
    assert np.array_equal(augment_batch(steps, images, index, seed=1, epoch=0, p=0.0), images)


def test_a_size_changing_step_comes_back_at_the_model_size() -> None:
    steps = Pipeline((Pipeline.step("random_resized_crop", p=1.0, size=64),)).prepare()
    out = augment_batch(steps, np.ones((2, 16, 16), np.float32) * 0.5, np.arange(2), seed=0, epoch=0, p=1.0)
    assert out.shape == (2, 16, 16)


def test_the_link_round_trips_and_cleans_bad_values() -> None:
    values = {**VISION.defaults(), "train_size": 1200, "model": "tiny_vgg", "pipe": DEFAULT_PIPELINE.to_url()}
    assert VISION.from_query(VISION.to_query(values)).value == values
    cleaned = VISION.from_query({"n": "999999", "model": "resnet"})
    assert cleaned.value == {"train_size": 2400, "model": "seed_cnn"} and len(cleaned.notes) == 2


def test_the_compression_studio_accepts_the_lab_model_as_flat_rows() -> None:
    from playground.compress.models import task_from_trained  # noqa: PLC0415 (the contract's reader)
    from playground.training.export import TrainedModel  # noqa: PLC0415
    from playground.vision.export import flat_input_model  # noqa: PLC0415

    x = np.random.default_rng(0).random((8, 16 * 16)).astype(np.float32)
    offered = TrainedModel(flat_input_model(MODELS["seed_cnn"].build(16, 1), 16), x, np.arange(8) % 10,
                           "classification", 10, "vision")  # fmt: skip
    model, task = task_from_trained(offered)
    assert model(torch_rows(x)).shape == (8, 10) and task.n_classes == 10


def torch_rows(x: np.ndarray):
    import torch  # noqa: PLC0415

    return torch.from_numpy(x)
