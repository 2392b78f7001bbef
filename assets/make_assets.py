"""Regenerate every bundled sample in ``assets/`` (images, sounds, noise clips).

Run from the repository root; every file is rebuilt with fixed seeds and fixed
texts, so a rerun with the same tools gives the same samples:

    apt-get install -y espeak-ng                   # speech (1.51 on Debian 12 made the committed files)
    python -m venv /tmp/assetvenv                  # a side venv, never the app's
    /tmp/assetvenv/bin/pip download --no-deps scikit-image==0.26.0 -d /tmp/skwheel
    python assets/make_assets.py --skimage /tmp/skwheel/scikit_image-0.26.0-*.whl

``--skimage`` takes the wheel itself (read as a zip, nothing installed) or a
``skimage/data`` folder, e.g. ``/tmp/assetvenv/lib/python3.11/site-packages/skimage/data``
after ``/tmp/assetvenv/bin/pip install --no-deps scikit-image==0.26.0``.
The interpreter running this script needs only the app's own numpy, scipy,
Pillow and soundfile (requirements.txt). Licences: see ``assets/LICENSES.md``.

Why these choices: photographs come from scikit-image because its wheel ships
them with public-domain or CC0 notes; speech comes from espeak-ng because it is
a Debian package (no model download) and its output is ours to license; music
and noise are synthesized with numpy so they need nothing at all. All audio is
mono 16-bit WAV at 22.05 kHz (espeak-ng's native rate, so speech is never
resampled); images are at most 1024 px on the longest side and under 1 MB.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import soundfile as sf
from PIL import Image, ImageCms, ImageDraw, ImageFont
from scipy import signal

ASSETS = Path(__file__).resolve().parent
RATE = 22_050
SEED = 20_240_601
# (source file in skimage/data, output name): astronaut, cat, coffee cup, launch scene, deep sky, grayscale.
PHOTOS = (
    ("astronaut.png", "astronaut.jpg"),
    ("chelsea.png", "chelsea.jpg"),
    ("coffee.png", "coffee.jpg"),
    ("rocket.jpg", "rocket.jpg"),
    ("hubble_deep_field.jpg", "hubble_deep_field.jpg"),
    ("camera.png", "camera.png"),
)
SENTENCE_EN = "Data augmentation teaches a network to ignore what does not matter."
# espeak-ng's Debian dictionary lacks most Hanzi (it spells them out in English), so the
# Chinese sentence is given as numbered pinyin: 你好，欢迎来到深度学习游乐场。
SENTENCE_ZH = "ni3 hao3, huan1 ying2 lai2 dao4 shen1 du4 xue2 xi2 you2 le4 chang3."
NOISY_TEXT = "Can you still hear me over the noise in this room?"
BABBLE = (
    ("en-us+m3", 150, 45, "The meeting moved to Thursday, so we booked the small room near the kitchen."),
    ("en-gb+f2", 165, 60, "I would like a large coffee with oat milk and one of those lemon cakes, please."),
    ("en-us+f4", 140, 70, "Last summer we drove along the coast and stopped in every little village."),
    ("en-gb+m1", 175, 35, "Could you pass me the menu? I still have not decided what to order tonight."),
    ("en-us+f1", 155, 55, "She said the train was late again because of the weather in the mountains."),
)


# ---------------------------------------------------------------- images
def read_skimage_file(source: Path, name: str) -> bytes:
    """One file of skimage/data, from the wheel (a zip) or from an installed folder."""
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as wheel:
            return wheel.read(f"skimage/data/{name}")
    return (source / name).read_bytes()


def to_srgb(image: Image.Image) -> Image.Image:
    """Bake a non-sRGB ICC profile into the pixels, because the saved file carries none."""
    icc = image.info.get("icc_profile")
    if icc and image.mode == "RGB":
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if not ImageCms.getProfileDescription(profile).strip().startswith("sRGB"):
            image = ImageCms.profileToProfile(image, profile, ImageCms.createProfile("sRGB"))
    return image


def save_photo(data: bytes, out: Path) -> None:
    """Re-encode without metadata: JPEG quality 90 for colour, lossless PNG for grayscale."""
    image = to_srgb(Image.open(io.BytesIO(data)))
    image.load()
    image.thumbnail((1024, 1024), Image.Resampling.LANCZOS)  # no-op for these, a guard for others
    if out.suffix == ".jpg":
        image.convert("RGB").save(out, "JPEG", quality=90, optimize=True)
    else:
        image.convert("L").save(out, "PNG", optimize=True)


def test_chart(width: int = 768, height: int = 512) -> Image.Image:
    """A grid with coloured shapes, text and ramps: any flip, rotation or colour change is obvious."""
    chart = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(chart)
    for x in range(0, width + 1, 32):
        draw.line([(x, 0), (x, height)], fill=(150, 150, 150) if x % 128 == 0 else (215, 215, 215), width=1)
    for y in range(0, height + 1, 32):
        draw.line([(0, y), (width, y)], fill=(150, 150, 150) if y % 128 == 0 else (215, 215, 215), width=1)
    draw.rectangle([0, 0, width - 1, height - 1], outline="black", width=3)
    draw.ellipse([48, 48, 176, 176], fill=(220, 40, 40), outline="black", width=3)  # top-left: red circle
    draw.rectangle([width - 176, 48, width - 48, 176], fill=(40, 170, 60), outline="black", width=3)
    draw.polygon([(48, 400), (176, 400), (112, 288)], fill=(40, 80, 220), outline="black", width=3)
    angles = np.linspace(0, 2 * np.pi, 10, endpoint=False)
    radii = np.where(np.arange(10) % 2 == 0, 64, 26)  # bottom-right: a five-pointed star
    star = [(width - 112 + r * np.sin(a), 344 - r * np.cos(a)) for a, r in zip(angles, radii, strict=True)]
    draw.polygon(star, fill=(245, 190, 20), outline="black", width=3)
    cx, cy = width // 2, height // 2 - 32
    draw.ellipse([cx - 96, cy - 96, cx + 96, cy + 96], outline="black", width=2)
    draw.line([(cx - 110, cy), (cx + 110, cy)], fill="black", width=2)
    draw.line([(cx, cy - 110), (cx, cy + 110)], fill="black", width=2)
    draw.polygon([(cx, cy - 150), (cx - 22, cy - 118), (cx + 22, cy - 118)], fill="black")  # arrow points up
    for i in range(8):  # left: a checkerboard, where blur and sharpening show first
        for j in range(4):
            if (i + j) % 2 == 0:
                draw.rectangle([48 + 16 * i, 208 + 16 * j, 63 + 16 * i, 223 + 16 * j], fill="black")
    for k, x in enumerate(range(width - 176, width - 48, 8)):  # right: bars getting finer, resizing aliases here
        draw.rectangle([x, 208, x + max(1, 4 - k // 4) - 1, 271], fill="black")
    big, small = ImageFont.load_default(size=72), ImageFont.load_default(size=22)
    draw.text((cx - 70, cy - 62), "F", font=big, fill=(120, 0, 160))  # a letter with no mirror symmetry
    draw.text((cx, 14), "TOP", font=small, fill="black", anchor="ma")
    draw.text((cx, 340), "Deep Learning Playground", font=small, fill="black", anchor="ma")
    for k, (x, y) in enumerate([(12, 8), (width - 26, 8), (12, height - 34), (width - 26, height - 34)]):
        draw.text((x, y), str(k + 1), font=small, fill="black")  # corners numbered like reading order
    bar_y, bar_w = height - 72, (width - 192) // 8
    colours = [(255, 0, 0), (255, 255, 0), (0, 255, 0), (0, 255, 255), (0, 0, 255), (255, 0, 255)]
    for k, colour in enumerate([*colours, (0, 0, 0), (255, 255, 255)]):
        draw.rectangle([96 + k * bar_w, bar_y, 96 + (k + 1) * bar_w, bar_y + 28], fill=colour, outline="black")
    ramp = np.tile(np.linspace(0, 255, width - 192).astype(np.uint8), (20, 1))
    chart.paste(Image.fromarray(ramp, "L").convert("RGB"), (96, bar_y + 34))
    return chart


# ---------------------------------------------------------------- audio helpers
def espeak(text: str, voice: str = "en-us", speed: int = 150, pitch: int = 50) -> np.ndarray:
    """Speak ``text`` with espeak-ng; return float samples at 22.05 kHz, leading/trailing silence cut."""
    cmd = ["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "--stdout", text]
    wav = subprocess.run(cmd, check=True, capture_output=True).stdout
    audio, rate = sf.read(io.BytesIO(wav), dtype="float64")
    if rate != RATE:
        raise RuntimeError(f"espeak-ng gave {rate} Hz, expected {RATE}")
    loud = np.flatnonzero(np.abs(audio) > 0.01)
    return audio[loud[0] : loud[-1] + 1]


def pad(audio: np.ndarray, before: float, after: float) -> np.ndarray:
    return np.concatenate([np.zeros(int(before * RATE)), audio, np.zeros(int(after * RATE))])


def fit(audio: np.ndarray, seconds: float) -> np.ndarray:
    """Centre ``audio`` in ``seconds`` of silence, like the one-second clips of spoken-word data sets."""
    spare = int(seconds * RATE) - audio.size
    return np.concatenate([np.zeros(spare // 2), audio, np.zeros(spare - spare // 2)])


def normalize_peak(audio: np.ndarray, peak_db: float = -1.0) -> np.ndarray:
    return audio * (10 ** (peak_db / 20) / np.max(np.abs(audio)))


def normalize_rms(audio: np.ndarray, rms_db: float) -> np.ndarray:
    return audio * (10 ** (rms_db / 20) / np.sqrt(np.mean(audio**2)))


def coloured_noise(rng: np.random.Generator, n: int, exponent: float) -> np.ndarray:
    """Noise whose power falls as 1/f**exponent (0 white, 1 pink, 2 brown), shaped in the frequency domain."""
    spectrum = np.fft.rfft(rng.standard_normal(n))
    freqs = np.fft.rfftfreq(n, 1 / RATE)
    freqs[0] = freqs[1]  # no infinite gain at DC
    shaped = np.fft.irfft(spectrum / freqs ** (exponent / 2), n)
    shaped = signal.sosfilt(signal.butter(2, 20, "highpass", fs=RATE, output="sos"), shaped)  # drop sub-audio drift
    return shaped / np.std(shaped)


def room_reverb(rng: np.random.Generator, audio: np.ndarray, rt60: float, wet: float) -> np.ndarray:
    """Convolve with a synthetic room: direct path plus exponentially decaying noise (-60 dB at ``rt60``)."""
    t = np.arange(int(rt60 * RATE)) / RATE
    tail = rng.standard_normal(t.size) * np.exp(-6.9 * t / rt60)
    tail = signal.sosfilt(signal.butter(2, 4000, "lowpass", fs=RATE, output="sos"), tail)  # walls absorb highs
    tail[: int(0.01 * RATE)] = 0  # first reflection after ~10 ms
    impulse = np.concatenate([[1.0], wet * tail / np.sqrt(np.sum(tail**2))])
    return signal.fftconvolve(audio, impulse)[: audio.size + int(0.3 * rt60 * RATE)]


def adsr(n: int, attack: float, decay: float, sustain: float, release: float) -> np.ndarray:
    """Attack-decay-sustain-release envelope over ``n`` samples; the release is the last ``release`` seconds."""
    a, d, r = int(attack * RATE), int(decay * RATE), int(release * RATE)
    s = max(n - a - d - r, 0)
    return np.concatenate(
        [np.linspace(0, 1, a), np.linspace(1, sustain, d), np.full(s, sustain), np.linspace(sustain, 0, r)]
    )[:n]


def note(freq: float, seconds: float) -> np.ndarray:
    """A plucked-string-like tone: eight slightly stretched harmonics, higher ones fading faster."""
    t = np.arange(int(seconds * RATE)) / RATE
    tone = sum(np.sin(2 * np.pi * freq * k * (1 + 0.0004 * k) * t) * np.exp(-t * 1.5 * k) / k**1.3 for k in range(1, 9))
    return tone * adsr(t.size, 0.008, 0.25, 0.55, 0.35)


def music() -> np.ndarray:
    """I-IV-V-I in C major, one second per bar: a chord plus an arpeggio above it, then a ringing tail."""
    semitone = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
    hz = {f"{n}{o}": 440 * 2 ** ((12 * (o + 1) + semitone[n] - 69) / 12) for n in semitone for o in (3, 4, 5)}
    bars = [("C3", "C4", "E4", "G4"), ("F3", "F4", "A4", "C5"), ("G3", "G4", "B4", "D5"), ("C3", "C4", "E4", "G4")]
    out = np.zeros(int(5.0 * RATE))
    for bar, (bass, *arpeggio) in enumerate(bars):
        start = bar * RATE
        chord_len = 2.0 if bar == 3 else 1.0
        for name in (bass, *arpeggio):
            tone = 0.5 * note(hz[name], chord_len)
            out[start : start + tone.size] += tone
        for i, name in enumerate([*arpeggio, arpeggio[1]]):
            tone = 0.7 * note(hz[name] * 2, 0.45)
            offset = start + int(i * 0.25 * RATE)
            out[offset : offset + tone.size] += tone
    return out


# ---------------------------------------------------------------- build
def write_wav(name: str, audio: np.ndarray) -> None:
    sf.write(ASSETS / name, audio.astype(np.float32), RATE, subtype="PCM_16", format="WAV")


def make_images(skimage_source: Path) -> None:
    (ASSETS / "images").mkdir(exist_ok=True)
    for source, target in PHOTOS:
        save_photo(read_skimage_file(skimage_source, source), ASSETS / "images" / target)
    test_chart().save(ASSETS / "images" / "test_chart.png", "PNG", optimize=True)


def make_sounds() -> None:
    rng = np.random.default_rng(SEED)
    (ASSETS / "audio").mkdir(exist_ok=True)
    (ASSETS / "noise").mkdir(exist_ok=True)
    write_wav("audio/speech_en.wav", normalize_peak(pad(espeak(SENTENCE_EN), 0.3, 0.4)))
    write_wav("audio/speech_zh.wav", normalize_peak(pad(espeak(SENTENCE_ZH, "cmn-latn-pinyin", 140), 0.3, 0.4)))
    write_wav("audio/digit_seven.wav", normalize_peak(fit(espeak("seven", speed=140), 1.5)))
    write_wav("audio/music_chords.wav", normalize_peak(music()))

    # A "bad phone-in": reverberant room, brown rumble at ~12 dB SNR, mains hum at 50 Hz with harmonics.
    speech = room_reverb(rng, pad(espeak(NOISY_TEXT, "en-gb", 145), 0.4, 0.0), rt60=0.6, wet=0.5)
    speech = normalize_rms(speech, -22.0)
    t = np.arange(speech.size) / RATE
    hum = sum(a * np.sin(2 * np.pi * 50 * k * t + k) for k, a in ((1, 1.0), (2, 0.5), (3, 0.35), (5, 0.15)))
    noise = normalize_rms(coloured_noise(rng, speech.size, 2.0), -34.0) + normalize_rms(hum, -36.0)
    write_wav("audio/noisy_speech.wav", normalize_peak(speech + noise, -3.0))

    n = 5 * RATE
    write_wav("noise/white.wav", normalize_rms(rng.standard_normal(n), -20.0))
    write_wav("noise/pink.wav", normalize_rms(coloured_noise(rng, n, 1.0), -20.0))
    babble = np.zeros(n + RATE)
    for voice, speed, pitch, text in BABBLE:  # five talkers, each entering at a random moment, looped to fill 6 s
        talk = espeak(text, voice, speed, pitch)
        talk = np.tile(talk, int(np.ceil(babble.size / talk.size)) + 1)
        start = rng.integers(0, talk.size // 2)
        babble += normalize_rms(talk[start : start + babble.size], -20.0)
    babble = room_reverb(rng, babble, rt60=0.8, wet=0.8)[RATE // 2 : RATE // 2 + n]  # blur words, drop onset
    write_wav("noise/babble.wav", normalize_rms(babble, -20.0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skimage", type=Path, help="scikit-image wheel (.whl) or its skimage/data folder")
    parser.add_argument("--only", choices=["images", "sounds"], help="rebuild only one kind")
    args = parser.parse_args()
    if args.only != "sounds":
        if args.skimage is None:
            parser.error("--skimage is needed to build the images (or pass --only sounds)")
        make_images(args.skimage)
    if args.only != "images":
        make_sounds()
    for path in sorted(ASSETS.glob("*/*.*")):
        print(f"{path.relative_to(ASSETS)}\t{path.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
