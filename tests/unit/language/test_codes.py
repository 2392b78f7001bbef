"""Integer codes against the string path they replace: the same tokens, vocabulary, bags and sequences."""

from __future__ import annotations

from collections import Counter
from itertools import chain

import numpy as np
import pytest

from playground.language import vocab as vocabulary
from playground.language.codes import Coder, code, term_counts, with_pairs
from playground.language.config import LanguageConfig
from playground.language.features import bags, encode_bag, encode_sequence, sequences
from playground.language.tokenize import TOKENIZERS
from playground.language.trainer import prepare

TEXTS = ("不好吃，太贵", "好吃 好吃！", "", "a", "不不不", "这本书不好看 but fine")


def _reference_vocab(documents: list[list[str]], max_size: int, min_count: int = 1) -> vocabulary.Vocabulary:
    """The Counter-based rule the codes replaced (ties: first seen first, sklearn's smooth IDF)."""
    counts = Counter(chain.from_iterable(documents))
    frequency = Counter(chain.from_iterable(map(set, documents)))
    ranked = [t for t, c in counts.most_common() if c >= min_count and t not in vocabulary.SPECIALS]
    tokens = vocabulary.SPECIALS + tuple(ranked[: max_size - len(vocabulary.SPECIALS)])
    df = np.array([frequency[t] for t in tokens[3:]], dtype=np.float64)
    idf = np.ones(len(tokens), dtype=np.float32)
    idf[3:] = np.log((1 + len(documents)) / (1 + df)) + 1.0
    return vocabulary.Vocabulary(tokens, idf)


@pytest.mark.parametrize("name", list(TOKENIZERS))
def test_pairs_from_codes_lay_out_the_tokens_as_the_tokenizer(name: str) -> None:
    tokenizer = TOKENIZERS[name]
    coder = Coder()
    coder.add([tokenizer.units(text, "zh") for text in TEXTS[:3]])
    coder = Coder(coder.done())  # continued, as the trainer adds a student's sentences to the cached corpus
    coder.add([tokenizer.units(text, "zh") for text in TEXTS[3:]])
    coded = with_pairs(coder.done(), tokenizer.joiner)
    for doc, text in enumerate(TEXTS):
        lo, hi = coded.offsets[doc], coded.offsets[doc + 1]
        assert coded.strings(coded.codes[lo:hi]) == tokenizer.split(text, "zh")
    assert len(set(coded.strings(np.arange(coded.n_codes)))) == coded.n_codes  # one code per distinct token


def test_pairs_refuse_units_that_could_collide() -> None:
    with pytest.raises(ValueError, match="joiner"):
        with_pairs(code([["ab", "c"], ["a", "bc"]]), "")
    with pytest.raises(ValueError, match="joiner"):
        with_pairs(code([["not good", "x"]]), " ")


def test_vocabulary_ranking_and_idf_match_the_counter_rule() -> None:
    rng = np.random.default_rng(0)
    docs = [[str(v) for v in rng.integers(0, 40, rng.integers(0, 15))] for _ in range(200)] + [["<pad>", "7"]]
    for max_size, min_count in ((10, 1), (25, 3), (500, 1), (3, 1)):
        ours, theirs = vocabulary.build(docs, max_size, min_count), _reference_vocab(docs, max_size, min_count)
        assert ours.tokens == theirs.tokens
        assert np.array_equal(ours.idf, theirs.idf)


def test_fitted_bags_sequences_and_oov_equal_the_string_path() -> None:
    docs = [TOKENIZERS["char_bigrams"].split(text, "zh") for text in TEXTS]
    coded = with_pairs(code([TOKENIZERS["char_bigrams"].units(text, "zh") for text in TEXTS]), "")
    train = np.array([0, 1, 4, 5])
    fitted = vocabulary.fit(coded, train, 12)
    vocab = _reference_vocab([docs[i] for i in train], 12)
    assert fitted.vocab.tokens == vocab.tokens and np.array_equal(fitted.vocab.idf, vocab.idf)
    assert fitted.oov_share(coded, np.array([2, 3])) == vocab.oov_share([docs[2], docs[3]])
    whole, cut = bags(fitted.terms, vocab.idf, len(coded), 64), bags(fitted.terms, vocab.idf, len(coded), 3)
    for fast, short, doc in zip(whole, cut, docs, strict=True):
        slow = encode_bag(doc, vocab, 64)
        order = np.argsort(slow.ids)
        assert np.array_equal(fast.ids, slow.ids[order]) and np.allclose(fast.weights, slow.weights[order], atol=1e-7)
        if len(fast.ids) > 3:  # the heaviest three, heaviest first
            assert np.array_equal(short.weights, -np.sort(-fast.weights)[:3])
        else:
            assert np.array_equal(short.ids, fast.ids) and np.array_equal(short.weights, fast.weights)
    assert any(len(bag.ids) > 3 for bag in whole)
    for fast, doc in zip(sequences(fitted.ids, coded.offsets, 5), docs, strict=True):
        assert np.array_equal(fast.ids, encode_sequence(doc, vocab, 5).ids)


def test_term_counts_are_sorted_by_document_then_term() -> None:
    counts = term_counts(np.array([1, 0, 1, 1, 0]), np.array([5, 2, 5, 3, 2]), 10)
    assert (
        counts.docs.tolist() == [0, 1, 1] and counts.terms.tolist() == [2, 3, 5] and counts.counts.tolist() == [2, 1, 2]
    )
    assert counts.starts(3).tolist() == [0, 1, 3, 3]


def test_prepared_corpus_equals_tokenizing_each_text() -> None:
    config = LanguageConfig(corpus="synthetic_en", tokenizer="word_bigrams", max_vocab=300, seed=4)
    added = (("not bad at all", 1), ("", 0))
    data = prepare(config, added)
    split = TOKENIZERS["word_bigrams"].split
    docs = [split(text, "en") for text in data.texts]
    vocab = _reference_vocab([docs[i] for i in data.train], 300)
    assert data.vocab.tokens == vocab.tokens and np.array_equal(data.vocab.idf, vocab.idf)
    assert data.oov_share == vocab.oov_share([docs[i] for i in data.test])
    for row in (0, len(docs) - 2, len(docs) - 1, *data.test[:20].tolist()):
        slow = encode_bag(docs[row], vocab, 512)
        order = np.argsort(slow.ids)
        assert np.array_equal(data.encoded[row].ids, slow.ids[order])
        assert np.allclose(data.encoded[row].weights, slow.weights[order], atol=1e-7)
