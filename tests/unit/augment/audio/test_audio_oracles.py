"""Each audio transform against a trusted oracle: the physics of a sine wave and of decibels."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import signal

from playground.augment.audio import basic, filters, room
from playground.augment.audio import specaugment as spec
from playground.augment.audio import time_pitch as tp
from playground.augment.audio.stft import istft, stft

RATE = 16_000


def sine(freq: float, seconds: float = 1.0, rate: int = RATE, amplitude: float = 0.5) -> np.ndarray:
    return (amplitude * np.sin(2 * np.pi * freq * np.arange(int(seconds * rate)) / rate)).astype(np.float32)


def peak_frequency(x: np.ndarray, rate: int = RATE) -> float:
    """The strongest frequency, from a heavily zero-padded windowed FFT (resolution < 0.02 Hz)."""
    core = x[len(x) // 8 : -len(x) // 8]  # away from the edges the vocoder fades in and out
    n = 1 << 20
    spectrum = np.abs(np.fft.rfft(core * np.hanning(len(core)), n))
    return float(np.argmax(spectrum) * rate / n)


def level_db(x: np.ndarray) -> float:
    return 20 * np.log10(basic.rms(x) + 1e-20)


def test_stft_inverts_exactly() -> None:
    x = np.random.default_rng(0).standard_normal(12_345).astype(np.float32)
    assert np.allclose(istft(stft(x, 512, 128), 512, 128, length=len(x)), x, atol=1e-5)


@pytest.mark.parametrize("freq", [220.0, 440.0, 1000.0])
def test_pitch_up_an_octave_doubles_the_frequency_and_keeps_the_duration(freq: float) -> None:
    x = sine(freq)
    y = tp.pitch_shift(x, RATE, 12.0)
    assert y.shape == x.shape and y.dtype == np.float32
    assert peak_frequency(y) == pytest.approx(2 * freq, rel=0.01)


def test_pitch_down_three_semitones() -> None:
    y = tp.pitch_shift(sine(440.0), RATE, -3.0)
    assert peak_frequency(y) == pytest.approx(440.0 * 2 ** (-3 / 12), rel=0.01)


@pytest.mark.parametrize(("stretch", "length"), [(2.0, 8_000), (0.5, 32_000), (1.25, 12_800)])
def test_time_stretch_changes_duration_and_keeps_frequency(stretch: float, length: int) -> None:
    y = tp.time_stretch(sine(440.0), RATE, stretch)
    assert abs(y.shape[-1] - length) <= 1
    assert peak_frequency(y) == pytest.approx(440.0, rel=0.01)
    assert tp.time_stretch(sine(440.0), RATE, stretch, keep_length=True).shape == (RATE,)


def test_speed_changes_both_duration_and_frequency() -> None:
    y = tp.speed(sine(440.0), RATE, 2.0)
    assert abs(y.shape[-1] - RATE // 2) <= 1
    assert peak_frequency(y) == pytest.approx(880.0, rel=0.01)


@pytest.mark.parametrize("gain_db", [-20.0, -6.0, 0.0, 3.5, 12.0])
def test_gain_moves_rms_by_the_requested_db(gain_db: float) -> None:
    x = sine(300.0)
    assert level_db(basic.gain(x, RATE, gain_db)) - level_db(x) == pytest.approx(gain_db, abs=0.01)


@pytest.mark.parametrize("snr_db", [0.0, 10.0, 25.0])
def test_gaussian_noise_hits_the_snr(snr_db: float) -> None:
    x = sine(440.0)
    noise = basic.gaussian_noise(x, RATE, snr_db, seed=3) - x
    assert level_db(x) - level_db(noise) == pytest.approx(snr_db, abs=0.5)


@pytest.mark.parametrize("noise_id", ["noise_white", "noise_pink", "noise_babble"])
def test_background_noise_hits_the_snr(noise_id: str) -> None:
    x = sine(440.0)
    noise = basic.background_noise(x, RATE, noise_id, 10.0, seed=5) - x
    assert level_db(x) - level_db(noise) == pytest.approx(10.0, abs=0.5)


def _attenuation_db(fn, freq: float, **kwargs) -> float:
    x = sine(freq, seconds=1.0)
    y = fn(x, RATE, **kwargs)
    steady = slice(RATE // 4, -RATE // 4)  # past the filter's start-up transient
    return level_db(x[steady]) - level_db(y[steady])


@pytest.mark.parametrize("zero_phase", [False, True])
def test_filters_attenuate_an_octave_past_the_cutoff_by_20_db(zero_phase: bool) -> None:
    assert _attenuation_db(filters.low_pass, 2000.0, cutoff_hz=1000.0, zero_phase=zero_phase) >= 20
    assert _attenuation_db(filters.high_pass, 500.0, cutoff_hz=1000.0, zero_phase=zero_phase) >= 20
    # band-pass one octave wide around 1 kHz: edges 707 and 1414 Hz; an octave past them
    assert _attenuation_db(filters.band_pass, 2828.0, center_hz=1000.0, bandwidth=1.0, zero_phase=zero_phase) >= 20
    assert _attenuation_db(filters.band_pass, 354.0, center_hz=1000.0, bandwidth=1.0, zero_phase=zero_phase) >= 20
    assert _attenuation_db(filters.band_stop, 1000.0, center_hz=1000.0, bandwidth=1.0, zero_phase=zero_phase) >= 20


def _one_pass(x: np.ndarray, sos: np.ndarray) -> np.ndarray:
    """``filters._run`` as it was before chunking: the whole clip dithered and filtered at once."""
    data = np.array(x, dtype=np.float64)
    if data.shape[-1] == 0:
        return data.astype(np.float32)
    data[..., ::2] += 2e-18
    return signal.sosfilt(sos, data, axis=-1).astype(np.float32, copy=False)


def test_chunked_filters_equal_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Old links replay to the bit: chunks with the state carried over are the one pass, sample for sample."""
    rng = np.random.default_rng(5)
    chunk = filters.CHUNK
    speech_like = (rng.standard_normal(3 * chunk + 7) * 0.1).astype(np.float32)
    speech_like[chunk - 100 : chunk + 5000] = 0.0  # digital silence across a chunk edge: the dither's case
    clips = [speech_like, speech_like[: chunk - 1], speech_like[: chunk + 1], speech_like[:5], speech_like[:0],
             np.stack([speech_like, -speech_like[::-1]]), np.zeros(chunk + 3, np.float32)]  # fmt: skip
    designs = [filters._butter("lowpass", (1234.5,), 4, RATE), filters._butter("highpass", (90.0,), 8, RATE),
               filters._butter("bandpass", (300.0, 3400.0), 2, RATE),
               filters.peaking_sos(1000.0, 9.0, 2.0, RATE)]  # fmt: skip
    for sos in designs:
        for x in clips:
            got, want = filters._run(x, sos, zero_phase=False), _one_pass(x, sos)
            assert got.dtype == np.float32 and got.shape == x.shape and got.tobytes() == want.tobytes()
    monkeypatch.setattr(filters, "_sosfilt_in_place", None)  # a SciPy that moved its kernel: the public function
    for x in clips[:1] + clips[5:6]:
        assert filters._run(x, designs[0], zero_phase=False).tobytes() == _one_pass(x, designs[0]).tobytes()
    short = speech_like[:9]  # too short to run backwards: one pass forwards, as before
    assert filters._run(short, designs[0], zero_phase=True).tobytes() == _one_pass(short, designs[0]).tobytes()


def test_filters_pass_the_passband() -> None:
    assert abs(_attenuation_db(filters.low_pass, 250.0, cutoff_hz=1000.0)) < 0.5
    assert abs(_attenuation_db(filters.high_pass, 4000.0, cutoff_hz=1000.0)) < 0.5
    assert abs(_attenuation_db(filters.band_pass, 1000.0, center_hz=1000.0, bandwidth=1.0)) < 0.5


@pytest.mark.parametrize("gain_db", [-12.0, 6.0])
def test_peaking_eq_changes_the_centre_by_its_gain(gain_db: float) -> None:
    change = -_attenuation_db(filters.peaking_eq, 1000.0, center_hz=1000.0, gain_db=gain_db, q=1.0)
    assert change == pytest.approx(gain_db, abs=0.3)
    assert abs(_attenuation_db(filters.peaking_eq, 6000.0, center_hz=200.0, gain_db=gain_db, q=2.0)) < 0.5


def test_mask_spectrogram_zeroes_exactly_the_chosen_bins() -> None:
    rng = np.random.default_rng(1)
    s = (rng.standard_normal((100, 257)) + 1j * rng.standard_normal((100, 257))).astype(np.complex64)
    masked = spec.mask_spectrogram(s, time_masks=[[0.1, 0.05], [0.5, 0.2]], freq_masks=[[0.25, 0.1]])
    frames = np.zeros(100, bool)
    frames[10:15] = frames[50:70] = True
    bins = np.zeros(257, bool)
    bins[64:90] = True  # start round(0.25 * 257) = 64, width round(0.1 * 257) = 26
    zero = frames[:, None] | bins[None, :]
    assert np.all(masked[zero] == 0)
    assert np.array_equal(masked[~zero], s[~zero])


def test_masks_are_audible_through_the_inverse_stft() -> None:
    x = np.random.default_rng(2).standard_normal(RATE).astype(np.float32) * 0.1
    silent = spec.time_mask(x, RATE, 1, 0.2, masks=[[0.4, 0.2]])
    inside = silent[int(0.45 * RATE) : int(0.55 * RATE)]
    assert level_db(inside) < level_db(x) - 60
    assert np.allclose(silent[: int(0.3 * RATE)], x[: int(0.3 * RATE)], atol=1e-5)
    banded = spec.freq_mask(x, RATE, 1, 0.2, masks=[[0.25, 0.25]])  # 2-4 kHz of 0-8 kHz
    power = np.abs(stft(banded, 512, 128)) ** 2
    original = np.abs(stft(x, 512, 128)) ** 2
    band = slice(70, 125)  # inside 2-4 kHz, away from the edges
    assert 10 * np.log10(power[:, band].sum() / original[:, band].sum()) < -40


def test_clipping_bit_crush_polarity_reverse() -> None:
    x = sine(440.0)
    clipped = basic.clipping(x, RATE, 20.0)
    assert np.mean(np.abs(clipped) >= np.max(np.abs(clipped)) - 1e-6) == pytest.approx(0.2, abs=0.03)
    assert len(np.unique(basic.bit_crush(x, RATE, 3))) <= 2**3 + 1
    assert np.array_equal(basic.polarity(x, RATE), -x)
    assert np.array_equal(basic.reverse(basic.reverse(x, RATE), RATE), x)


def test_distortion_and_normalize_levels() -> None:
    x = sine(440.0)
    assert level_db(basic.distortion(x, RATE, 20.0)) == pytest.approx(level_db(x), abs=0.01)
    assert 20 * np.log10(np.max(np.abs(basic.normalize(x, RATE, -3.0)))) == pytest.approx(-3.0, abs=0.01)
    assert level_db(basic.normalize(x, RATE, -20.0, mode="rms")) == pytest.approx(-20.0, abs=0.01)
    assert np.array_equal(basic.normalize(np.zeros(10, np.float32), RATE, -3.0), np.zeros(10, np.float32))


def test_fade_and_gain_transition_endpoints() -> None:
    x = np.ones(RATE, np.float32)
    faded = basic.fade(x, RATE, 0.1, 0.2)
    assert faded[0] == 0 and faded[-1] == 0 and faded[RATE // 2] == 1
    ramp = basic.gain_transition(x, RATE, start_db=-20.0, end_db=0.0, duration_s=0.5, position=0.5)
    assert ramp[0] == pytest.approx(0.1, rel=1e-4) and ramp[-1] == pytest.approx(1.0)


def test_bigger_rooms_ring_longer_and_reverb_keeps_length() -> None:
    small, hall = room.room_impulse_response(RATE, 3.0), room.room_impulse_response(RATE, 20.0)
    assert len(hall) > 3 * len(small)
    assert room.rt60_of_room(20.0) == pytest.approx(1.79, abs=0.01)
    x = sine(440.0)
    assert room.reverb(x, RATE, 10.0, 0.5, seed=1).shape == x.shape
