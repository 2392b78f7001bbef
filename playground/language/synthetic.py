"""A generator of labelled English review sentences, labelled *synthetic* wherever it is shown.

Why synthetic: no labelled English sentence set ships inside a wheel, and nothing may be downloaded
at run time. Why these templates: each one is a case where counting words is not enough.

- negation flips a clause ("the food was not good" is negative although "good" is positive), and it
  flips both ways ("not bad" is positive), so no single weight for "not" can fix a bag of words;
- intensifiers ("very", "really") add words that carry no direction of their own;
- contrast: in "X but Y" the clause after "but" decides ("good but expensive" is negative), so the
  same words in the other order mean the opposite;
- neutral filler ("to be honest", "we went on a monday") is noise to ignore.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.core.seeding import numpy_rng

SUBJECTS = ("the food", "the movie", "this phone", "the service", "the book", "the hotel", "the staff",
            "the screen", "the battery", "the story", "the room", "the price", "the music", "the delivery")  # fmt: skip
POSITIVE = ("good", "great", "excellent", "wonderful", "amazing", "nice", "fantastic", "lovely", "perfect",
            "fun", "cheap", "comfortable", "friendly", "fast")  # fmt: skip
NEGATIVE = ("bad", "terrible", "awful", "boring", "poor", "horrible", "disappointing", "slow", "expensive",
            "rude", "noisy", "broken", "dirty", "ugly")  # fmt: skip
INTENSIFIERS = ("very", "really", "extremely", "quite", "so", "truly", "pretty")
NEGATIONS = ("not", "never", "not at all")
VERBS = ("was", "is", "seemed", "felt")
FILLERS = ("to be honest", "i think", "overall", "honestly", "in my opinion", "we went there on a monday",
           "i bought it last week", "as expected", "my friend agreed", "for what it is")  # fmt: skip


@dataclass(frozen=True)
class Clause:
    """One "subject verb [negation] [intensifier] adjective" clause and its sentiment (1 positive, 0 negative)."""

    text: str
    label: int


def _clause(rng: np.random.Generator, p_negation: float, short: bool = False) -> Clause:
    positive = bool(rng.random() < 0.5)
    adjective = str(rng.choice(POSITIVE if positive else NEGATIVE))
    negated = bool(rng.random() < p_negation)
    words = []
    if not short:
        words += [str(rng.choice(SUBJECTS)), str(rng.choice(VERBS))]
    if negated:
        negation = str(rng.choice(NEGATIONS))
        if negation == "not at all":
            words += ["not", adjective, "at all"] if not short else ["not", adjective]
            return Clause(" ".join(words), int(positive != negated))
        words.append(negation)
    if rng.random() < 0.35:
        words.append(str(rng.choice(INTENSIFIERS)))
    words.append(adjective)
    return Clause(" ".join(words), int(positive != negated))


def sentence(rng: np.random.Generator, p_negation: float = 0.3, p_contrast: float = 0.3) -> tuple[str, int]:
    """One synthetic sentence and its label: the label is the last clause's sentiment."""
    first = _clause(rng, p_negation)
    text, label = first.text, first.label
    if rng.random() < p_contrast:
        second = _clause(rng, p_negation, short=bool(rng.random() < 0.5))
        text, label = f"{text} but {second.text}", second.label
    if rng.random() < 0.3:
        filler = str(rng.choice(FILLERS))
        text = f"{filler}, {text}" if rng.random() < 0.5 else f"{text}, {filler}"
    return text, label


def generate(n: int, seed: int, p_negation: float = 0.3, p_contrast: float = 0.3) -> tuple[list[str], np.ndarray]:
    """``n`` sentences (duplicates possible, as in real data: the corpus loader removes them)."""
    rng = numpy_rng(seed, "language", "synthetic")
    pairs = [sentence(rng, p_negation, p_contrast) for _ in range(n)]
    return [text for text, _ in pairs], np.array([label for _, label in pairs], dtype=np.int64)


# Probes: short sentences whose label a bag of words cannot get right, by kind (the page's probe table).
PROBES: tuple[tuple[str, str, int], ...] = (
    ("negation", "the food was not good", 0),
    ("negation", "the food was not bad", 1),
    ("negation", "the movie was not boring", 1),
    ("negation", "the movie was not great", 0),
    ("negation", "the staff is never rude", 1),
    ("negation", "the staff is never friendly", 0),
    ("negation", "the room was not dirty at all", 1),
    ("negation", "the room was not comfortable at all", 0),
    ("negation", "the service was not very good", 0),
    ("negation", "the service was not terrible", 1),
    ("contrast", "the food was good but expensive", 0),
    ("contrast", "the food was expensive but good", 1),
    ("contrast", "the phone is fast but the battery is poor", 0),
    ("contrast", "the battery is poor but the phone is fast", 1),
    ("contrast", "the story was boring but the music was lovely", 1),
    ("contrast", "the music was lovely but the story was boring", 0),
    ("plain", "the hotel was really wonderful", 1),
    ("plain", "the delivery was extremely slow", 0),
)
