"""Why a model said what it said about one sentence: each token's part, and where attention looked.

Why gradient × input for every model: it needs only the token vectors and one backward pass, so the
same colouring works for the linear model (where it is *exactly* each token's contribution, its
TF-IDF weight times its positive-minus-negative weight), the embedding bag and the Transformer
(where it is a first-order estimate, which the page says). The Transformer also returns its
attention weights, one (heads × tokens × tokens) map per layer, each row summing to one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import torch

from playground.language.config import LanguageConfig
from playground.language.corpora import CORPORA
from playground.language.features import collate, encode
from playground.language.models import TextModel, TinyTransformer
from playground.language.tokenize import tokenize
from playground.language.trainer import BAG_MAX, new_model
from playground.language.vocab import Vocabulary


@dataclass(frozen=True)
class Explanation:
    """One sentence through one model."""

    tokens: tuple[str, ...]  # in reading order (a Transformer's cut to its length)
    known: tuple[bool, ...]  # False: the vocabulary has never seen it (<unk>)
    contributions: np.ndarray  # per token, towards "positive" (negative values push to "negative")
    prob_positive: float
    attention: tuple[np.ndarray, ...] = ()  # per layer (heads, T+1, T+1), the [CLS] slot first

    @property
    def label(self) -> int:
        return int(self.prob_positive >= 0.5)


class Predictor:
    """A trained model with its vocabulary and settings, ready to explain typed sentences (no training here)."""

    def __init__(self, config: LanguageConfig, model: TextModel, vocab: Vocabulary) -> None:
        self.config, self.model, self.vocab = config, model.eval(), vocab
        self.language = CORPORA[config.corpus].language
        self.limit = config.max_len if model.kind == "sequence" else BAG_MAX

    @classmethod
    def from_state(cls, config: LanguageConfig, state: Mapping[str, torch.Tensor], vocab: Vocabulary) -> Predictor:
        """Rebuild a model from a worker's state_dict (the page does this once per finished run)."""
        model = new_model(config, len(vocab))
        model.load_state_dict(dict(state))
        return cls(config, model, vocab)

    def explain(self, text: str) -> Explanation:
        """Predict ``text`` (already checked by ``text.clean_sentence``) and say why."""
        tokens = tokenize(text, self.config.tokenizer, self.language)
        if self.model.kind == "sequence":
            tokens = tokens[: self.limit - 1]
        index = self.vocab.index
        known = tuple(token in index for token in tokens)
        item = encode(tokens, self.vocab, self.model.kind, self.limit)
        batch = collate([item], np.zeros(1, dtype=np.int64))
        embedded = self.model.embed(batch.ids).detach().requires_grad_(True)
        logits = self.model.classify(embedded, batch)
        (logits[0, 1] - logits[0, 0]).backward()
        per_id = (embedded.grad * embedded).sum(-1)[0].detach().numpy()  # type: ignore[operator]
        prob = float(logits.detach().softmax(1)[0, 1])
        if self.model.kind == "sequence":
            contributions = per_id[1 : len(tokens) + 1]
            attention = tuple(w[0].numpy() for w in self.model.attention()) if isinstance(
                self.model, TinyTransformer) else ()  # fmt: skip
            return Explanation(tuple(tokens), known, contributions.astype(np.float32), prob, attention)
        share = dict(zip(item.ids.tolist(), per_id.tolist(), strict=True))
        counts = Counter(index.get(token) for token in tokens)
        contributions = np.array([share.get(index.get(t, -1), 0.0) / counts[index.get(t)] if k else 0.0
                                  for t, k in zip(tokens, known, strict=True)], dtype=np.float32)  # fmt: skip
        return Explanation(tuple(tokens), known, contributions, prob)

    def predict_many(self, texts: list[str]) -> np.ndarray:
        """Probability of "positive" for each text (probes), in one batch."""
        tokens = [tokenize(t, self.config.tokenizer, self.language) for t in texts]
        items = [encode(doc, self.vocab, self.model.kind, self.limit) for doc in tokens]
        with torch.no_grad():
            logits = self.model(collate(items, np.zeros(len(items), dtype=np.int64)))
        return logits.softmax(1)[:, 1].numpy()


def token_weights(
    model: TextModel, vocab: Vocabulary, top: int = 15
) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """The linear model's most positive and most negative tokens (positive-minus-negative weight)."""
    weights = model.token_vectors().detach()
    score = (weights[:, 1] - weights[:, 0]).numpy() if weights.shape[1] == 2 else np.zeros(len(vocab))
    score[:3] = 0.0  # padding, <unk>, [CLS]
    order = np.argsort(score)
    positive = [(vocab.tokens[i], float(score[i])) for i in order[::-1][:top]]
    negative = [(vocab.tokens[i], float(score[i])) for i in order[:top]]
    return positive, negative
