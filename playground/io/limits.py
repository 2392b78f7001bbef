"""The limits every upload is checked against, with the reason for each number.

Why one frozen dataclass: the numbers that protect a small shared server
(2 cores, 2.7 GB on Streamlit Community Cloud) live in one place, a page or a
test can build its own ``Limits(...)`` without touching globals, and the
decoders take each limit as an explicit keyword whose default comes from here.
"""

from __future__ import annotations

from dataclasses import dataclass

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Defaults for ``decode_image`` and ``decode_audio``; each line says why."""

    # Any upload: far above a real photo or 30 s of FLAC, far below what hurts a 2.7 GB host.
    max_file_bytes: int = 64 * MEGABYTE

    # 40 MP covers every phone camera; its RGB copy is 120 MB, so a few sessions still fit in memory.
    max_image_pixels: int = 40_000_000
    # Pages compute and draw at this size: 1024 px keeps augmentations interactive on a CPU.
    max_image_side: int = 1024

    # 30 s is plenty to hear an augmentation and keeps spectrograms and training quick.
    max_audio_seconds: float = 30.0
    # Telephone speech is 8 kHz; 192 kHz is the highest rate studio gear writes. Outside is a lie or a mistake.
    min_sample_rate: int = 8_000
    max_sample_rate: int = 192_000
    # 7.1 surround is 8 channels and ambisonic mics give 16; more is a forged header, not a recording.
    max_channels: int = 16
    # Bound on samples held at once (frames x kept channels): 24 M float32 = 96 MB, e.g. 30 s x 192 kHz x 4 ch.
    max_decoded_samples: int = 24_000_000
    # Resampling ratios are reduced to p/q with p, q <= this, so the polyphase filter stays small and fast.
    max_resample_term: int = 1000


DEFAULT_LIMITS = Limits()
