"""The three models, seeded: the n-gram model beats 80 % on the Chinese reviews, the Transformer beats the bag
of words on negation probes, attention rows sum to one, unknown characters still get a prediction, exports load.
"""

from __future__ import annotations

import io
import json

import numpy as np
import pytest
import torch

from playground.language.config import LanguageConfig
from playground.language.embeddings import neighbours, project
from playground.language.explain import Predictor, token_weights
from playground.language.export import histories_csv, history_csv, state_dict_bytes
from playground.language.synthetic import PROBES
from playground.language.trainer import LanguageJob, LanguageJobSpec, run_to_end
from playground.language.vocab import from_json


@pytest.fixture(autouse=True, scope="module")
def _one_thread() -> None:
    torch.set_num_threads(1)  # as in a worker: two threads under load ran tiny steps many times slower


def _train(**settings: object) -> LanguageJob:
    job = LanguageJobSpec(LanguageConfig(seed=42, **settings)).build("test", "cpu")  # type: ignore[arg-type]
    run_to_end(job)
    assert isinstance(job, LanguageJob) and job.status == "finished"
    return job


def _predictor(job: LanguageJob) -> Predictor:
    assert job.model is not None and job.data is not None
    return Predictor(job.config, job.model, job.data.vocab)


@pytest.fixture(scope="module")
def chinese_ngram() -> LanguageJob:
    return _train()


@pytest.fixture(scope="module")
def english_bag() -> LanguageJob:
    return _train(corpus="synthetic_en", tokenizer="words", model="ngram", epochs=4, batch_size=64)


@pytest.fixture(scope="module")
def english_transformer() -> LanguageJob:
    return _train(corpus="synthetic_en", tokenizer="words", model="transformer", epochs=8, lr=0.005, batch_size=64,
                  dim=32, heads=2, layers=2, max_len=32)  # fmt: skip


def test_ngram_model_beats_80_percent_on_the_chinese_test_split(chinese_ngram: LanguageJob) -> None:
    history = chinese_ngram.report(False)["history"]
    assert history["test_acc"][-1] > 0.80
    assert len(history["epoch"]) == 2 and all(s >= 0 for s in history["epoch_s"])
    assert np.sum(chinese_ngram.confusion) == len(chinese_ngram.data.test)  # type: ignore[union-attr]


def test_the_linear_models_colouring_is_its_exact_contribution(chinese_ngram: LanguageJob) -> None:
    predictor = _predictor(chinese_ngram)
    explanation = predictor.explain("质量很好，非常满意")
    weights = chinese_ngram.model.embedding.weight.detach()  # type: ignore[union-attr]
    bias = chinese_ngram.model.bias.detach()  # type: ignore[union-attr]
    logit = float(explanation.contributions.sum()) + float(bias[1] - bias[0])
    assert np.isclose(1 / (1 + np.exp(-logit)), explanation.prob_positive, atol=1e-4)
    assert explanation.label == 1 and weights.shape[1] == 2
    positive, negative = token_weights(chinese_ngram.model, predictor.vocab)  # type: ignore[arg-type]
    assert positive[0][1] > 0 > negative[0][1]


def test_unknown_characters_get_a_prediction_and_no_error(chinese_ngram: LanguageJob,
                                                          english_transformer: LanguageJob) -> None:  # fmt: skip
    for job, text in ((chinese_ngram, "☃☃ 𝔘𝔫𝔨𝔫𝔬𝔴𝔫 ⛄"), (english_transformer, "the ☃ was not ⛄")):
        explanation = _predictor(job).explain(text)
        assert 0.0 <= explanation.prob_positive <= 1.0 and not all(explanation.known)
        assert np.all(np.isfinite(explanation.contributions))


def test_attention_beats_bag_of_words_on_negation_probes(english_bag: LanguageJob,
                                                         english_transformer: LanguageJob) -> None:  # fmt: skip
    probes = [(text, label) for kind, text, label in PROBES if kind == "negation"]

    def score(job: LanguageJob) -> float:
        probs = _predictor(job).predict_many([text for text, _ in probes])
        return float(np.mean([(p >= 0.5) == bool(y) for p, (_, y) in zip(probs, probes, strict=True)]))

    bag, attention = score(english_bag), score(english_transformer)
    assert attention > bag and attention >= 0.8, (bag, attention)


def test_attention_rows_sum_to_one(english_transformer: LanguageJob) -> None:
    explanation = _predictor(english_transformer).explain("the food was not good but cheap")
    assert len(explanation.attention) == 2
    for layer in explanation.attention:
        assert layer.shape == (2, len(explanation.tokens) + 1, len(explanation.tokens) + 1)
        assert np.allclose(layer.sum(-1), 1.0, atol=1e-5)


def test_embeddings_project_and_have_neighbours() -> None:
    job = _train(corpus="synthetic_en", tokenizer="words", model="embedding_bag", epochs=2, batch_size=64)
    vectors = job.model.token_vectors().detach().numpy()  # type: ignore[union-attr]
    points = project(vectors, job.data.vocab, n_tokens=50)  # type: ignore[union-attr]
    assert points.xy.shape == (50, 2) and points.explained[0] >= points.explained[1]
    near = neighbours(vectors, job.data.vocab, "good", k=5)  # type: ignore[union-attr]
    assert len(near) == 5 and "good" not in [t for t, _ in near]
    assert neighbours(vectors, job.data.vocab, "no-such-token") == []  # type: ignore[union-attr]


def test_exports_load_safely_and_rebuild_the_same_model(english_transformer: LanguageJob) -> None:
    report = english_transformer.report(True)
    state = torch.load(io.BytesIO(state_dict_bytes(report["state_dict"])), weights_only=True)
    vocab = from_json(report["vocab"])
    rebuilt = Predictor.from_state(english_transformer.config, state, vocab)
    text = "the staff is never rude"
    assert np.isclose(rebuilt.explain(text).prob_positive, _predictor(english_transformer).explain(text).prob_positive)
    assert json.loads(report["vocab"])["tokens"][:3] == ["<pad>", "<unk>", "<cls>"]
    both = histories_csv([("a", report["history"]), ("b", report["history"])]).splitlines()
    assert len(both) == 17 and both[1].startswith("a,") and both[-1].startswith("b,")
    csv_text = history_csv(report["history"], "run")
    assert csv_text.splitlines()[0].startswith("run,epoch,train_loss") and len(csv_text.splitlines()) == 9
    assert report["mistakes"] == sorted(report["mistakes"], key=lambda m: -abs(m[1] - m[2]))
