"""What the lab hears: the ten digits, the word sets that say them, and the voices that speak them.

Why registries: the pickers, the data set's completeness test, the shipped
manifest and the held-out split all read one list. A voice is an espeak-ng
voice plus a variant (``en-029+m1``); ``held_out`` voices are never trained
on, so "unseen voices" means accents and timbres the model never heard.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.core.registry import Entry, Registry

DIGITS = tuple(range(10))
EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ZH_WORDS = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九")
# (words per minute, pitch 0-99) of each take: a voice says every word once per take
TAKES = ((140, 40), (155, 60), (170, 50), (185, 70), (160, 30))
TEST_TAKE = 4  # the take of the seen voices kept for the "seen voices, new takes" test set


@dataclass(frozen=True)
class WordSet(Entry):
    """One language's spoken digits: ``words[d]`` is what espeak-ng is asked to say for digit ``d``."""

    language: str
    words: tuple[str, ...]
    text_prefix = "speech.words"


WORD_SETS: Registry[WordSet] = Registry(
    "speech word set", (WordSet("en", "en", EN_WORDS), WordSet("zh", "zh", ZH_WORDS))
)


@dataclass(frozen=True)
class Voice(Entry):
    """An espeak-ng voice and variant; ``held_out`` voices form the unseen-voice test sets."""

    espeak: str
    language: str
    held_out: bool = False
    text_prefix = "speech.voice"

    @property
    def argument(self) -> str:
        """What ``espeak-ng -v`` is given (only ever one of these fixed strings, never user text)."""
        return self.espeak


VOICES: Registry[Voice] = Registry(
    "speech voice",
    (
        Voice("us_m1", "en-us+m1", "en"),
        Voice("us_f2", "en-us+f2", "en"),
        Voice("gb_m3", "en-gb+m3", "en"),
        Voice("gb_f1", "en-gb+f1", "en"),
        Voice("scot_m2", "en-gb-scotland+m2", "en"),
        Voice("rp_f3", "en-gb-x-rp+f3", "en"),
        Voice("wmid_m4", "en-gb-x-gbcwmd+m4", "en"),
        Voice("carib_m1", "en-029+m1", "en", held_out=True),
        Voice("lanc_f2", "en-gb-x-gbclan+f2", "en", held_out=True),
        Voice("cmn_m1", "cmn+m1", "zh"),
        Voice("cmn_f2", "cmn+f2", "zh"),
        Voice("cmn_m3", "cmn+m3", "zh"),
        Voice("cmn_f4", "cmn+f4", "zh", held_out=True),
    ),
)


def word_of(voice: Voice, digit: int) -> str:
    """The text a voice says for ``digit`` (its language's word)."""
    return WORD_SETS[voice.language].words[digit]


def voices_for(languages: tuple[str, ...], held_out: bool | None = None) -> list[Voice]:
    """The voices of the chosen word sets, optionally only the seen (False) or held-out (True) ones."""
    return [v for v in VOICES.values() if v.language in languages and (held_out is None or v.held_out == held_out)]
