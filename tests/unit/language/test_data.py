"""The corpora: deduplication before the split, label noise dropped, synthetic labels, typed-text guard."""

from __future__ import annotations

import numpy as np
import pytest

from playground.core.errors import InputError
from playground.language.corpora import deduplicate, reviews_zh, split, synthetic_en, with_added
from playground.language.synthetic import PROBES, generate
from playground.language.text import MAX_SENTENCE_CHARS, clean_sentence


def test_deduplication_leaves_no_test_review_in_train() -> None:
    corpus = reviews_zh()
    parts = split(corpus, 0.2, 42)
    train = {corpus.texts[i] for i in parts.train}
    test = {corpus.texts[i] for i in parts.test}
    assert not train & test
    assert len(train) + len(test) == len(corpus.texts) == corpus.stats.kept
    assert corpus.stats.lines == 35_124 and corpus.stats.duplicates > 17_000  # the lesson: half the lines are copies
    assert corpus.stats.conflicting == 47 and not set(corpus.conflicts) & set(corpus.texts)


def test_the_split_is_seeded_and_stratified() -> None:
    corpus = reviews_zh()
    first, again, other = split(corpus, 0.2, 42), split(corpus, 0.2, 42), split(corpus, 0.2, 7)
    assert np.array_equal(first.test, again.test) and not np.array_equal(first.test, other.test)
    share = corpus.labels[first.test].mean()
    assert abs(share - corpus.labels.mean()) < 0.002


def test_deduplicate_counts_copies_and_drops_texts_with_both_labels() -> None:
    pairs = [("good", 1), ("good", 1), (" good ", 1), ("bad", 0), ("meh", 1), ("meh", 0), ("", 0)]
    corpus = deduplicate("toy", "en", pairs, True)
    assert sorted(corpus.texts) == ["bad", "good"]
    assert (corpus.stats.duplicates, corpus.stats.conflicting, corpus.stats.empty) == (2, 1, 1)
    assert corpus.stats.most_copied == "good" and corpus.stats.most_copies == 3


def test_synthetic_sentences_follow_their_rules() -> None:
    texts, labels = generate(400, 3)
    assert generate(400, 3)[0] == texts, "seeded"
    for text, label in zip(texts, labels, strict=True):
        if " but " not in text and " not " not in f" {text} " and "never" not in text:
            plain_positive = any(f" {word}" in f" {text}" for word in ("good", "great", "excellent", "wonderful"))
            plain_negative = any(f" {word}" in f" {text}" for word in ("bad", "terrible", "awful", "horrible"))
            if plain_positive != plain_negative:
                assert label == int(plain_positive), text
    assert synthetic_en().synthetic and not reviews_zh().synthetic
    assert {kind for kind, _, _ in PROBES} >= {"negation", "contrast"}


def test_added_sentences_join_only_the_training_texts() -> None:
    corpus = synthetic_en()
    texts, labels = with_added(corpus, (("my own sentence", 1),))
    assert texts[-1] == "my own sentence" and labels[-1] == 1 and len(texts) == len(corpus.texts) + 1


def test_a_pasted_megabyte_is_refused_with_a_message_in_both_languages() -> None:
    with pytest.raises(InputError) as refused:
        clean_sentence("好" * 350_000)  # ~1 MB of UTF-8
    assert refused.value.key == "language.error.too_long"
    assert "too long" in refused.value.message("en") and "太长" in refused.value.message("zh")


def test_empty_control_and_long_input() -> None:
    for empty in ("", "   ", "\n\t\x00"):
        with pytest.raises(InputError, match="empty"):
            clean_sentence(empty)
    with pytest.raises(InputError):
        clean_sentence(None)
    text, notes = clean_sentence("good\x00\nfood\u202e")
    assert text == "good food" and [n.key for n in notes] == ["language.note.control_removed"]
    text, notes = clean_sentence("a" * (MAX_SENTENCE_CHARS + 50))
    assert len(text) == MAX_SENTENCE_CHARS and notes[0].key == "language.note.cut"
