"""Both runs on one seed: augmentation makes unseen voices in noise recognisable, and what leaves the lab loads back.

One seeded training (6 epochs, ~10 s on a quiet core) serves every test here.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import pytest
import torch

from playground.speech.augment import augment_batch, lab_pipeline
from playground.speech.data_views import evaluation_clips, splits
from playground.speech.export import confusion, history_csv, load_model, onnx_bytes, state_bytes, top_k
from playground.speech.job import RUNS, SpeechSpec
from playground.speech.settings import SPEECH, SpeechConfig, config_of

CONFIG = SpeechConfig(epochs=6, seed=42)


@pytest.fixture(scope="module")
def trained() -> dict[str, Any]:
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # as in a worker: two threads on a shared core ran many times slower
    try:
        return _train()
    finally:
        torch.set_num_threads(threads)


def _train() -> dict[str, Any]:
    job = SpeechSpec(CONFIG, lab_pipeline().to_json()).build("test", "cpu")
    job.status = "running"
    job.run(0.0)  # one unit: preparation begins, nothing trained yet
    while job.todo:
        job.run(0.0)
    first = {run.name: {k: v.clone() for k, v in run.model.state_dict().items()} for run in job.runs}
    while job.status == "running":
        job.run(0.05)
    return {"report": job.report(True), "first": first}


def test_augmentation_beats_the_plain_run_on_unseen_voices_in_noise(trained: dict[str, Any]) -> None:
    runs = trained["report"]["runs"]
    plain, augmented = (runs[name]["history"][-1] for name in RUNS)
    assert plain["epoch"] == augmented["epoch"] == CONFIG.epochs
    assert plain["unseen"] > 0.90, f"the plain run recognises unseen voices in clean audio: {plain['unseen']:.3f}"
    assert plain["seen"] > 0.95
    assert augmented["snr10"] - plain["snr10"] >= 0.25, (plain["snr10"], augmented["snr10"])
    assert augmented["snr0"] > plain["snr0"]


def test_both_runs_start_from_the_same_weights(trained: dict[str, Any]) -> None:
    first = trained["first"]
    for name, tensor in first["plain"].items():
        assert torch.equal(tensor, first["augmented"][name]), name


def test_the_probability_knob_decides_how_many_clips_are_augmented() -> None:
    clips = splits(("en",)).train.clips[:40]
    index = np.arange(40)
    untouched = augment_batch(lab_pipeline(), clips, index, rate=8000, seed=1, epoch=0, probability=0.0)
    np.testing.assert_array_equal(untouched, clips)
    always = augment_batch(lab_pipeline(), clips, index, rate=8000, seed=1, epoch=0, probability=1.0)
    changed = [not np.array_equal(a, c) for a, c in zip(always, clips, strict=True)]
    assert sum(changed) >= 35, "with p = 1 nearly every clip changes (a draw may fire no step)"
    again = augment_batch(lab_pipeline(), clips, index, rate=8000, seed=1, epoch=0, probability=1.0)
    np.testing.assert_array_equal(again, always)


def test_the_weights_load_with_weights_only_and_predict_as_in_the_worker(trained: dict[str, Any]) -> None:
    run = trained["report"]["runs"]["augmented"]
    data = state_bytes(run["state_dict"])
    assert torch.load(io.BytesIO(data), weights_only=True).keys() == run["state_dict"].keys()
    model = load_model(CONFIG, data)
    clips, truth, _ = evaluation_clips(CONFIG.languages)["unseen"]
    predicted = [top_k(model, CONFIG, clip)[0][0] for clip in clips[:20]]
    assert predicted == run["predictions"]["unseen"][:20].tolist()
    best = top_k(model, CONFIG, clips[0])
    assert len(best) == 3 and best[0][1] >= best[1][1] >= best[2][1]
    matrix = confusion(truth, run["predictions"]["unseen"])
    assert matrix.sum() == len(truth) and np.trace(matrix) == int((run["predictions"]["unseen"] == truth).sum())


def test_onnx_and_history_exports(trained: dict[str, Any]) -> None:
    onnxruntime = pytest.importorskip("onnxruntime")
    run = trained["report"]["runs"]["plain"]
    model = load_model(CONFIG, state_bytes(run["state_dict"]))
    blob = onnx_bytes(model, 40)
    assert blob
    session = onnxruntime.InferenceSession(blob)
    x = np.random.default_rng(0).standard_normal((2, 40, 64)).astype(np.float32)
    with torch.no_grad():
        expected = model(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(session.run(None, {"features": x})[0], expected, atol=1e-4)
    text = history_csv(trained["report"]["runs"])
    lines = text.strip().splitlines()
    assert lines[0].startswith("run,epoch,loss,train_acc,seen,unseen,snr20")
    assert len(lines) == 1 + 2 * CONFIG.epochs


def test_settings_travel_in_a_link_and_bad_values_are_cleaned() -> None:
    config = SpeechConfig(words=("zh",), model="cnn2d", probability=0.5, seed=7)
    query = SPEECH.to_query({f.name: getattr(config, f.name) for f in SPEECH})
    back = SPEECH.from_query(query)
    assert config_of(back.value) == config and not back.notes
    bad = SPEECH.from_query({"sm": "transformer", "sp": "7", "se": "x"})
    assert bad.value["model"] == "conv1d" and bad.value["probability"] == 1.0 and len(bad.notes) == 3
    assert {SPEECH.key("words"), SPEECH.key("probability")} == {"speech.words", "speech.augment"}
