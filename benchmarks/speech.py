"""Speech lab front end: our batched log-mel (the audio studio's STFT and mel bank) vs librosa 0.11, same clips.

What is compared, and why it is fair:
- the same clips: the lab's spoken digits (1 s at 8 kHz each, shipped in
  ``assets/speech/digits/``), as float32;
- the same parameters on both sides: n_fft 256, hop 128, 40 mel bands, 0 Hz to
  Nyquist, power 2, HTK mel scale without area normalisation (``norm=None``),
  a periodic Hann window, centred frames padded with zeros;
- the same output: mel power per clip (our full-scale reference is undone),
  compared cell by cell where it matters (within 80 dB of each clip's peak,
  the range the lab's images keep), as a maximum relative error and in dB;
- librosa twice: one ``melspectrogram`` call per clip (how most feature
  scripts use it) and one call on the whole batch (librosa accepts a
  ``(clips, samples)`` array); the RESULT ratio is against the FASTER of the two;
- timing: blocks of whole-set passes alternating between the sides so the
  machine's drift hits all, the median block reported; one warm-up pass each.
  Our last frame (a partial hop at the end) is one more than librosa's: it is
  computed (and timed) but not compared.

    python benchmarks/speech.py          # about half a minute
    python benchmarks/speech.py --smoke  # a few clips, every RESULT line, a few seconds

RESULT lines end the output: ``logmel_vs_librosa`` is librosa's time over ours (above 1 = we are faster).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playground.speech.data_views import digits
from playground.speech.features import HOP, N_FFT, N_MELS, mel_power

TOP_DB = 80.0


def ours(clips: np.ndarray, rate: int) -> np.ndarray:
    return mel_power(clips, rate, N_FFT, HOP, N_MELS) * np.float32((N_FFT / 4) ** 2)


def librosa_each(clips: np.ndarray, rate: int) -> list[np.ndarray]:
    import librosa  # noqa: PLC0415

    return [librosa.feature.melspectrogram(y=clip, sr=rate, **_params(rate)) for clip in clips]


def librosa_batch(clips: np.ndarray, rate: int) -> np.ndarray:
    import librosa  # noqa: PLC0415

    return librosa.feature.melspectrogram(y=clips, sr=rate, **_params(rate))


def _params(rate: int) -> dict[str, object]:
    return {"n_fft": N_FFT, "hop_length": HOP, "n_mels": N_MELS, "fmin": 0.0, "fmax": rate / 2, "power": 2.0,
            "htk": True, "norm": None, "window": "hann", "center": True, "pad_mode": "constant"}  # fmt: skip


def compare(mine: np.ndarray, theirs: np.ndarray) -> tuple[float, float]:
    """Max relative error and max |dB| difference over cells within ``TOP_DB`` of each clip's peak."""
    frames = min(mine.shape[-1], theirs.shape[-1])
    a, b = mine[..., :frames].astype(np.float64), theirs[..., :frames].astype(np.float64)
    peak = b.max(axis=(-2, -1), keepdims=True)
    kept = b >= peak * 10 ** (-TOP_DB / 10)
    relative = np.abs(a - b)[kept] / b[kept]
    db = np.abs(10 * np.log10(np.maximum(a[kept], 1e-30) / b[kept]))
    return float(relative.max()), float(db.max())


def timed(work: Callable[[], object], blocks: int, passes: int) -> list[float]:
    times = []
    for _ in range(blocks):
        start = time.perf_counter()
        for _ in range(passes):
            work()
        times.append((time.perf_counter() - start) / passes)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few clips and passes: checks the script, not speed")
    args = parser.parse_args()
    data = digits()
    clips, rate = (data.clips[:20], data.rate) if args.smoke else (data.clips, data.rate)
    blocks, passes = (2, 1) if args.smoke else (7, 3)
    warnings.simplefilter("ignore")
    sides: dict[str, Callable[[], object]] = {
        "ours (batched, audio studio's STFT)": lambda: ours(clips, rate),
        "librosa, one call per clip": lambda: librosa_each(clips, rate),
        "librosa, one call on the batch": lambda: librosa_batch(clips, rate),
    }
    for work in sides.values():
        work()  # warm-up: imports, FFT plans, filter banks
    results: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(blocks):  # alternate: drift hits every side alike
        for name, work in sides.items():
            results[name] += timed(work, 1, passes)
    median = {name: statistics.median(times) for name, times in results.items()}
    mine = ours(clips, rate)
    err_each = compare(mine, np.stack(librosa_each(clips, rate)))
    err_batch = compare(mine, librosa_batch(clips, rate))
    print(f"Speech front end: {len(clips)} clips of {clips.shape[1] / rate:g} s at {rate} Hz, n_fft {N_FFT}, "
          f"hop {HOP}, {N_MELS} mel bands (HTK, no norm), power 2"
          f"{'  [SMOKE: a few clips, figures mean nothing]' if args.smoke else ''}")  # fmt: skip
    print(f"\n{'side':40} {'s per set':>11} {'clips/s':>10} {'max rel err':>12} {'max |dB|':>9}")
    errors = {"ours (batched, audio studio's STFT)": (0.0, 0.0), "librosa, one call per clip": err_each,
              "librosa, one call on the batch": err_batch}  # fmt: skip
    for name, seconds in median.items():
        rel, db = errors[name]
        print(f"{name:40} {seconds:11.4f} {len(clips) / seconds:10.0f} {rel:12.2e} {db:9.2e}")
    fastest = min(median[name] for name in sides if name.startswith("librosa"))
    ours_s = median["ours (batched, audio studio's STFT)"]
    print("\n(errors: ours against each librosa side, over cells within 80 dB of each clip's peak)")
    print(f"RESULT logmel_clips_per_s={len(clips) / ours_s:.1f}")
    print(f"RESULT librosa_clips_per_s={len(clips) / fastest:.1f}")
    print(f"RESULT logmel_vs_librosa={fastest / ours_s:.2f}")
    print(f"RESULT logmel_vs_librosa_per_clip={median['librosa, one call per clip'] / ours_s:.2f}")
    print(f"RESULT logmel_max_rel_error={max(err_each[0], err_batch[0]):.2e}")
    print(f"RESULT logmel_max_db_error={max(err_each[1], err_batch[1]):.2e}")


if __name__ == "__main__":
    main()
