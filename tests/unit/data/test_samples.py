"""The bundled samples: present, small, decodable, sensible, titled, summarised and licensed."""

from __future__ import annotations

import io

import numpy as np
import pytest
import soundfile as sf
from PIL import Image

from playground.data import samples
from playground.i18n import LANGUAGES, all_strings

MAX_BYTES = 1_000_000
IMAGES = samples.samples_of("image")
SOUNDS = samples.samples_of("audio") + samples.samples_of("noise")


def test_registry_has_enough_of_each_kind():
    assert len(IMAGES) >= 4
    assert len(samples.samples_of("audio")) >= 4
    assert len(samples.samples_of("noise")) >= 2
    assert list(samples.SAMPLES) == [s.name for s in samples.SAMPLES.values()], "a registry: names in picker order"
    assert all(isinstance(s, samples.Sample) for s in samples.SAMPLES.values())


@pytest.mark.parametrize("sample", samples.SAMPLES.values(), ids=lambda s: s.name)
def test_file_exists_and_is_small(sample):
    assert sample.file.is_file(), f"missing {sample.path}: run assets/make_assets.py"
    assert sample.file.stat().st_size < MAX_BYTES
    assert samples.sample_bytes(sample.name) == sample.file.read_bytes()


@pytest.mark.parametrize("sample", IMAGES, ids=lambda s: s.name)
def test_image_decodes_and_fits(sample):
    with Image.open(io.BytesIO(samples.sample_bytes(sample.name))) as image:
        image.load()
        assert image.format in {"JPEG", "PNG"}
        assert max(image.size) <= 1024
        assert min(image.size) >= 64
        assert image.mode in {"RGB", "L"}


@pytest.mark.parametrize("sample", SOUNDS, ids=lambda s: s.name)
def test_sound_decodes_and_is_sensible(sample):
    audio, rate = sf.read(io.BytesIO(samples.sample_bytes(sample.name)), dtype="float32")
    info = sf.info(sample.file)
    assert audio.ndim == 1, "samples are mono"
    assert info.subtype in {"PCM_16"}
    assert rate in {16_000, 22_050}
    assert 1.0 <= audio.size / rate <= 10.0
    rms = float(np.sqrt(np.mean(audio**2)))
    assert rms > 0.01, f"{sample.name} is nearly silent (RMS {rms:.4f})"
    assert float(np.max(np.abs(audio))) < 0.99, f"{sample.name} clips"


def test_every_title_and_summary_is_translated():
    strings = all_strings()
    for sample in samples.SAMPLES.values():
        for key in (sample.title_key, sample.summary_key):
            assert key.startswith("samples.")
            assert key in strings, f"no i18n text {key}"
            for language in LANGUAGES:
                assert strings[key].get(language, "").strip(), f"{key} lacks {language}"


def test_every_file_is_licensed_and_listed():
    licences = (samples.ASSETS_DIR / "LICENSES.md").read_text(encoding="utf-8")
    for sample in samples.SAMPLES.values():
        assert sample.path in licences, f"LICENSES.md does not mention {sample.path}"
        assert sample.licence in {samples.CC0, samples.PUBLIC_DOMAIN}
    on_disk = {p.relative_to(samples.ASSETS_DIR).as_posix() for p in samples.ASSETS_DIR.glob("*/*") if p.is_file()}
    assert on_disk == {s.path for s in samples.SAMPLES.values()}, "every bundled file is listed once in SAMPLES"


def test_lookup_errors_are_clear():
    with pytest.raises(KeyError, match="unknown sample"):
        samples.sample_bytes("no-such-sample")
    with pytest.raises(ValueError, match="unknown sample kind"):
        samples.samples_of("video")  # type: ignore[arg-type]
