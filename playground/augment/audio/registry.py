"""Every audio transform, declared once: function, parameters, default ``p`` and audiomentations twin.

The studio's widgets, the sampler, the JSON checker, the code exporters, the
docs and the registry battery all read this table; adding a transform is one
entry here plus its title and help text in ``playground/i18n/catalogues/audio``.
Parameter names are shared across transforms (``cutoff_hz``, ``snr_db``) so
one label (``audio.param.<name>``) serves them all.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from playground.augment.audio import basic, filters, room
from playground.augment.audio import specaugment as spec
from playground.augment.audio import time_pitch as tp
from playground.augment.audio.spec import AudioTransform, seed_extra
from playground.core.params import Param
from playground.core.registry import Registry
from playground.data.samples import samples_of

NOISE_IDS: tuple[str, ...] = tuple(sample.name for sample in samples_of("noise"))
GROUPS: tuple[str, ...] = ("loudness", "noise", "time", "pitch", "filter", "distortion", "room", "spectrogram")
MAX_BANDWIDTH_FRACTION = 1.99  # audiomentations 0.43 refuses 2 or more (a band reaching 0 Hz); 1.99 is its maximum


def _r(  # noqa: PLR0917 (a one-line declaration per parameter reads best positionally)
    name: str, low: float, high: float, default: tuple[float, float], step: float, unit: str = "", log: bool = False
) -> Param:
    return Param(name, "range", default, low, high, step, unit=unit, log=log, label_key=f"audio.param.{name}",
                 help_key="audio.range_help")  # fmt: skip


def _i(name: str, low: int, high: int, default: tuple[int, int], unit: str = "") -> Param:
    return Param(name, "int_range", default, low, high, 1, unit=unit, label_key=f"audio.param.{name}",
                 help_key="audio.range_help")  # fmt: skip


def _c(name: str, choices: tuple[str, ...], default: str) -> Param:
    return Param(name, "choice", default, choices=choices, label_key=f"audio.param.{name}")


def _b(name: str, default: bool = False) -> Param:
    return Param(name, "bool", default, label_key=f"audio.param.{name}")


def _am(template: str, **derive: Callable[[dict[str, Any]], Any]) -> Callable[[Mapping[str, Any], float], str]:
    """An audiomentations writer: ``template`` formatted with the step's settings (low/high split)."""

    def build(settings: Mapping[str, Any], p: float) -> str:
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


def _fraction_to_octaves(fraction: float) -> float:
    return 2 * math.log2((fraction + math.sqrt(fraction * fraction + 4)) / 2)


_ROLLOFF = _c("rolloff", filters.ROLLOFFS, "24")
# How pitch and tempo are changed; the plain vocoder stays the default, so links shared before replay bit for bit.
_METHOD = _c("method", tp.METHODS, "vocoder")
_ABSENT_METHOD = {"method": "vocoder"}  # what a file, link or record from before the choice existed meant
_AM_METHOD = {"vocoder": "librosa_phase_vocoder", "signalsmith": "signalsmith_stretch"}  # the closest twin of each
_FILTER_AM = "min_rolloff={rolloff}, max_rolloff={rolloff}, zero_phase={zero_phase}, p={p:g})"
_BAND_AM = (
    "(min_center_freq={center_hz_lo:g}, max_center_freq={center_hz_hi:g}, "
    "min_bandwidth_fraction={bw_lo:g}, max_bandwidth_fraction={bw_hi:g}, " + _FILTER_AM
)


def _band_am(name: str) -> Callable[[Mapping[str, Any], float], str]:
    """A band filter in audiomentations, whose bandwidth fraction must stay below 2 (about 2.5 octaves).

    A wider band is capped at ``MAX_BANDWIDTH_FRACTION`` and the exported code
    says so in a comment: the code then runs, and the reader knows what differs.
    """

    def fraction(fields: dict[str, Any], end: str) -> float:
        return min(_octaves_to_fraction(fields[f"bandwidth_{end}"]), MAX_BANDWIDTH_FRACTION)

    write = _am(name + _BAND_AM, bw_lo=lambda f: fraction(f, "lo"), bw_hi=lambda f: fraction(f, "hi"))

    def build(settings: Mapping[str, Any], p: float) -> str:
        code = write(settings, p)
        widest = float(settings["bandwidth"][1])
        if _octaves_to_fraction(widest) < MAX_BANDWIDTH_FRACTION:
            return code
        octaves = _fraction_to_octaves(MAX_BANDWIDTH_FRACTION)
        return (
            f"# {name}: the studio's band reaches {widest:g} octaves, wider than audiomentations allows\n"
            f"# (a bandwidth fraction below 2): capped at {MAX_BANDWIDTH_FRACTION:g}, about {octaves:.2f} octaves\n"
            + code
        )

    return build


def _normalize_am(settings: Mapping[str, Any], p: float) -> str | None:
    """audiomentations' Normalize always goes to a 0 dBFS peak: equivalent only for that setting."""
    if settings["mode"] == "peak" and max(abs(v) for v in settings["target_db"]) < 0.05:
        return f"Normalize(p={p:g})"
    return None


def _time_mask_am(settings: Mapping[str, Any], p: float) -> str:
    """audiomentations' TimeMask silences one span of the waveform; repeat it for several masks."""
    line = f"TimeMask(min_band_part=0.0, max_band_part={settings['max_width'][1]:g}, fade_duration=0.0, p={p:g})"
    return "\n".join([line] * int(settings["n_masks"][1]))  # one call per line


TRANSFORMS: tuple[AudioTransform, ...] = (
    AudioTransform(
        "gain", "loudness", (_r("gain_db", -24, 12, (-6.0, 6.0), 0.5, "dB"),), fn=basic.gain,
        equivalent=_am("Gain(min_gain_db={gain_db_lo:g}, max_gain_db={gain_db_hi:g}, p={p:g})"),
    ),
    AudioTransform(
        "gain_transition", "loudness",
        (_r("start_db", -24, 12, (-18.0, 0.0), 0.5, "dB"), _r("end_db", -24, 12, (-18.0, 0.0), 0.5, "dB"),
         _r("duration_s", 0.05, 5.0, (0.5, 2.0), 0.05, "s"), _r("position", 0.0, 1.0, (0.0, 1.0), 0.05)),
        fn=basic.gain_transition,
        equivalent=_am(
            "GainTransition(min_gain_db={lo:g}, max_gain_db={hi:g}, min_duration={duration_s_lo:g}, "
            "max_duration={duration_s_hi:g}, duration_unit=\"seconds\", p={p:g})",
            lo=lambda f: min(f["start_db_lo"], f["end_db_lo"]), hi=lambda f: max(f["start_db_hi"], f["end_db_hi"]),
        ),
    ),
    AudioTransform(
        "normalize", "loudness",
        (_r("target_db", -40, 0, (-6.0, -1.0), 0.5, "dBFS"), _c("mode", ("peak", "rms"), "peak")),
        fn=basic.normalize, equivalent=_normalize_am,
    ),
    AudioTransform(
        "fade", "loudness",
        (_r("fade_in_s", 0, 3, (0.1, 0.5), 0.05, "s"), _r("fade_out_s", 0, 3, (0.1, 0.5), 0.05, "s"),
         _c("shape", ("linear", "cosine"), "cosine")),
        fn=basic.fade,
    ),
    AudioTransform(
        "gaussian_noise", "noise", (_r("snr_db", -10, 60, (10.0, 30.0), 0.5, "dB"),), fn=basic.gaussian_noise,
        extra=seed_extra,
        equivalent=_am("AddGaussianSNR(min_snr_db={snr_db_lo:g}, max_snr_db={snr_db_hi:g}, p={p:g})"),
    ),
    AudioTransform(
        "background_noise", "noise",
        (_c("noise", NOISE_IDS, NOISE_IDS[-1]), _r("snr_db", -10, 40, (5.0, 20.0), 0.5, "dB")),
        fn=basic.background_noise, extra=seed_extra,
        equivalent=_am(
            "AddBackgroundNoise(sounds_path=\"assets/noise/{file}.wav\", min_snr_db={snr_db_lo:g}, "
            "max_snr_db={snr_db_hi:g}, p={p:g})",
            file=lambda f: f["noise"].removeprefix("noise_"),
        ),
    ),
    AudioTransform(
        "shift", "time",
        (_r("shift_fraction", -0.5, 0.5, (-0.25, 0.25), 0.01), _c("mode", ("roll", "pad"), "roll")),
        fn=basic.shift,
        equivalent=_am(
            "Shift(min_shift={shift_fraction_lo:g}, max_shift={shift_fraction_hi:g}, shift_unit=\"fraction\", "
            "rollover={roll}, fade_duration=0.0, p={p:g})",
            roll=lambda f: f["mode"] == "roll",
        ),
    ),
    AudioTransform(
        "time_stretch", "time",
        (_r("stretch_rate", 0.5, 2.0, (0.8, 1.25), 0.01, "×", log=True), _b("keep_length"), _METHOD),
        fn=tp.time_stretch, changes_length=True, absent=_ABSENT_METHOD,
        equivalent=_am(
            "TimeStretch(min_rate={stretch_rate_lo:g}, max_rate={stretch_rate_hi:g}, "
            "leave_length_unchanged={keep_length}, method=\"{am_method}\", p={p:g})",
            am_method=lambda f: _AM_METHOD[f["method"]],
        ),
    ),
    AudioTransform(
        "speed", "time", (_r("factor", 0.5, 2.0, (0.9, 1.1), 0.01, "×", log=True),), fn=tp.speed,
        changes_length=True,
    ),
    AudioTransform("reverse", "time", fn=basic.reverse, equivalent=_am("Reverse(p={p:g})")),
    AudioTransform(
        "pitch_shift", "pitch", (_r("semitones", -12, 12, (-4.0, 4.0), 0.5), _METHOD), fn=tp.pitch_shift,
        absent=_ABSENT_METHOD,
        equivalent=_am(
            "PitchShift(min_semitones={semitones_lo:g}, max_semitones={semitones_hi:g}, method=\"{am_method}\", "
            "p={p:g})",
            am_method=lambda f: _AM_METHOD[f["method"]],
        ),
    ),
    AudioTransform(
        "low_pass", "filter",
        (_r("cutoff_hz", 100, 10000, (1000.0, 4000.0), 50, "Hz", log=True), _ROLLOFF, _b("zero_phase")),
        fn=filters.low_pass,
        equivalent=_am("LowPassFilter(min_cutoff_freq={cutoff_hz_lo:g}, max_cutoff_freq={cutoff_hz_hi:g}, "
                       + _FILTER_AM),
    ),
    AudioTransform(
        "high_pass", "filter",
        (_r("cutoff_hz", 20, 4000, (200.0, 1000.0), 10, "Hz", log=True), _ROLLOFF, _b("zero_phase")),
        fn=filters.high_pass,
        equivalent=_am("HighPassFilter(min_cutoff_freq={cutoff_hz_lo:g}, max_cutoff_freq={cutoff_hz_hi:g}, "
                       + _FILTER_AM),
    ),
    AudioTransform(
        "band_pass", "filter",
        (_r("center_hz", 100, 8000, (500.0, 2000.0), 50, "Hz", log=True),
         _r("bandwidth", 0.25, 4.0, (1.0, 2.0), 0.05, "oct"), _ROLLOFF, _b("zero_phase")),
        fn=filters.band_pass, equivalent=_band_am("BandPassFilter"),
    ),
    AudioTransform(
        "band_stop", "filter",
        (_r("center_hz", 100, 8000, (500.0, 4000.0), 50, "Hz", log=True),
         _r("bandwidth", 0.1, 2.0, (0.3, 1.0), 0.05, "oct"), _ROLLOFF, _b("zero_phase")),
        fn=filters.band_stop, equivalent=_band_am("BandStopFilter"),
    ),
    AudioTransform(
        "peaking_eq", "filter",
        (_r("center_hz", 50, 8000, (200.0, 4000.0), 50, "Hz", log=True),
         _r("gain_db", -24, 24, (-12.0, 12.0), 0.5, "dB"),
         _r("q", 0.3, 10.0, (0.7, 3.0), 0.1)),
        fn=filters.peaking_eq,
        equivalent=_am(
            "PeakingFilter(min_center_freq={center_hz_lo:g}, max_center_freq={center_hz_hi:g}, min_gain_db="
            "{gain_db_lo:g}, max_gain_db={gain_db_hi:g}, min_q={q_lo:g}, max_q={q_hi:g}, p={p:g})"
        ),
    ),
    AudioTransform(
        "clipping", "distortion", (_r("percentile", 0, 40, (5.0, 20.0), 1, "%"),), fn=basic.clipping,
        equivalent=_am(
            "ClippingDistortion(min_percentile_threshold={lo}, max_percentile_threshold={hi}, p={p:g})",
            lo=lambda f: round(f["percentile_lo"]), hi=lambda f: round(f["percentile_hi"]),
        ),
    ),
    AudioTransform("distortion", "distortion", (_r("drive_db", 0, 40, (6.0, 24.0), 1, "dB"),), fn=basic.distortion),
    AudioTransform(
        "bit_crush", "distortion", (_i("bits", 1, 16, (4, 8), "bit"),), fn=basic.bit_crush,
        equivalent=_am("BitCrush(min_bit_depth={bits_lo}, max_bit_depth={bits_hi}, p={p:g})"),
    ),
    AudioTransform("polarity", "distortion", fn=basic.polarity, equivalent=_am("PolarityInversion(p={p:g})")),
    AudioTransform(
        "reverb", "room", (_r("room_size_m", 2, 30, (3.0, 12.0), 0.5, "m"), _r("wet", 0, 1, (0.2, 0.5), 0.05)),
        fn=room.reverb, extra=seed_extra,
    ),
    AudioTransform(
        "time_mask", "spectrogram", (_i("n_masks", 1, 6, (1, 2)), _r("max_width", 0.01, 0.3, (0.05, 0.1), 0.01)),
        fn=spec.time_mask, extra=spec.draw_masks, equivalent=_time_mask_am,
    ),
    AudioTransform(
        "freq_mask", "spectrogram", (_i("n_masks", 1, 4, (1, 2)), _r("max_width", 0.01, 0.5, (0.05, 0.15), 0.01)),
        fn=spec.freq_mask, extra=spec.draw_masks,
    ),
)  # fmt: skip

AUDIO_TRANSFORMS: Registry[AudioTransform] = Registry("audio transform", TRANSFORMS)
