"""The bundled samples in ``assets/``: photos, sounds and background-noise clips, as a registry.

Why a registry here rather than a folder listing: the studios' pickers, the
tests and ``assets/LICENSES.md`` must agree on one list, each file with a
translated title, a one-line summary and its licence. Files are made by
``assets/make_assets.py``; adding one means a row here, its title and summary
in ``playground/i18n/catalogues/samples.py`` and a paragraph in
``assets/LICENSES.md`` (tests check all three).

All sounds are mono 16-bit WAV at 22.05 kHz; images are JPEG or PNG, at most
1024 px on the longest side. Every file is under 1 MB.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from playground.core.registry import Entry, Registry

ASSETS_DIR = Path(__file__).resolve().parents[2] / "assets"

Kind = Literal["image", "audio", "noise"]
KINDS: tuple[Kind, ...] = ("image", "audio", "noise")
PUBLIC_DOMAIN = "public-domain"
CC0 = "CC0-1.0"


@dataclass(frozen=True)
class Sample(Entry):
    """One bundled file: ``path`` is relative to ``assets/``; ``text_key`` names its title (and ``.summary``)."""

    kind: Kind
    path: str
    text_key: str
    licence: str

    @property
    def title_key(self) -> str:
        return self.text_key

    @property
    def summary_key(self) -> str:
        return f"{self.text_key}.summary"

    @property
    def file(self) -> Path:
        """The absolute path of the file."""
        return ASSETS_DIR / self.path


def _image(name: str, path: str, licence: str) -> Sample:
    return Sample(name, "image", f"images/{path}", f"samples.image.{name}", licence)


def _audio(name: str, path: str) -> Sample:
    return Sample(name, "audio", f"audio/{path}", f"samples.audio.{name}", CC0)


def _noise(name: str, path: str) -> Sample:
    return Sample(f"noise_{name}", "noise", f"noise/{path}", f"samples.noise.{name}", CC0)


# The order is the order of the pickers: the most telling sample of each kind first.
SAMPLES: Registry[Sample] = Registry(
    "sample",
    (
        _image("astronaut", "astronaut.jpg", PUBLIC_DOMAIN),
        _image("chelsea", "chelsea.jpg", CC0),
        _image("coffee", "coffee.jpg", CC0),
        _image("rocket", "rocket.jpg", PUBLIC_DOMAIN),
        _image("hubble", "hubble_deep_field.jpg", PUBLIC_DOMAIN),
        _image("camera", "camera.png", CC0),
        _image("test_chart", "test_chart.png", CC0),
        _audio("speech_en", "speech_en.wav"),
        _audio("speech_zh", "speech_zh.wav"),
        _audio("music", "music_chords.wav"),
        _audio("noisy_speech", "noisy_speech.wav"),
        _audio("digit_seven", "digit_seven.wav"),
        _noise("white", "white.wav"),
        _noise("pink", "pink.wav"),
        _noise("babble", "babble.wav"),
    ),
)


def samples_of(kind: Kind) -> list[Sample]:
    """The samples of one kind ("image", "audio" or "noise"), in picker order."""
    if kind not in KINDS:
        raise ValueError(f"unknown sample kind {kind!r}; expected one of {', '.join(KINDS)}")
    return [sample for sample in SAMPLES.values() if sample.kind == kind]


def get_sample(name: str) -> Sample:
    """The sample called ``name``; a clear ``KeyError`` naming the known ones otherwise."""
    try:
        return SAMPLES[name]
    except KeyError:
        raise KeyError(f"unknown sample {name!r}; known: {', '.join(SAMPLES)}") from None


def sample_bytes(name: str) -> bytes:
    """The file's bytes, ready for the same decoder as an upload (``playground.io``)."""
    return get_sample(name).file.read_bytes()
