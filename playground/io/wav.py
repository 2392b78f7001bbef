"""Encode samples as WAV bytes, so a page plays them at their true loudness.

Why not ``st.audio(array, sample_rate=...)``: Streamlit rescales an array to
full volume (0.01 amplitude plays at maximum, and silence warns about a
division by zero), which would hide every gain or noise-level change a lesson
is about. WAV bytes are played as they are.
"""

from __future__ import annotations

import io

import numpy as np
import soundfile as sf

_SUBTYPES = ("PCM_16", "FLOAT")


def encode_wav(samples: np.ndarray, rate: int, *, subtype: str = "PCM_16") -> bytes:
    """WAV bytes of float samples shaped (n,) or (channels, n), as ``decode_audio`` returns them.

    ``PCM_16`` (small, plays everywhere) clips to [-1, 1], because 16-bit
    integers cannot hold more and libsndfile would otherwise wrap loud peaks
    around into loud clicks; use ``FLOAT`` to keep values beyond full scale.
    """
    if subtype not in _SUBTYPES:
        raise ValueError(f"subtype must be one of {_SUBTYPES}, got {subtype!r}")
    if not 1 <= int(rate) <= 2**31 - 1:
        raise ValueError(f"rate must be a positive number of samples per second, got {rate}")
    array = np.asarray(samples, dtype=np.float32)
    if array.ndim not in (1, 2):
        raise ValueError(f"samples must be shaped (n,) or (channels, n), got {array.shape}")
    if not np.isfinite(array).all():
        raise ValueError("samples contain NaN or infinity; WAV cannot represent them")
    frames = array if array.ndim == 1 else array.T  # soundfile wants (n, channels)
    if subtype == "PCM_16":
        frames = np.clip(frames, -1.0, 1.0)
    buffer = io.BytesIO()
    sf.write(buffer, frames, int(rate), format="WAV", subtype=subtype)
    return buffer.getvalue()
