"""Every audio transform, declared once: function, parameters, default ``p`` and audiomentations twin.

The studio's widgets, the sampler, the JSON checker, the code exporters and
the docs all read this table; adding a transform is one entry here plus its
title and help text in ``playground/i18n/catalogues/audio/studio.py``.
Parameter names are shared across transforms (``cutoff_hz``, ``snr_db``) so
one label serves them all.
"""

from __future__ import annotations

from typing import Any

from playground.augment.audio import basic, filters, room
from playground.augment.audio import specaugment as spec
from playground.augment.audio import time_pitch as tp
from playground.augment.audio.spec import ParamSpec, TransformSpec, seed_extra
from playground.core.errors import InputError
from playground.data.samples import samples_of

NOISE_IDS: tuple[str, ...] = tuple(sample.id for sample in samples_of("noise"))
GROUPS: tuple[str, ...] = ("loudness", "noise", "time", "pitch", "filter", "distortion", "room", "spectrogram")


def _r(  # noqa: PLR0917 (a one-line declaration per parameter reads best positionally)
    name: str, low: float, high: float, default: tuple[float, float], step: float, unit: str = "", log: bool = False
) -> ParamSpec:
    return ParamSpec(name, "range", default, low, high, step, unit, log=log)


def _i(name: str, low: int, high: int, default: tuple[int, int], unit: str = "") -> ParamSpec:
    return ParamSpec(name, "int_range", default, low, high, 1, unit)


def _c(name: str, choices: tuple[str, ...], default: str) -> ParamSpec:
    return ParamSpec(name, "choice", default, choices=choices)


def _b(name: str, default: bool = False) -> ParamSpec:
    return ParamSpec(name, "bool", default)


def _am(template: str, **derive: Any):
    """An audiomentations builder: ``template`` formatted with the step's settings (low/high split)."""

    def build(settings: dict[str, Any], p: float) -> str:
        fields: dict[str, Any] = {"p": p}
        for name, value in settings.items():
            if isinstance(value, tuple | list) and len(value) == 2:
                fields[f"{name}_lo"], fields[f"{name}_hi"] = value
            else:
                fields[name] = value
        for name, fn in derive.items():
            fields[name] = fn(fields)
        return template.format(**fields)

    return build


def _octaves_to_fraction(octaves: float) -> float:
    """audiomentations states a band's width as a fraction of its centre; we state octaves."""
    return round(2 ** (octaves / 2) - 2 ** (-octaves / 2), 4)


_ROLLOFF = _c("rolloff", filters.ROLLOFFS, "24")
_FILTER_AM = "min_rolloff={rolloff}, max_rolloff={rolloff}, zero_phase={zero_phase}, p={p:g})"
_BAND_AM = (
    "(min_center_freq={center_hz_lo:g}, max_center_freq={center_hz_hi:g}, "
    "min_bandwidth_fraction={bw_lo:g}, max_bandwidth_fraction={bw_hi:g}, " + _FILTER_AM
)
_BW = {
    "bw_lo": lambda f: _octaves_to_fraction(f["bandwidth_lo"]),
    "bw_hi": lambda f: _octaves_to_fraction(f["bandwidth_hi"]),
}


def _normalize_am(settings: dict[str, Any], p: float) -> str | None:
    """audiomentations' Normalize always goes to a 0 dBFS peak: equivalent only for that setting."""
    if settings["mode"] == "peak" and max(abs(v) for v in settings["target_db"]) < 0.05:
        return f"Normalize(p={p:g})"
    return None


def _time_mask_am(settings: dict[str, Any], p: float) -> str:
    """audiomentations' TimeMask silences one span of the waveform; repeat it for several masks."""
    line = f"TimeMask(min_band_part=0.0, max_band_part={settings['max_width'][1]:g}, fade_duration=0.0, p={p:g})"
    return "\n".join([line] * int(settings["n_masks"][1]))  # one call per line


TRANSFORMS: tuple[TransformSpec, ...] = (
    TransformSpec(
        "gain", "loudness", basic.gain, (_r("gain_db", -24, 12, (-6.0, 6.0), 0.5, "dB"),),
        audiomentations=_am("Gain(min_gain_db={gain_db_lo:g}, max_gain_db={gain_db_hi:g}, p={p:g})"),
    ),
    TransformSpec(
        "gain_transition", "loudness", basic.gain_transition,
        (_r("start_db", -24, 12, (-18.0, 0.0), 0.5, "dB"), _r("end_db", -24, 12, (-18.0, 0.0), 0.5, "dB"),
         _r("duration_s", 0.05, 5.0, (0.5, 2.0), 0.05, "s"), _r("position", 0.0, 1.0, (0.0, 1.0), 0.05)),
        audiomentations=_am(
            "GainTransition(min_gain_db={lo:g}, max_gain_db={hi:g}, min_duration={duration_s_lo:g}, "
            "max_duration={duration_s_hi:g}, duration_unit=\"seconds\", p={p:g})",
            lo=lambda f: min(f["start_db_lo"], f["end_db_lo"]), hi=lambda f: max(f["start_db_hi"], f["end_db_hi"]),
        ),
    ),
    TransformSpec(
        "normalize", "loudness", basic.normalize,
        (_r("target_db", -40, 0, (-6.0, -1.0), 0.5, "dBFS"), _c("mode", ("peak", "rms"), "peak")),
        audiomentations=_normalize_am,
    ),
    TransformSpec(
        "fade", "loudness", basic.fade,
        (_r("fade_in_s", 0, 3, (0.1, 0.5), 0.05, "s"), _r("fade_out_s", 0, 3, (0.1, 0.5), 0.05, "s"),
         _c("shape", ("linear", "cosine"), "cosine")),
    ),
    TransformSpec(
        "gaussian_noise", "noise", basic.gaussian_noise, (_r("snr_db", -10, 60, (10.0, 30.0), 0.5, "dB"),),
        extra=seed_extra,
        audiomentations=_am("AddGaussianSNR(min_snr_db={snr_db_lo:g}, max_snr_db={snr_db_hi:g}, p={p:g})"),
    ),
    TransformSpec(
        "background_noise", "noise", basic.background_noise,
        (_c("noise", NOISE_IDS, NOISE_IDS[-1]), _r("snr_db", -10, 40, (5.0, 20.0), 0.5, "dB")),
        extra=seed_extra,
        audiomentations=_am(
            "AddBackgroundNoise(sounds_path=\"assets/noise/{file}.wav\", min_snr_db={snr_db_lo:g}, "
            "max_snr_db={snr_db_hi:g}, p={p:g})",
            file=lambda f: f["noise"].removeprefix("noise_"),
        ),
    ),
    TransformSpec(
        "shift", "time", basic.shift,
        (_r("shift_fraction", -0.5, 0.5, (-0.25, 0.25), 0.01), _c("mode", ("roll", "pad"), "roll")),
        audiomentations=_am(
            "Shift(min_shift={shift_fraction_lo:g}, max_shift={shift_fraction_hi:g}, shift_unit=\"fraction\", "
            "rollover={roll}, fade_duration=0.0, p={p:g})",
            roll=lambda f: f["mode"] == "roll",
        ),
    ),
    TransformSpec(
        "time_stretch", "time", tp.time_stretch,
        (_r("stretch_rate", 0.5, 2.0, (0.8, 1.25), 0.01, "×", log=True), _b("keep_length")),
        changes_length=True,
        audiomentations=_am(
            "TimeStretch(min_rate={stretch_rate_lo:g}, max_rate={stretch_rate_hi:g}, "
            "leave_length_unchanged={keep_length}, p={p:g})"
        ),
    ),
    TransformSpec(
        "speed", "time", tp.speed, (_r("factor", 0.5, 2.0, (0.9, 1.1), 0.01, "×", log=True),), changes_length=True,
    ),
    TransformSpec("reverse", "time", basic.reverse, audiomentations=_am("Reverse(p={p:g})")),
    TransformSpec(
        "pitch_shift", "pitch", tp.pitch_shift, (_r("semitones", -12, 12, (-4.0, 4.0), 0.5),),
        audiomentations=_am("PitchShift(min_semitones={semitones_lo:g}, max_semitones={semitones_hi:g}, p={p:g})"),
    ),
    TransformSpec(
        "low_pass", "filter", filters.low_pass,
        (_r("cutoff_hz", 100, 10000, (1000.0, 4000.0), 50, "Hz", log=True), _ROLLOFF, _b("zero_phase")),
        audiomentations=_am("LowPassFilter(min_cutoff_freq={cutoff_hz_lo:g}, max_cutoff_freq={cutoff_hz_hi:g}, "
                            + _FILTER_AM),
    ),
    TransformSpec(
        "high_pass", "filter", filters.high_pass,
        (_r("cutoff_hz", 20, 4000, (200.0, 1000.0), 10, "Hz", log=True), _ROLLOFF, _b("zero_phase")),
        audiomentations=_am("HighPassFilter(min_cutoff_freq={cutoff_hz_lo:g}, max_cutoff_freq={cutoff_hz_hi:g}, "
                            + _FILTER_AM),
    ),
    TransformSpec(
        "band_pass", "filter", filters.band_pass,
        (_r("center_hz", 100, 8000, (500.0, 2000.0), 50, "Hz", log=True),
         _r("bandwidth", 0.25, 4.0, (1.0, 2.0), 0.05, "oct"), _ROLLOFF, _b("zero_phase")),
        audiomentations=_am("BandPassFilter" + _BAND_AM, **_BW),
    ),
    TransformSpec(
        "band_stop", "filter", filters.band_stop,
        (_r("center_hz", 100, 8000, (500.0, 4000.0), 50, "Hz", log=True),
         _r("bandwidth", 0.1, 2.0, (0.3, 1.0), 0.05, "oct"), _ROLLOFF, _b("zero_phase")),
        audiomentations=_am("BandStopFilter" + _BAND_AM, **_BW),
    ),
    TransformSpec(
        "peaking_eq", "filter", filters.peaking_eq,
        (_r("center_hz", 50, 8000, (200.0, 4000.0), 50, "Hz", log=True),
         _r("gain_db", -24, 24, (-12.0, 12.0), 0.5, "dB"),
         _r("q", 0.3, 10.0, (0.7, 3.0), 0.1)),
        audiomentations=_am(
            "PeakingFilter(min_center_freq={center_hz_lo:g}, max_center_freq={center_hz_hi:g}, min_gain_db="
            "{gain_db_lo:g}, max_gain_db={gain_db_hi:g}, min_q={q_lo:g}, max_q={q_hi:g}, p={p:g})"
        ),
    ),
    TransformSpec(
        "clipping", "distortion", basic.clipping, (_r("percentile", 0, 40, (5.0, 20.0), 1, "%"),),
        audiomentations=_am(
            "ClippingDistortion(min_percentile_threshold={lo}, max_percentile_threshold={hi}, p={p:g})",
            lo=lambda f: round(f["percentile_lo"]), hi=lambda f: round(f["percentile_hi"]),
        ),
    ),
    TransformSpec("distortion", "distortion", basic.distortion, (_r("drive_db", 0, 40, (6.0, 24.0), 1, "dB"),)),
    TransformSpec(
        "bit_crush", "distortion", basic.bit_crush, (_i("bits", 1, 16, (4, 8), "bit"),),
        audiomentations=_am("BitCrush(min_bit_depth={bits_lo}, max_bit_depth={bits_hi}, p={p:g})"),
    ),
    TransformSpec("polarity", "distortion", basic.polarity, audiomentations=_am("PolarityInversion(p={p:g})")),
    TransformSpec(
        "reverb", "room", room.reverb,
        (_r("room_size_m", 2, 30, (3.0, 12.0), 0.5, "m"), _r("wet", 0, 1, (0.2, 0.5), 0.05)),
        extra=seed_extra,
    ),
    TransformSpec(
        "time_mask", "spectrogram", spec.time_mask,
        (_i("n_masks", 1, 6, (1, 2)), _r("max_width", 0.01, 0.3, (0.05, 0.1), 0.01)),
        extra=spec.draw_masks, audiomentations=_time_mask_am,
    ),
    TransformSpec(
        "freq_mask", "spectrogram", spec.freq_mask,
        (_i("n_masks", 1, 4, (1, 2)), _r("max_width", 0.01, 0.5, (0.05, 0.15), 0.01)),
        extra=spec.draw_masks,
    ),
)  # fmt: skip

REGISTRY: dict[str, TransformSpec] = {transform.name: transform for transform in TRANSFORMS}


def get_transform(name: str) -> TransformSpec:
    """The spec named ``name``; a clear error listing the known names otherwise."""
    if name not in REGISTRY:
        raise InputError("audio.error.unknown_transform", name=name, known=", ".join(REGISTRY))
    return REGISTRY[name]
