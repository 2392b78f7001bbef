"""Decode an uploaded sound into float32 samples at the working rate, or refuse it with a clear reason.

Why this order: ``sf.info`` reads only the header, so the sample rate, channel
count and length are checked before any sample is decoded. Headers lie: a
forged FLAC length once asked for 256 GiB, and a 1 Hz WAV resampled to 16 kHz
made 1 GB. So we never size anything from the header alone: we read at most
``max_seconds`` (and at most ``max_decoded_samples``) in blocks, mixing to mono
block by block, and compare what we got with what the header promised.

Facts about libsndfile 1.2.2 (soundfile 0.14) this relies on:
- it reads WAV, FLAC, OGG (Vorbis, Opus), MP3 and AIFF from bytes, not M4A/AAC, WMA or AMR
  (recognised from their bytes by ``sniff_kind`` and refused with conversion advice);
- a WAV or AIFF cut short opens without error, and ``sf.info`` quietly reports the
  frames that are present; only the RIFF/FORM chunk sizes still tell the truth,
  so we read them ourselves (``_audio_chunk_overrun``);
- a FLAC whose header promises more than it holds fails with "psf_fseek() failed"
  while reading, and an MP3 cut short just returns fewer frames.

Values are returned as decoded, not clipped: integer formats land in [-1, 1);
float WAV may exceed 1.0, and clipping would hide exactly what a lesson about
headroom wants to show, so we add a notice instead. Playback goes through
``encode_wav`` (in ``playground.io.wav``), which clips only for 16-bit output.
"""

from __future__ import annotations

import io
import math
import struct
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

from playground.core.errors import InputError, Notice
from playground.io.limits import DEFAULT_LIMITS
from playground.io.sniff import AUDIO_WE_CANNOT_READ, sniff_kind
from playground.io.wav import encode_wav

__all__ = ["ACCEPTED", "DecodedAudio", "decode_audio", "encode_wav", "unsupported"]

ACCEPTED = "WAV, FLAC, OGG (Vorbis, Opus), MP3, AIFF"
# ``sf.info(...).format`` values we decode (WAVEX and RF64 are WAV variants).
_FORMATS = frozenset({"WAV", "WAVEX", "RF64", "FLAC", "OGG", "MP3", "AIFF"})
_ACCEPTED_KINDS = frozenset({"WAV", "FLAC", "OGG", "MP3", "AIFF"})
# The file name a conversion example uses for each refused format (``ffmpeg -i input.m4a output.wav``).
_EXTENSIONS = {"M4A/MP4": "m4a", "AAC": "aac", "MOV": "mov", "WebM/MKV": "webm", "WMA": "wma", "AMR": "amr",
               "APE": "ape", "WavPack": "wv"}  # fmt: skip
# MP3 and Ogg lengths come from a Xing header, a bitrate estimate or the last page, and can be a little off:
# a shortfall of up to 5% there is tolerated rather than refusing a good file (a few frames short hurts nobody).
_LENGTH_IS_ESTIMATE = frozenset({"MP3", "OGG"})
_BLOCK_FRAMES = 65536


@dataclass
class DecodedAudio:
    """An upload ready for the engine: float32 ``samples``, (n,) when mixed or (channels, n) when kept."""

    samples: np.ndarray
    sample_rate: int  # the working rate the samples are at now
    original_rate: int  # the file's own rate
    channels: int  # channels in the file (``samples.ndim`` says whether they were kept)
    duration_s: float  # of ``samples``, after any trimming
    format: str  # libsndfile's name: "WAV", "FLAC", "OGG", "MP3", ...
    notices: list[Notice] = field(default_factory=list)


def decode_audio(
    data: bytes,
    *,
    target_rate: int = 16_000,
    max_seconds: float = DEFAULT_LIMITS.max_audio_seconds,
    keep_channels: bool = False,
    max_bytes: int = DEFAULT_LIMITS.max_file_bytes,
    max_channels: int = DEFAULT_LIMITS.max_channels,
    max_decoded_samples: int = DEFAULT_LIMITS.max_decoded_samples,
) -> DecodedAudio:
    """Decode ``data``, mix to mono unless ``keep_channels``, trim to ``max_seconds``, resample to ``target_rate``.

    Raises ``InputError`` for anything we refuse; returns notices for what we changed.
    """
    low, high = DEFAULT_LIMITS.min_sample_rate, DEFAULT_LIMITS.max_sample_rate
    if not low <= target_rate <= high or max_seconds <= 0:
        raise ValueError(f"target_rate must be in [{low}, {high}] and max_seconds > 0")
    if not data:
        raise InputError("io.audio.empty", accepted=ACCEPTED)
    if len(data) > max_bytes:
        raise InputError(
            "io.audio.file_too_large", size_mb=len(data) / 2**20, limit_mb=max_bytes / 2**20, accepted=ACCEPTED
        )
    info = _probe(data)
    rate, channels, frames = _check_header(data, info, max_channels)

    kept = channels if keep_channels else 1
    # Bound what we hold: the frames we read and the frames resampling makes, times the channels we keep.
    budget = max_decoded_samples // kept
    limit = min(math.floor(max_seconds * rate), budget, budget * rate // target_rate)
    wanted = max(1, min(frames, limit))
    samples = _read(data, wanted, channels, keep_channels, promised_s=frames / rate)
    slack = max(2304, wanted // 20) if info.format in _LENGTH_IS_ESTIMATE else 0
    if samples.shape[-1] < wanted - slack:
        raise InputError("io.audio.truncated", promised_s=frames / rate)

    notices: list[Notice] = []
    if frames > wanted:
        notices.append(Notice("io.audio.trimmed", {"duration": frames / rate, "kept": samples.shape[-1] / rate}))
    if channels > 1 and not keep_channels:
        notices.append(Notice("io.audio.mixed_to_mono", {"channels": channels}))
    peak = float(np.max(np.abs(samples))) if samples.size else 0.0
    if peak > 1.0:
        notices.append(Notice("io.audio.over_full_scale", {"peak": peak}))
    if rate != target_rate:
        samples = _resample(samples, rate, target_rate, DEFAULT_LIMITS.max_resample_term)
        notices.append(Notice("io.audio.resampled", {"original_rate": rate, "target_rate": target_rate}))
    samples = np.ascontiguousarray(samples[0] if not keep_channels else samples, dtype=np.float32)
    return DecodedAudio(
        samples=samples,
        sample_rate=target_rate,
        original_rate=rate,
        channels=channels,
        duration_s=samples.shape[-1] / target_rate,
        format=str(info.format),
        notices=notices,
    )


def _probe(data: bytes) -> sf._SoundFileInfo:
    """Read only the header, or raise the most helpful InputError for a file libsndfile cannot open."""
    try:
        return sf.info(io.BytesIO(data))
    except Exception as error:  # LibsndfileError, RuntimeError, or a soundfile bug on odd input
        kind = sniff_kind(data)
        if kind in _ACCEPTED_KINDS:  # looks like an accepted format but the header is broken
            raise InputError("io.audio.damaged", kind=kind, accepted=ACCEPTED) from error
        if kind in AUDIO_WE_CANNOT_READ:
            raise unsupported(kind) from error
        if kind is not None:
            raise InputError("io.audio.wrong_kind", kind=kind, accepted=ACCEPTED) from error
        raise InputError("io.audio.unrecognized", accepted=ACCEPTED) from error


def unsupported(kind: str) -> InputError:
    """The refusal of a sound format we cannot decode: what works, and how to convert (ffmpeg, Audacity, online)."""
    ext = _EXTENSIONS.get(kind, kind.lower().split("/")[0])
    return InputError("io.audio.unsupported_format", format=kind, accepted=ACCEPTED, ext=ext)


def _check_header(data: bytes, info: sf._SoundFileInfo, max_channels: int) -> tuple[int, int, int]:
    """Refuse what the header alone shows to be unusable or a lie, before a single sample is decoded.

    Returns (sample rate, channels, frames).
    """
    rate, channels, frames = int(info.samplerate), int(info.channels), int(info.frames)
    low, high = DEFAULT_LIMITS.min_sample_rate, DEFAULT_LIMITS.max_sample_rate
    if info.format not in _FORMATS:
        raise unsupported(str(info.format))
    if not low <= rate <= high:
        raise InputError("io.audio.bad_sample_rate", rate=rate, min_rate=low, max_rate=high)
    if not 1 <= channels <= max_channels:
        raise InputError("io.audio.too_many_channels", channels=channels, limit=max_channels)
    if frames <= 0:
        raise InputError("io.audio.no_audio", accepted=ACCEPTED)
    overrun = _audio_chunk_overrun(data)
    if overrun is not None:
        raise InputError("io.audio.truncated", promised_s=frames / rate * overrun)
    return rate, channels, frames


def _read(data: bytes, wanted: int, channels: int, keep_channels: bool, promised_s: float) -> np.ndarray:
    """Read ``wanted`` frames block by block into a (kept channels, n) float32 array; refuse NaN/inf at once."""
    out = np.empty((channels if keep_channels else 1, wanted), dtype=np.float32)
    position = 0
    try:
        with sf.SoundFile(io.BytesIO(data)) as stream:
            while position < wanted:
                block = stream.read(min(_BLOCK_FRAMES, wanted - position), dtype="float32", always_2d=True)
                if len(block) == 0:
                    break
                if not np.isfinite(block).all():
                    raise InputError("io.audio.not_finite", accepted=ACCEPTED)
                end = position + len(block)
                out[:, position:end] = block.T if keep_channels else block.mean(axis=1)
                position = end
    except InputError:
        raise
    except Exception as error:  # decoder lost sync, seek past the real end, ...
        raise InputError("io.audio.truncated", promised_s=promised_s) from error
    return out[:, :position]


def _resample(samples: np.ndarray, rate: int, target_rate: int, max_term: int) -> np.ndarray:
    """Polyphase resampling by a rational ratio up/down with both terms <= ``max_term``.

    Why the bound: 44101 -> 16000 Hz is exactly 16000/44101, and a filter for
    that would have ~900k taps; the nearest ratio with small terms is off by a
    few parts per million, far below what anyone can hear.
    """
    exact = Fraction(target_rate, rate)
    # limit_denominator bounds only the denominator, so bound the larger term by approximating the inverse.
    ratio = 1 / (1 / exact).limit_denominator(max_term) if exact >= 1 else exact.limit_denominator(max_term)
    up, down = ratio.numerator, ratio.denominator
    return np.stack([resample_poly(row, up, down).astype(np.float32) for row in samples])


def _audio_chunk_overrun(data: bytes) -> float | None:
    """For WAV and AIFF: declared audio bytes / present audio bytes when the file is cut short, else None.

    libsndfile trusts the file length over the header for these formats, so a
    truncated upload would otherwise decode "fine" and just be shorter.
    """
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        little, audio_chunk, skip = True, b"data", 0
    elif data[:4] == b"FORM" and data[8:12] in (b"AIFF", b"AIFC"):
        little, audio_chunk, skip = False, b"SSND", 8  # SSND starts with offset and block size fields
    else:
        return None
    size_format = "<I" if little else ">I"
    position = 12
    while position + 8 <= len(data):
        chunk_id = data[position : position + 4]
        (size,) = struct.unpack(size_format, data[position + 4 : position + 8])
        if chunk_id == audio_chunk:
            declared = size - skip
            present = len(data) - (position + 8 + skip)
            if size in (0, 0xFFFFFFFF) or declared <= present or present <= 0:  # 0 / -1: length unknown (streamed)
                return None
            return declared / present
        position += 8 + size + (size & 1)
    return None
