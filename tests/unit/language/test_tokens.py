"""Tokenizers and the vocabulary: the plain English rule, pairs, jieba, OOV share, TF-IDF like scikit-learn."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from playground.language import vocab as vocabulary
from playground.language.features import encode_bag, encode_bags, encode_sequence
from playground.language.tokenize import TOKENIZERS, english_words, tokenize
from playground.language.vocab import CLS, UNK


def test_english_rule_and_pairs() -> None:
    assert english_words("The food ISN'T good, but cheap!") == ["the", "food", "is", "not", "good", ",", "but",
                                                                  "cheap", "!"]  # fmt: skip
    assert tokenize("not good", "word_bigrams", "en") == ["not", "not good", "good"]
    assert tokenize("不好吃", "char_bigrams", "zh") == ["不", "不好", "好", "好吃", "吃"]
    assert tokenize("这本书不好看", "words", "zh") == ["这", "本书", "不", "好看"]
    assert set(TOKENIZERS) == {"chars", "char_bigrams", "words", "word_bigrams"}
    assert tokenize("a", "char_bigrams", "en") == ["a"] and tokenize("", "words", "zh") == []


def test_vocabulary_from_training_texts_and_oov_share() -> None:
    train = [["good", "food"], ["bad", "food"], ["food"]]
    vocab = vocabulary.build(train, max_size=10)
    assert vocab.tokens[:4] == ("<pad>", "<unk>", "<cls>", "food")
    assert vocab.oov_share([["good", "pizza"], ["food", "pizza"]]) == 0.5
    assert vocab.ids(["good", "pizza"]) == [vocab.index["good"], UNK]
    assert vocabulary.from_json(vocab.to_json()).tokens == vocab.tokens
    small = vocabulary.build(train, max_size=4)
    assert small.tokens == ("<pad>", "<unk>", "<cls>", "food")


def test_bag_weights_match_scikit_learn_tfidf() -> None:
    docs = [["a", "b", "b"], ["b", "c"], ["a", "c", "c", "d"]]
    vocab = vocabulary.build(docs, 100)
    reference = TfidfVectorizer(analyzer=lambda d: d).fit(docs)
    matrix = reference.transform(docs).toarray()
    for row, doc in enumerate(docs):
        bag = encode_bag(doc, vocab, 64)
        ours = {vocab.tokens[i]: w for i, w in zip(bag.ids, bag.weights, strict=True)}
        theirs = {token: matrix[row, column] for token, column in reference.vocabulary_.items() if matrix[row, column]}
        assert ours.keys() == theirs.keys() and all(np.isclose(ours[k], theirs[k], atol=1e-6) for k in ours)
    for fast, slow in zip(encode_bags(docs, vocab, 64), (encode_bag(d, vocab, 64) for d in docs), strict=True):
        order_fast, order_slow = np.argsort(fast.ids), np.argsort(slow.ids)
        assert np.array_equal(fast.ids[order_fast], slow.ids[order_slow])
        assert np.allclose(fast.weights[order_fast], slow.weights[order_slow], atol=1e-6)


def test_sequences_start_with_cls_and_keep_unknowns() -> None:
    vocab = vocabulary.build([["good"]], 10)
    encoded = encode_sequence(["good", "☃", "good"], vocab, 3)
    assert encoded.ids.tolist() == [CLS, vocab.index["good"], UNK]
