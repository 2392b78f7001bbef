"""Front ends: the waveform a model never sees, the log-mel image it usually sees, and MFCCs.

Why the audio studio's code: the STFT and the mel filter bank are
``playground.augment.audio.stft`` (the studio's spectrogram pictures), so the
student compares like with like; here they are only applied to a whole batch
at once (one strided view and one ``rfft`` for every clip), which is what
makes feature extraction faster than librosa (``benchmarks/speech.py``).

Scaling: log-mel power in dB re full scale (as the studio draws it), then
per clip: the loudest cell at 0 dB, a floor ``FLOOR_DB`` below, mapped to
[-1, 1]. A clip's loudness then does not decide the word, which is right for
digits said near or far from a microphone. MFCCs are the type-II orthonormal
DCT of that image along the mel axis (what ``librosa.feature.mfcc`` computes).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import fft as sfft

from playground.augment.audio.stft import mel_filterbank, stft
from playground.core.registry import Entry, Registry

N_FFT, HOP, N_MELS, N_MFCC = 256, 128, 40, 13  # 32 ms windows, 16 ms hops at 8 kHz
FLOOR_DB = 80.0


def mel_power(clips: np.ndarray, rate: int, n_fft: int = N_FFT, hop: int = HOP, n_mels: int = N_MELS) -> np.ndarray:
    """Mel power (n, n_mels, frames) of clips (n, samples), scaled as the studio's ``log_mel`` scales it."""
    x = np.asarray(clips, dtype=np.float32)
    power = np.abs(stft(x, n_fft, hop)) ** 2 / np.float32((n_fft / 4) ** 2)  # (n, frames, bins)
    filters, _ = mel_filterbank(int(rate), n_fft, n_mels)
    return np.matmul(filters, power.transpose(0, 2, 1))


def log_mel_batch(clips: np.ndarray, rate: int, n_fft: int = N_FFT, hop: int = HOP, n_mels: int = N_MELS) -> np.ndarray:
    """Log-mel dB (n, n_mels, frames) re full scale: the audio studio's ``log_mel`` for a batch."""
    return (10.0 * np.log10(np.maximum(mel_power(clips, rate, n_fft, hop, n_mels), 1e-10))).astype(np.float32)


def log_mel_image(clips: np.ndarray, rate: int) -> np.ndarray:
    """What the models see (n, n_mels, frames): per clip, the loudest cell at 0 dB, a floor ``FLOOR_DB``
    below, mapped to [-1, 1] (librosa's ``power_to_db(ref=np.max, top_db=80)``, rescaled).

    Why the floor is relative to the clip (and not the studio's absolute 1e-10): digital silence would
    otherwise sit at a fixed -100 dB, closer to a quiet clip's peak than to a loud one's, and loudness
    would leak into the image.
    """
    power = mel_power(clips, rate)
    top = power.max(axis=(-2, -1), keepdims=True)
    floor = top * np.float32(10 ** (-FLOOR_DB / 10))
    relative = np.maximum(power, floor) / np.maximum(top, np.float32(1e-30))
    db = 10.0 * np.log10(np.maximum(relative, np.float32(1e-30)))
    image = np.clip(db, -FLOOR_DB, 0.0) / (FLOOR_DB / 2) + 1.0
    return np.where(top > 0, image, -1.0).astype(np.float32)


def mfcc_from_image(image: np.ndarray, n_mfcc: int = N_MFCC) -> np.ndarray:
    """MFCCs (n, n_mfcc, frames): the orthonormal DCT-II of a log-mel image along its mel axis."""
    return sfft.dct(image, type=2, norm="ortho", axis=-2)[..., :n_mfcc, :].astype(np.float32)


@dataclass(frozen=True)
class FrontEnd(Entry):
    """What a model is fed; ``channels`` is the height of the image (mel bands or coefficients)."""

    channels: int
    text_prefix = "speech.front"

    def compute(self, clips: np.ndarray, rate: int) -> np.ndarray:
        image = log_mel_image(clips, rate)
        return image if self.name == "logmel" else mfcc_from_image(image, self.channels)


FRONT_ENDS: Registry[FrontEnd] = Registry("speech front end", (FrontEnd("logmel", N_MELS), FrontEnd("mfcc", N_MFCC)))


def frames_of(n_samples: int, hop: int = HOP) -> int:
    """Frames the studio's STFT makes of ``n_samples`` (centred, the last partial hop included)."""
    return 1 + (n_samples + hop - 1) // hop
