"""How the page words digits, runs, voices and test sets (one place, so every panel says them alike)."""

from __future__ import annotations

from playground.speech.words import EN_WORDS, VOICES, ZH_WORDS
from playground.ui import t


def digit_label(digit: int) -> str:
    return f"{digit} · {EN_WORDS[digit]} · {ZH_WORDS[digit]}"


def run_label(run: str) -> str:
    return t(f"speech.run.{run}")


def voice_label(name: str) -> str:
    voice = VOICES[name]
    role = t("speech.role.held_out") if voice.held_out else t("speech.role.train")
    return f"{t(voice.title_key)} ({voice.espeak}) · {role}"


def set_label(name: str) -> str:
    if name.startswith("snr"):
        return t("speech.set.snr", snr=name.removeprefix("snr"))
    return t(f"speech.set.{name}")


def percent(value: float) -> str:
    return f"{100 * value:.1f} %"
