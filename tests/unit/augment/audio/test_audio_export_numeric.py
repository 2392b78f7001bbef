"""The exported audiomentations code, run, gives what our draw gives: sample for sample where the twin is exact.

For every transform with a twin, the parameters are pinned (min = max) and p = 1,
so both sides do one deterministic thing; the exported script is executed on a
test clip (a chord plus a little noise) and compared with ``run_draw``. Each
tolerance says why it is what it is (as a share of the input's RMS):

- exact (0): gain, shift, reverse, polarity and both Signalsmith methods, the
  same arithmetic (or the same library) on the same float32 samples;
- 1e-6: gain transition and peak normalisation, the same formula, with float32
  intermediates rounded in another order;
- 1e-2: low/high-pass and peaking EQ (IIR filters designed the same way;
  audiomentations filters in float32, we in float64 with a -350 dB dither);
  clipping (audiomentations rounds the percentile threshold to whole numbers);

Twins that differ by design are listed in ``DIFFER`` and checked on what they
promise instead (same length, same SNR, same pitch, the band's tone kept or removed).
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from playground.augment.audio.basic import rms
from playground.augment.audio.export import audiomentations_code
from playground.augment.audio.pipeline import Pipeline, run_draw
from playground.augment.audio.quality import cents, estimate_f0
from playground.augment.audio.registry import TRANSFORMS

pytest.importorskip("audiomentations")

RATE = 16_000
TOLERANCE = {"gain": 0.0, "shift": 0.0, "reverse": 0.0, "polarity": 0.0, "time_stretch/signalsmith": 0.0,
             "pitch_shift/signalsmith": 0.0, "gain_transition": 1e-6, "normalize": 1e-6, "low_pass": 1e-2,
             "high_pass": 1e-2, "peaking_eq": 1e-2, "clipping": 1e-2}  # fmt: skip
DIFFER = {
    "gaussian_noise": "each library draws its own noise: compare the SNR",
    "background_noise": "each library picks its own offset in the noise file: compare the SNR",
    "time_mask": "each library draws its own mask position: compare the length",
    "time_stretch/vocoder": "librosa's vocoder frames and interpolates differently: compare duration and pitch",
    "pitch_shift/vocoder": "librosa's vocoder and resampler (soxr) differ from ours: compare the pitch",
    "bit_crush": "audiomentations' grid has 2**bits / 2 + 1 steps per unit, ours 2**(bits - 1): compare the levels",
    "band_pass": "roll-off counts per edge there, over both edges here: compare the centre tone kept",
    "band_stop": "roll-off counts per edge there, over both edges here: compare the centre tone removed",
}


def clip() -> np.ndarray:
    t = np.arange(RATE) / RATE
    noise = 0.02 * np.random.default_rng(1).standard_normal(RATE)
    return (0.3 * np.sin(2 * np.pi * 440 * t) + 0.1 * np.sin(2 * np.pi * 1800 * t) + noise).astype(np.float32)


def cases() -> list:
    out = []
    for spec in TRANSFORMS:
        if spec.equivalent is None:
            continue
        methods = spec.param("method").choices if any(p.name == "method" for p in spec.params) else (None,)
        for method in methods:
            out.append(pytest.param(spec, method, id=spec.name + (f"/{method}" if method else "")))
    return out


def pinned_step(spec, method: str | None, **override):
    values = {p.name: (p.default[0], p.default[0]) for p in spec.params if p.kind in ("range", "int_range")}
    if spec.name == "normalize":
        values["target_db"] = (0.0, 0.0)  # audiomentations' Normalize goes to 0 dBFS only
    if method:
        values["method"] = method
    return Pipeline.step(spec.name, 1.0, **{**values, **override})


def both(step, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    pipeline = Pipeline((step,))
    code = audiomentations_code(pipeline, RATE).replace(f"np.zeros({RATE}, dtype=np.float32)", "CLIP")
    namespace = {"CLIP": x.copy()}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exec(code, namespace)
    return run_draw(pipeline, x, RATE, seed=0, draw=0).samples, namespace["augmented"]


def snr_db(clean: np.ndarray, noisy: np.ndarray) -> float:
    return 20 * np.log10(rms(clean) / rms(noisy - clean))


@pytest.mark.parametrize(("spec", "method"), cases())
def test_exported_audiomentations_code_matches_our_draw(spec, method) -> None:
    name = spec.name + (f"/{method}" if method else "")
    assert name in TOLERANCE or name in DIFFER, f"{name}: state its tolerance, or why it differs by design"
    x = clip()
    ours, theirs = both(pinned_step(spec, method), x)
    assert ours.shape == theirs.shape, name
    if name in TOLERANCE:
        assert rms(ours - theirs) / rms(x) <= TOLERANCE[name], name
        return
    if spec.name in ("gaussian_noise", "background_noise"):
        assert abs(snr_db(x, ours) - snr_db(x, theirs)) < 0.5
    elif spec.name in ("time_stretch", "pitch_shift"):
        middle = slice(ours.shape[-1] // 4, 3 * ours.shape[-1] // 4)
        assert abs(cents(estimate_f0(ours[middle], RATE), estimate_f0(theirs[middle], RATE))) < 5
    elif spec.name == "bit_crush":
        bits = spec.param("bits").default[0]
        assert len(np.unique(ours)) <= 2**bits + 1 and len(np.unique(theirs)) <= 2**bits + 1
    elif spec.name in ("band_pass", "band_stop"):
        centre = float(spec.param("center_hz").default[0])
        t = np.arange(RATE) / RATE
        tone = (0.3 * np.sin(2 * np.pi * centre * t)).astype(np.float32)
        kept = [rms(out[RATE // 4 :]) / rms(tone[RATE // 4 :]) for out in both(pinned_step(spec, None), tone)]
        for share in kept:
            assert share > 0.8 if spec.name == "band_pass" else share < 0.1, (spec.name, kept)
