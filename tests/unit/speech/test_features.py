"""Front ends: the audio studio's log-mel for a batch, MFCCs as its DCT, and librosa agrees."""

from __future__ import annotations

import librosa
import numpy as np
from scipy import fft as sfft

from playground.augment.audio.stft import log_mel
from playground.speech.data_views import digits
from playground.speech.features import (
    HOP,
    N_FFT,
    N_MELS,
    frames_of,
    log_mel_batch,
    log_mel_image,
    mel_power,
    mfcc_from_image,
)


def test_a_batch_gives_the_audio_studios_log_mel_clip_by_clip() -> None:
    clips = digits().clips[:5]
    batch = log_mel_batch(clips, 8000)
    for clip, image in zip(clips, batch, strict=True):
        single, _, _ = log_mel(clip, 8000, N_MELS, N_FFT, HOP)
        np.testing.assert_allclose(image, single, atol=1e-4)
    assert batch.shape == (5, N_MELS, frames_of(clips.shape[1]))


def test_mel_power_matches_librosa_with_the_same_parameters() -> None:
    clips = digits().clips[:3]
    ours = mel_power(clips, 8000) * (N_FFT / 4) ** 2  # undo the full-scale reference
    for clip, mine in zip(clips, ours, strict=True):
        theirs = librosa.feature.melspectrogram(y=clip, sr=8000, n_fft=N_FFT, hop_length=HOP, n_mels=N_MELS,
                                                window="hann", center=True, pad_mode="constant", power=2.0,
                                                htk=True, norm=None, fmin=0.0, fmax=4000.0)  # fmt: skip
        frames = min(mine.shape[1], theirs.shape[1])
        peak = theirs.max()
        np.testing.assert_allclose(mine[:, :frames], theirs[:, :frames], atol=1e-4 * peak, rtol=1e-3)


def test_mfccs_are_the_orthonormal_dct_of_the_image_and_loudness_does_not_matter() -> None:
    clip = digits().clips[7]
    image = log_mel_image(clip[None, :], 8000)
    assert image.min() >= -1.0 and image.max() == 1.0
    assert np.all(log_mel_image(np.zeros((1, 800), np.float32), 8000) == -1.0), "silence is the floor"
    quieter = log_mel_image(0.1 * clip[None, :], 8000)
    np.testing.assert_allclose(quieter, image, atol=1e-4)
    mfcc = mfcc_from_image(image, 13)
    np.testing.assert_allclose(mfcc, sfft.dct(image, type=2, norm="ortho", axis=1)[:, :13], atol=1e-5)
