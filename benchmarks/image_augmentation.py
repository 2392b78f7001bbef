"""Image augmentation speed: this playground's engine against albumentations 2.0.8, side by side.

The issue's six-step pipeline (rotate ±30°, random resized crop to 512,
horizontal flip p=0.5, brightness/contrast, Gaussian blur, Gaussian noise) on
a 1024×768 photo (the bundled coffee photo, resized), one thread for both
(``cv2.setNumThreads(1)``: albumentations runs on OpenCV too). Each transform
alone (p=1) gets a row, then the whole pipeline.

Timing: every call draws fresh random parameters on both sides; the calls of
the two libraries alternate one by one and each side's median call time is
reported, the most stable figure on a shared 2-core machine.

Run: ``python benchmarks/image_augmentation.py``; the last line is
``RESULT image_pipeline_speed_vs_albumentations=<ratio>`` (above 1 means faster).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import albumentations as A  # noqa: N812 - the name every albumentations example uses

from playground.augment.image.pipeline import Pipeline, Step, run_draw
from playground.data.samples import sample_bytes
from playground.io.images import decode_image

CALLS = 300  # calls per side and row; the median is robust to the odd slow call on a shared machine


def photo() -> np.ndarray:
    rgb = decode_image(sample_bytes("coffee")).rgb
    return cv2.resize(rgb, (1024, 768), interpolation=cv2.INTER_CUBIC)


# (row name, our step, the albumentations transform with the same distribution of parameters)
STEPS: list[tuple[str, Step, Callable[[float], A.BasicTransform]]] = [
    ("rotate ±30°", Step("rotate", 1.0, {"limit": (-30.0, 30.0), "border": "constant"}),
     lambda p: A.Rotate(limit=(-30, 30), border_mode=cv2.BORDER_CONSTANT, p=p)),
    ("random resized crop 512",
     Step("random_resized_crop", 1.0, {"size": 512, "scale": (0.08, 1.0), "ratio": (0.75, 1.33)}),
     lambda p: A.RandomResizedCrop(size=(512, 512), scale=(0.08, 1.0), ratio=(0.75, 1.33), p=p)),
    ("horizontal flip", Step("hflip", 1.0, {}), lambda p: A.HorizontalFlip(p=p)),
    ("brightness/contrast ±0.2", Step("brightness_contrast", 1.0, {"brightness": (-0.2, 0.2), "contrast": (-0.2, 0.2)}),
     lambda p: A.RandomBrightnessContrast(brightness_limit=(-0.2, 0.2), contrast_limit=(-0.2, 0.2), p=p)),
    ("Gaussian blur σ 0.5–2", Step("gaussian_blur", 1.0, {"sigma": (0.5, 2.0)}),
     lambda p: A.GaussianBlur(blur_limit=0, sigma_limit=(0.5, 2.0), p=p)),
    ("Gaussian noise σ 2–8 %", Step("gaussian_noise", 1.0, {"std": (0.02, 0.08)}),
     lambda p: A.GaussNoise(std_range=(0.02, 0.08), p=p)),
]  # fmt: skip
PIPELINE_P = {"horizontal flip": 0.5}  # the pipeline: every step always, except the flip


def paired_median_ms(ours: Callable[[int], object], theirs: Callable[[int], object]) -> tuple[float, float]:
    """Median call time of each side, calls paired and alternated so load from other processes hits both alike."""
    ours_times, theirs_times = [], []
    for i in range(CALLS):
        pair = ((ours, ours_times), (theirs, theirs_times))
        for call, times in pair if i % 2 == 0 else pair[::-1]:
            start = time.perf_counter()
            call(i)
            times.append(time.perf_counter() - start)
    return float(np.median(ours_times) * 1e3), float(np.median(theirs_times) * 1e3)


def main() -> None:
    cv2.setNumThreads(1)
    image = photo()
    print(f"1024x768 photo, 1 thread, albumentations {A.__version__}, OpenCV {cv2.__version__}, NumPy {np.__version__}")
    print(f"median of {CALLS} alternating calls per side, fresh random parameters on every call\n")
    print(f"{'transform':28s} {'playground ms':>14s} {'albumentations ms':>18s} {'speed-up':>9s}")
    rows = []
    for name, step, make in STEPS:
        ours_pipeline = Pipeline([step]).prepare()  # resolved once, as A.Compose is built once
        theirs = A.Compose([make(1.0)], seed=0)
        # warm-up both (first calls allocate and build tables)
        run_draw(ours_pipeline, image, 0, 0)
        theirs(image=image)
        ours_ms, theirs_ms = paired_median_ms(
            lambda i, pipe=ours_pipeline: run_draw(pipe, image, 0, i), lambda i, t=theirs: t(image=image)
        )
        rows.append((name, ours_ms, theirs_ms))
        print(f"{name:28s} {ours_ms:14.3f} {theirs_ms:18.3f} {theirs_ms / ours_ms:8.2f}x")

    ours_pipeline = Pipeline([Step(s.name, PIPELINE_P.get(n, 1.0), s.params) for n, s, _ in STEPS]).prepare()
    theirs = A.Compose([make(PIPELINE_P.get(n, 1.0)) for n, _, make in STEPS], seed=0)
    run_draw(ours_pipeline, image, 0, 0)
    theirs(image=image)
    ours_ms, theirs_ms = paired_median_ms(lambda i: run_draw(ours_pipeline, image, 0, i), lambda i: theirs(image=image))
    ratio = theirs_ms / ours_ms
    print(f"{'whole 6-step pipeline':28s} {ours_ms:14.3f} {theirs_ms:18.3f} {ratio:8.2f}x")
    slower = [name for name, ours, theirs_ in rows if ours > theirs_]
    print(f"\ntransforms slower than albumentations: {', '.join(slower) if slower else 'none'}")
    print(f"RESULT image_pipeline_speed_vs_albumentations={ratio:.3f}")


if __name__ == "__main__":
    main()
