"""Three text classifiers that share one signature, from counting to attending.

Why one signature (``embed(ids)`` then ``classify(embedded, batch)``): gradient × input needs the
token vectors as a tensor to differentiate against, for every model alike. For the linear model the
"embedding" of a token is its own pair of class weights, so gradient × input is exactly its
contribution; for the others it is the usual first-order estimate.

- ``ngram``: logistic regression on TF-IDF bags (an n-gram LR when the tokenizer adds bigrams);
- ``embedding_bag``: tokens → learned vectors, TF-IDF-weighted sum, a small MLP;
- ``transformer``: a 1–2 layer encoder with sinusoidal positions and a [CLS] summary, written out
  (not ``nn.TransformerEncoder``) so each head's attention map can be returned.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn

from playground.core.registry import Entry, Registry
from playground.language.features import Batch
from playground.language.vocab import PAD

N_CLASSES = 2


class TextModel(nn.Module):
    """The shared interface; ``kind`` says which features it reads ("bag" or "sequence")."""

    kind = "bag"

    def embed(self, ids: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError

    def classify(self, embedded: torch.Tensor, batch: Batch) -> torch.Tensor:
        raise NotImplementedError

    def forward(self, batch: Batch) -> torch.Tensor:
        return self.classify(self.embed(batch.ids), batch)

    def token_vectors(self) -> torch.Tensor:
        """The matrix whose rows the page projects with PCA (one row per vocabulary id)."""
        return self.embedding.weight  # type: ignore[no-any-return]


class NGramLogReg(TextModel):
    """logits = Σ tfidf(token) · W[token] + b: one weight per token and class, nothing else."""

    def __init__(self, vocab_size: int) -> None:
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, N_CLASSES, padding_idx=PAD)
        nn.init.zeros_(self.embedding.weight)
        self.bias = nn.Parameter(torch.zeros(N_CLASSES))

    def embed(self, ids: torch.Tensor) -> torch.Tensor:
        return self.embedding(ids)

    def classify(self, embedded: torch.Tensor, batch: Batch) -> torch.Tensor:
        return (embedded * batch.weights.unsqueeze(-1)).sum(1) + self.bias


class EmbeddingBagMLP(TextModel):
    """A TF-IDF-weighted sum of learned token vectors, then one hidden layer."""

    def __init__(self, vocab_size: int, dim: int, hidden: int) -> None:
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, dim, padding_idx=PAD)
        self.mlp = nn.Sequential(nn.Linear(dim, hidden), nn.ReLU(), nn.Linear(hidden, N_CLASSES))

    def embed(self, ids: torch.Tensor) -> torch.Tensor:
        return self.embedding(ids)

    def classify(self, embedded: torch.Tensor, batch: Batch) -> torch.Tensor:
        return self.mlp((embedded * batch.weights.unsqueeze(-1)).sum(1))


def sinusoids(length: int, dim: int) -> torch.Tensor:
    """The original Transformer's fixed positional encoding (no parameters, any length up to ``length``)."""
    position = torch.arange(length, dtype=torch.float32).unsqueeze(1)
    rate = torch.exp(torch.arange(0, dim, 2, dtype=torch.float32) * (-math.log(10000.0) / dim))
    table = torch.zeros(length, dim)
    table[:, 0::2] = torch.sin(position * rate)
    table[:, 1::2] = torch.cos(position * rate)[:, : dim // 2]
    return table


class SelfAttention(nn.Module):
    """Multi-head scaled dot-product attention that keeps its weights (batch, heads, T, T)."""

    def __init__(self, dim: int, heads: int) -> None:
        super().__init__()
        self.heads, self.head_dim = heads, dim // heads
        self.qkv = nn.Linear(dim, 3 * dim)
        self.out = nn.Linear(dim, dim)
        self.weights: torch.Tensor | None = None

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, t, d = x.shape
        q, k, v = self.qkv(x).view(b, t, 3, self.heads, self.head_dim).permute(2, 0, 3, 1, 4)
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.head_dim)
        scores = scores.masked_fill(~mask[:, None, None, :], float("-inf"))
        weights = scores.softmax(-1)
        self.weights = weights.detach()
        return self.out((weights @ v).transpose(1, 2).reshape(b, t, d))


class EncoderLayer(nn.Module):
    """Pre-norm block: x + attention(norm(x)), then x + feed-forward(norm(x))."""

    def __init__(self, dim: int, heads: int) -> None:
        super().__init__()
        self.norm1, self.norm2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.attention = SelfAttention(dim, heads)
        self.ff = nn.Sequential(nn.Linear(dim, 2 * dim), nn.GELU(), nn.Linear(2 * dim, dim))

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        x = x + self.attention(self.norm1(x), mask)
        return x + self.ff(self.norm2(x))


class TinyTransformer(TextModel):
    """Token vectors + positions → 1–2 encoder layers → the [CLS] slot's vector → two logits."""

    kind = "sequence"

    def __init__(self, vocab_size: int, dim: int, heads: int, layers: int, max_len: int) -> None:
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, dim, padding_idx=PAD)
        self.register_buffer("positions", sinusoids(max_len, dim), persistent=False)
        self.layers = nn.ModuleList(EncoderLayer(dim, heads) for _ in range(layers))
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, N_CLASSES)

    def embed(self, ids: torch.Tensor) -> torch.Tensor:
        return self.embedding(ids)

    def classify(self, embedded: torch.Tensor, batch: Batch) -> torch.Tensor:
        x = embedded + self.positions[: embedded.shape[1]]
        for layer in self.layers:
            x = layer(x, batch.mask)
        return self.head(self.norm(x[:, 0]))

    def attention(self) -> list[torch.Tensor]:
        """Each layer's attention weights of the last forward pass, (batch, heads, T, T)."""
        return [layer.attention.weights for layer in self.layers if layer.attention.weights is not None]


@dataclass(frozen=True)
class ModelEntry(Entry):
    """A model the student picks; ``lr``, ``epochs`` and ``batch_size`` train it well here (measured, seed 42)."""

    lr: float = 0.01
    epochs: int = 5
    batch_size: int = 64
    text_prefix = "language.model"


MODELS: Registry[ModelEntry] = Registry(
    "language model",
    (
        # 85.9 % after 1 epoch, 85.7 % after 2 on the Chinese reviews; later epochs overfit
        ModelEntry("ngram", lr=0.05, epochs=2, batch_size=256),
        ModelEntry("embedding_bag", lr=0.01, epochs=3, batch_size=128),
        ModelEntry("transformer", lr=0.005, epochs=4, batch_size=64),
    ),
)


def build_model(
    name: str, vocab_size: int, *, dim: int, hidden: int, heads: int, layers: int, max_len: int
) -> TextModel:
    """The named model with the given sizes (sizes a model does not use are ignored)."""
    if name == "ngram":
        return NGramLogReg(vocab_size)
    if name == "embedding_bag":
        return EmbeddingBagMLP(vocab_size, dim, hidden)
    if name == "transformer":
        heads = max(1, min(heads, dim))
        return TinyTransformer(vocab_size, dim - dim % heads, heads, layers, max_len)
    raise ValueError(f"unknown model {name!r}")


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
