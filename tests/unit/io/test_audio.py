"""decode_audio and encode_wav: every accepted format decodes to float32 at the working rate; every bad file,
lying header or cut-short upload gets a clear error without reading more than it needs.

Every file is made here with soundfile; scipy's ``resample_poly`` is the resampling oracle.
"""

from __future__ import annotations

import io
import struct
import time
import tracemalloc

import numpy as np
import pytest
import soundfile as sf
from PIL import Image
from scipy.signal import resample_poly

from playground.i18n import translate
from playground.io.audio import decode_audio, encode_wav

RATE = 16_000


def tone(seconds: float = 1.0, rate: int = RATE, frequency: float = 440.0, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(round(seconds * rate)) / rate
    return (amplitude * np.sin(2 * np.pi * frequency * t)).astype(np.float32)


def encode(samples: np.ndarray, rate: int = RATE, file_format: str = "WAV", subtype: str | None = None) -> bytes:
    buffer = io.BytesIO()
    sf.write(buffer, samples, rate, format=file_format, subtype=subtype)
    return buffer.getvalue()


def peak_frequency(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.argmax(spectrum) * rate / len(samples))


def needs(file_format: str, subtype: str) -> None:
    if file_format not in sf.available_formats() or subtype not in sf.available_subtypes(file_format):
        pytest.skip(f"this libsndfile cannot write {file_format}/{subtype}")


def patched(data: bytes, offset: int, value: int, size: int = 4) -> bytes:
    """Overwrite a little-endian header field: the cheap way to forge a lying header."""
    return data[:offset] + value.to_bytes(size, "little") + data[offset + size :]


WAV = encode(tone())


# --- accepted formats ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subtype", "tolerance"), [("PCM_U8", 1 / 64), ("PCM_16", 1e-4), ("PCM_24", 1e-6), ("PCM_32", 1e-7), ("FLOAT", 0)]
)
def test_wav_of_every_sample_width_decodes_to_float32(subtype: str, tolerance: float) -> None:
    source = tone()
    result = decode_audio(encode(source, subtype=subtype))
    assert result.samples.dtype == np.float32 and result.samples.shape == (RATE,)
    assert result.samples.flags.c_contiguous
    assert np.abs(result.samples - source).max() <= tolerance
    assert (result.sample_rate, result.original_rate, result.channels, result.format) == (RATE, RATE, 1, "WAV")
    assert result.duration_s == 1.0
    assert result.notices == []


@pytest.mark.parametrize(("file_format", "subtype"), [("FLAC", "PCM_16"), ("FLAC", "PCM_24"), ("AIFF", "PCM_16")])
def test_lossless_formats_decode_exactly(file_format: str, subtype: str) -> None:
    result = decode_audio(encode(tone(), file_format=file_format, subtype=subtype))
    assert np.abs(result.samples - tone()).max() < 1e-4
    assert result.format == file_format


@pytest.mark.parametrize(
    ("file_format", "subtype", "rate"),
    [("OGG", "VORBIS", RATE), ("OGG", "OPUS", 48_000), ("MP3", "MPEG_LAYER_III", RATE)],
)
def test_lossy_formats_decode_to_the_same_tone(file_format: str, subtype: str, rate: int) -> None:
    needs(file_format, subtype)
    result = decode_audio(encode(tone(rate=rate), rate, file_format, subtype))
    assert result.format == file_format and result.original_rate == rate
    assert result.sample_rate == RATE and abs(result.duration_s - 1.0) < 0.05
    assert abs(peak_frequency(result.samples, RATE) - 440) < 3
    assert 0.3 < np.sqrt(np.mean(result.samples**2)) < 0.42  # 0.5 / sqrt(2) = 0.354


# --- channels and rates -------------------------------------------------------------------------------------------


def test_stereo_is_mixed_to_mono_or_kept_on_request(renders) -> None:
    left, right = tone(), -0.5 * tone(frequency=1000)
    data = encode(np.stack([left, right], axis=1))
    mono = decode_audio(data)
    np.testing.assert_allclose(mono.samples, (left + right) / 2, atol=1e-4)
    assert mono.channels == 2 and [n.key for n in mono.notices] == ["io.audio.mixed_to_mono"]
    renders(mono.notices[0])
    kept = decode_audio(data, keep_channels=True)
    assert kept.samples.shape == (2, RATE) and kept.samples.flags.c_contiguous
    np.testing.assert_allclose(kept.samples, np.stack([left, right]), atol=1e-4)
    assert kept.notices == []


@pytest.mark.parametrize("rate", [8_000, 11_025, 22_050, 44_100, 48_000, 96_000, 192_000])
def test_every_rate_from_8_to_192_khz_is_resampled_to_the_working_rate(rate: int, renders) -> None:
    result = decode_audio(encode(tone(rate=rate), rate))
    assert result.samples.shape == (RATE,)
    assert (result.sample_rate, result.original_rate) == (RATE, rate)
    assert abs(peak_frequency(result.samples, RATE) - 440) < 2
    assert [n.key for n in result.notices] == ["io.audio.resampled"]
    renders(result.notices[0])


def test_resampling_matches_scipy_with_the_exact_ratio() -> None:
    source = tone(rate=44_100)
    result = decode_audio(encode(source, 44_100, subtype="FLOAT"), target_rate=16_000)
    np.testing.assert_allclose(result.samples, resample_poly(source, 160, 441), atol=1e-6)
    up = decode_audio(encode(tone(), subtype="FLOAT"), target_rate=44_100)
    assert up.samples.shape == (44_100,) and abs(peak_frequency(up.samples, 44_100) - 440) < 2


def test_an_awkward_rate_is_resampled_quickly_with_a_small_filter() -> None:
    start = time.perf_counter()
    result = decode_audio(encode(tone(rate=44_101), 44_101))  # 16000/44101 has no small exact ratio
    assert time.perf_counter() - start < 1.0
    assert abs(len(result.samples) - RATE) <= 2
    assert abs(peak_frequency(result.samples, RATE) - 440) < 2


# --- limits -------------------------------------------------------------------------------------------------------


def test_long_files_are_trimmed_with_a_notice(renders) -> None:
    result = decode_audio(encode(np.zeros(RATE * 40, dtype=np.float32)))
    assert result.samples.shape == (RATE * 30,) and result.duration_s == 30.0
    assert [n.key for n in result.notices] == ["io.audio.trimmed"]
    assert result.notices[0].params == {"duration": 40.0, "kept": 30.0}
    renders(result.notices[0])
    assert decode_audio(WAV, max_seconds=0.25).samples.shape == (RATE // 4,)


def test_trimming_reads_only_the_frames_it_keeps() -> None:
    data = encode(np.zeros(8_000 * 120, dtype=np.float32), 8_000, subtype="PCM_16")  # full decode: 3.8 MB float32
    tracemalloc.start()
    result = decode_audio(data, target_rate=8_000, max_seconds=1.0)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert result.samples.shape == (8_000,)
    assert peak < 1_000_000


def test_kept_channels_are_bounded_by_the_sample_budget() -> None:
    data = encode(np.zeros((RATE * 2, 4), dtype=np.float32))
    result = decode_audio(data, keep_channels=True, max_decoded_samples=4 * 8_000)
    assert result.samples.shape == (4, 8_000)
    assert [n.key for n in result.notices] == ["io.audio.trimmed"]


def test_a_forged_flac_length_neither_allocates_nor_hangs(refused) -> None:
    flac = bytearray(encode(tone(), file_format="FLAC"))
    flac[21] |= 0x0F  # STREAMINFO total samples: 36 bits, all set = 68.7 G frames (a 256 GiB float32 read)
    flac[22:26] = b"\xff\xff\xff\xff"
    assert sf.info(io.BytesIO(bytes(flac))).frames == 2**36 - 1
    tracemalloc.start()
    start = time.perf_counter()
    error = refused(decode_audio, bytes(flac), "io.audio.truncated")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert time.perf_counter() - start < 2.0 and peak < 20_000_000
    assert error.params["promised_s"] > 1e6


def test_a_forged_wav_data_size_is_caught_from_the_chunk_header(refused) -> None:
    assert WAV[36:40] == b"data"
    refused(decode_audio, patched(WAV, 40, 0xFFFFFFF0), "io.audio.truncated")


def test_a_streamed_wav_with_unknown_length_still_decodes() -> None:
    streamed = patched(patched(WAV, 40, 0xFFFFFFFF), 4, 0xFFFFFFFF)  # what writers that cannot seek leave behind
    assert decode_audio(streamed).samples.shape == (RATE,)


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (patched(WAV, 24, 1), "io.audio.bad_sample_rate"),  # 1 Hz: resampling to 16 kHz would make 1 GB
        (encode(tone(rate=4_000), 4_000), "io.audio.bad_sample_rate"),
        (encode(np.zeros(10, dtype=np.float32), 400_000), "io.audio.bad_sample_rate"),
        (patched(WAV, 22, 1000, size=2), "io.audio.too_many_channels"),
        (encode(np.zeros((100, 20), dtype=np.float32)), "io.audio.too_many_channels"),
        (encode(np.zeros(0, dtype=np.float32)), "io.audio.no_audio"),
    ],
    ids=["1-hz", "4-khz", "400-khz", "1000-channels", "20-channels", "no-frames"],
)
def test_implausible_headers_are_refused_before_reading(data: bytes, key: str, refused) -> None:
    refused(decode_audio, data, key)


# --- damaged and wrong files --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file_format", "subtype", "key"),
    [
        ("WAV", "PCM_16", "io.audio.truncated"),  # libsndfile alone would load half the file without a word
        ("WAV", "FLOAT", "io.audio.truncated"),
        ("AIFF", "PCM_16", "io.audio.truncated"),
        ("FLAC", "PCM_16", "io.audio.truncated"),
        ("MP3", "MPEG_LAYER_III", "io.audio.truncated"),
        ("OGG", "VORBIS", "io.audio.damaged"),
    ],
)
def test_files_cut_short_are_refused(file_format: str, subtype: str, key: str, refused) -> None:
    needs(file_format, subtype)
    data = encode(tone(), RATE, file_format, subtype)
    refused(decode_audio, data[: len(data) // 2], key)


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_nan_or_inf_samples_are_refused(bad: float, refused) -> None:
    samples = tone()
    samples[RATE // 2] = bad
    refused(decode_audio, encode(samples, subtype="FLOAT"), "io.audio.not_finite")


def test_float_wav_beyond_full_scale_is_kept_as_decoded_with_a_notice(renders) -> None:
    result = decode_audio(encode(tone(amplitude=1.5), subtype="FLOAT"))
    assert result.samples.max() == pytest.approx(1.5, abs=1e-3)
    assert [n.key for n in result.notices] == ["io.audio.over_full_scale"]
    renders(result.notices[0])


def image_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "PNG")
    return buffer.getvalue()


M4A = b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00M4A isommp42" + bytes(64)
ADTS = bytes.fromhex("fff15080") + bytes(200)


@pytest.mark.parametrize(
    ("data", "key", "detail"),
    [
        (b"", "io.audio.empty", None),
        (b"\x13\x37" + np.random.default_rng(3).bytes(4000), "io.audio.unrecognized", None),
        (b"Just some notes.\n" * 30, "io.audio.wrong_kind", ("kind", "TXT")),
        (image_bytes(), "io.audio.wrong_kind", ("kind", "PNG")),
        (M4A, "io.audio.unsupported_format", ("format", "M4A/MP4")),
        (ADTS, "io.audio.unsupported_format", ("format", "AAC")),
        (encode(tone(), file_format="AU"), "io.audio.unsupported_format", ("format", "AU")),
        (WAV[:30], "io.audio.damaged", ("kind", "WAV")),
        (b"fLaC" + bytes(10), "io.audio.damaged", ("kind", "FLAC")),
    ],
    ids=["empty", "garbage", "text", "png", "m4a", "aac", "au", "wav-header-cut", "flac-header-cut"],
)
def test_bad_files_get_a_clear_error(data: bytes, key: str, detail: tuple[str, str] | None, refused) -> None:
    error = refused(decode_audio, data, key)
    if detail is not None:
        assert error.params[detail[0]] == detail[1]


WMA = b"0&\xb2u\x8ef\xcf\x11\xa6\xd9\x00\xaa\x00b\xcel" + bytes(200)
AMR = b"#!AMR\n" + bytes(200)


@pytest.mark.parametrize(
    ("data", "kind", "ext"),
    [(M4A, "M4A/MP4", "m4a"), (ADTS, "AAC", "aac"), (WMA, "WMA", "wma"), (AMR, "AMR", "amr")],
    ids=["m4a", "aac", "wma", "amr"],
)
def test_formats_we_cannot_read_are_named_with_how_to_convert(data: bytes, kind: str, ext: str, refused) -> None:
    """Recognised from the bytes (whatever the name), answered with what works and a conversion command."""
    error = refused(decode_audio, data, "io.audio.unsupported_format")
    assert error.params["format"] == kind and error.params["ext"] == ext
    for lang in ("en", "zh"):
        text = translate(error.key, lang, **error.params)
        assert f"ffmpeg -i input.{ext} output.wav" in text and "Audacity" in text and "WAV, FLAC" in text


def test_file_size_limit_is_checked_first(refused) -> None:
    refused(decode_audio, WAV, "io.audio.file_too_large", max_bytes=1000)


def test_programming_errors_are_not_input_errors() -> None:
    with pytest.raises(ValueError, match="target_rate"):
        decode_audio(WAV, target_rate=100)


# --- encode_wav ---------------------------------------------------------------------------------------------------


def test_encode_wav_round_trips_mono_and_channels_first() -> None:
    mono = decode_audio(encode_wav(tone(), RATE))
    np.testing.assert_allclose(mono.samples, tone(), atol=1 / 32768)
    stereo = np.stack([tone(), tone(frequency=880)])
    kept = decode_audio(encode_wav(stereo, RATE), keep_channels=True)
    np.testing.assert_allclose(kept.samples, stereo, atol=1 / 32768)


def test_encode_wav_clips_16_bit_and_keeps_float() -> None:
    loud = tone(amplitude=1.5)
    pcm = sf.read(io.BytesIO(encode_wav(loud, RATE)), dtype="float32")[0]
    assert pcm.max() <= 1.0 and pcm.min() >= -1.0 and pcm.max() > 0.99  # clipped, not wrapped around
    floats = sf.read(io.BytesIO(encode_wav(loud, RATE, subtype="FLOAT")), dtype="float32")[0]
    np.testing.assert_array_equal(floats, loud)
    quiet = sf.read(io.BytesIO(encode_wav(tone(amplitude=0.01), RATE)), dtype="float32")[0]
    assert abs(np.abs(quiet).max() - 0.01) < 1e-3  # no renormalisation: the point of returning bytes


def test_encode_wav_refuses_what_wav_cannot_hold() -> None:
    with pytest.raises(ValueError):
        encode_wav(np.array([0.0, np.nan], dtype=np.float32), RATE)
    with pytest.raises(ValueError):
        encode_wav(np.zeros((2, 2, 2), dtype=np.float32), RATE)


def test_wav_header_layout_used_by_the_forgeries() -> None:
    """The offsets patched above: RIFF size at 4, channels at 22, rate at 24, data size at 40."""
    assert struct.unpack("<4sI4s", WAV[:12])[::2] == (b"RIFF", b"WAVE")
    assert struct.unpack("<HI", WAV[22:28]) == (1, RATE)
