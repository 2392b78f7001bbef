"""What a tokenizer makes of a corpus before any model sees it: vocabulary size, OOV share, lengths.

Why before training: the student should see that characters give a few thousand tokens and almost
no unknowns, while words and pairs give tens of thousands and more unknowns in the test part;
that trade-off explains half of the accuracy table before a single epoch runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from playground.language import vocab as vocabulary
from playground.language.corpora import CORPORA, split
from playground.language.tokenize import tokenize_corpus


@dataclass(frozen=True)
class TokenSummary:
    """The numbers of the tokenization view for one corpus, tokenizer and split."""

    distinct: int  # distinct tokens in the training part
    vocab_size: int  # kept (≤ max_vocab, specials included)
    oov_share: float  # share of test-token occurrences unknown to the vocabulary
    mean_tokens: float  # tokens per text
    p95_tokens: float
    top: tuple[tuple[str, int], ...]  # the most frequent tokens


@lru_cache(maxsize=16)
def summarize(corpus: str, tokenizer: str, max_vocab: int, test_ratio: float, seed: int) -> TokenSummary:
    docs = tokenize_corpus(corpus, tokenizer)
    parts = split(CORPORA[corpus].load(), test_ratio, seed)
    train_docs = [docs[i] for i in parts.train]
    vocab = vocabulary.build(train_docs, max_vocab)
    counts: dict[str, int] = {}
    for doc in train_docs:
        for token in doc:
            counts[token] = counts.get(token, 0) + 1
    lengths = np.array([len(doc) for doc in docs])
    top = tuple(sorted(counts.items(), key=lambda kv: -kv[1])[:20])
    return TokenSummary(len(counts), len(vocab), vocab.oov_share([docs[i] for i in parts.test]),
                        float(lengths.mean()), float(np.percentile(lengths, 95)), top)  # fmt: skip
