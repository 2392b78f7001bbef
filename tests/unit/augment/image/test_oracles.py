"""Each transform against a trusted oracle: NumPy, OpenCV called directly, SciPy, or albumentations 2.0.8
with the same deterministic parameters (a range with equal ends)."""

from __future__ import annotations

import albumentations as A  # noqa: N812 - the name every albumentations example uses
import cv2
import numpy as np
import pytest
from scipy import ndimage

from playground.augment.image.registry import IMAGE_TRANSFORMS as T


def apply(name: str, img: np.ndarray, **sampled) -> np.ndarray:
    return T[name].apply(img, sampled)


def albu(transform: A.BasicTransform, img: np.ndarray) -> np.ndarray:
    return A.Compose([transform], seed=0)(image=img)["image"]


def max_diff(a: np.ndarray, b: np.ndarray) -> int:
    assert a.shape == b.shape
    return int(np.abs(a.astype(int) - b.astype(int)).max())


# --- geometry ----------------------------------------------------------------------------------


def test_flips_and_transpose_match_numpy(image: np.ndarray) -> None:
    np.testing.assert_array_equal(apply("hflip", image), image[:, ::-1])
    np.testing.assert_array_equal(apply("vflip", image), image[::-1])
    np.testing.assert_array_equal(apply("transpose", image), image.transpose(1, 0, 2))


def test_crops_match_numpy_slicing(image: np.ndarray) -> None:
    box = {"x": 7, "y": 5, "w": 40, "h": 30}
    np.testing.assert_array_equal(apply("random_crop", image, **box), image[5:35, 7:47])
    np.testing.assert_array_equal(apply("center_crop", image, **box), image[5:35, 7:47])
    out = apply("random_resized_crop", image, **box, size=64)
    np.testing.assert_array_equal(out, cv2.resize(image[5:35, 7:47], (64, 64), interpolation=cv2.INTER_LINEAR))


def test_center_crop_and_resize_sampling(image: np.ndarray) -> None:
    rng = np.random.default_rng(0)
    box = T["center_crop"].sample(rng, {"fraction": 0.5}, image.shape)
    assert box == {"x": 32, "y": 24, "w": 64, "h": 48}
    size = T["resize"].sample(rng, {"longest_side": 64}, image.shape)
    assert size == {"w": 64, "h": 48}
    np.testing.assert_array_equal(
        apply("resize", image, **size), cv2.resize(image, (64, 48), interpolation=cv2.INTER_AREA)
    )


@pytest.mark.parametrize(("border", "mode"), [("reflect", "reflect"), ("constant", "constant")])
def test_pad_matches_numpy_pad(image: np.ndarray, border: str, mode: str) -> None:
    out = apply("pad", image, top=3, bottom=5, left=7, right=2, border=border)
    np.testing.assert_array_equal(out, np.pad(image, ((3, 5), (7, 2), (0, 0)), mode=mode))


def test_rotate_matches_albumentations(image: np.ndarray) -> None:
    ours = apply("rotate", image, angle=30.0, border="constant")
    theirs = albu(A.Rotate(limit=(30, 30), border_mode=cv2.BORDER_CONSTANT, p=1), image)
    interior = (slice(20, -20), slice(20, -20))
    assert np.abs(ours[interior].astype(int) - theirs[interior].astype(int)).mean() < 1.0


def test_affine_translation_by_whole_pixels_is_a_shift(image: np.ndarray) -> None:
    h, w = image.shape[:2]
    out = apply("affine", image, scale=1.0, tx=8 / w, ty=-4 / h, shear=0.0, border="constant")
    np.testing.assert_array_equal(out[0 : h - 4, 8:], image[4:, : w - 8])
    assert not out[:, :8].any()


def test_affine_zoom_matches_opencv_about_the_centre(image: np.ndarray) -> None:
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D(((w - 1) / 2, (h - 1) / 2), 0, 1.5)
    expected = cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    out = apply("affine", image, scale=1.5, tx=0.0, ty=0.0, shear=0.0, border="constant")
    assert max_diff(out, expected) <= 1


def test_perspective_with_no_offset_is_the_identity(image: np.ndarray) -> None:
    np.testing.assert_array_equal(apply("perspective", image, offsets=[0.0] * 8, border="constant"), image)


def test_smooth_distortions_with_zero_strength_are_the_identity(image: np.ndarray) -> None:
    np.testing.assert_array_equal(apply("elastic", image, alpha=0.0, sigma=20.0, seed=5), image)
    np.testing.assert_array_equal(apply("optical_distortion", image, k=0.0), image)
    np.testing.assert_array_equal(apply("grid_distortion", image, x_steps=[1.0] * 4, y_steps=[1.0] * 4), image)


def test_grid_distortion_stretches_the_first_cell(image: np.ndarray) -> None:
    """With steps (2, 1, 1) the first output third reads the first half of the source: a NumPy oracle."""
    out = apply("grid_distortion", image, x_steps=[2.0, 1.0, 1.0], y_steps=[1.0, 1.0, 1.0])
    w = image.shape[1]
    source_x = np.interp(np.arange(w), np.linspace(0, w - 1, 4), np.array([0, 2, 3, 4]) / 4 * (w - 1))
    expected = cv2.remap(
        image, np.tile(source_x.astype(np.float32), (image.shape[0], 1)),
        np.repeat(np.arange(image.shape[0], dtype=np.float32)[:, None], w, axis=1), cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REFLECT_101,
    )  # fmt: skip
    assert max_diff(out, expected) <= 1


# --- colour ------------------------------------------------------------------------------------


def test_brightness_contrast_matches_albumentations(image: np.ndarray) -> None:
    ours = apply("brightness_contrast", image, alpha=1.2, beta=0.1)
    theirs = albu(A.RandomBrightnessContrast(brightness_limit=(0.1, 0.1), contrast_limit=(0.2, 0.2), p=1), image)
    assert max_diff(ours, theirs) <= 1
    brighter = apply("brightness", image, beta=0.1)
    assert max_diff(brighter, np.clip(image.astype(int) + 25.5, 0, 255).round().astype(np.uint8)) <= 1


def test_contrast_scales_around_the_mean_grey(image: np.ndarray) -> None:
    mean = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY).mean()
    expected = np.clip(np.rint((image.astype(float) - mean) * 1.5 + mean), 0, 255)
    assert max_diff(apply("contrast", image, factor=1.5), expected.astype(np.uint8)) <= 1


def test_gamma_matches_albumentations(image: np.ndarray) -> None:
    theirs = albu(A.RandomGamma(gamma_limit=(150, 150), p=1), image)
    assert max_diff(apply("gamma", image, gamma=1.5), theirs) <= 1


def test_hsv_shift_matches_albumentations(image: np.ndarray) -> None:
    theirs = albu(
        A.HueSaturationValue(hue_shift_limit=(10, 10), sat_shift_limit=(-20, -20), val_shift_limit=(15, 15), p=1), image
    )
    assert max_diff(apply("hsv_shift", image, hue=10, saturation=-20, value=15), theirs) <= 1


def test_per_channel_and_lookup_transforms_match_numpy(image: np.ndarray) -> None:
    shifted = np.clip(image.astype(int) + np.array([10, -20, 30]), 0, 255).astype(np.uint8)
    np.testing.assert_array_equal(apply("rgb_shift", image, r=10, g=-20, b=30), shifted)
    np.testing.assert_array_equal(apply("channel_shuffle", image, order=[2, 0, 1]), image[..., [2, 0, 1]])
    np.testing.assert_array_equal(apply("invert", image), 255 - image)
    np.testing.assert_array_equal(apply("posterize", image, bits=3), image & 0b11100000)
    np.testing.assert_array_equal(apply("solarize", image, threshold=128), np.where(image >= 128, 255 - image, image))
    np.testing.assert_array_equal(apply("posterize", image, bits=3), albu(A.Posterize(num_bits=(3, 3), p=1), image))


def test_to_gray_matches_the_bt601_weights(image: np.ndarray) -> None:
    gray = np.rint(image @ np.array([0.299, 0.587, 0.114]))
    out = apply("to_gray", image)
    assert max_diff(out[..., 0], gray.astype(np.uint8)) <= 1
    assert (out[..., 0] == out[..., 1]).all() and (out[..., 1] == out[..., 2]).all()


def test_equalize_and_clahe_match_albumentations(image: np.ndarray) -> None:
    np.testing.assert_array_equal(apply("equalize", image), albu(A.Equalize(mode="cv", by_channels=True, p=1), image))
    theirs = albu(A.CLAHE(clip_limit=(3.0, 3.0), tile_grid_size=(4, 4), p=1), image)
    assert max_diff(apply("clahe", image, clip_limit=3.0, tiles=4), theirs) <= 1


def test_sharpen_and_emboss_match_albumentations(image: np.ndarray) -> None:
    theirs = albu(A.Sharpen(alpha=(0.4, 0.4), lightness=(0.8, 0.8), method="kernel", p=1), image)
    assert max_diff(apply("sharpen", image, alpha=0.4, lightness=0.8), theirs) <= 1
    theirs = albu(A.Emboss(alpha=(0.3, 0.3), strength=(0.5, 0.5), p=1), image)
    assert max_diff(apply("emboss", image, alpha=0.3, strength=0.5), theirs) <= 1


def test_color_jitter_brightness_alone_is_a_scaling(image: np.ndarray) -> None:
    out = apply("color_jitter", image, brightness=1.2, contrast=1.0, saturation=1.0, hue=0.0)
    assert max_diff(out, np.clip(np.rint(image * 1.2), 0, 255).astype(np.uint8)) <= 1


# --- blur, noise, quality ------------------------------------------------------------------------


@pytest.mark.parametrize("sigma", [0.6, 1.3, 2.5])
def test_gaussian_blur_matches_opencv(image: np.ndarray, sigma: float) -> None:
    size = 2 * max(1, round(3 * sigma)) + 1
    assert max_diff(apply("gaussian_blur", image, sigma=sigma), cv2.GaussianBlur(image, (size, size), sigma)) <= 1


def test_median_blur_matches_scipy_inside(image: np.ndarray) -> None:
    out = apply("median_blur", image, size=5)
    expected = ndimage.median_filter(image, size=(5, 5, 1))
    np.testing.assert_array_equal(out[2:-2, 2:-2], expected[2:-2, 2:-2])


def test_horizontal_motion_blur_is_a_horizontal_box_filter(image: np.ndarray) -> None:
    out = apply("motion_blur", image, size=7, angle=0.0)
    assert max_diff(out, cv2.blur(image, (7, 1), borderType=cv2.BORDER_REFLECT_101)) <= 1


def test_defocus_is_a_normalised_disk_convolution(image: np.ndarray) -> None:
    out = apply("defocus", image, radius=3)
    yy, xx = np.mgrid[-3:4, -3:4]
    disk = (xx**2 + yy**2 <= 9).astype(float)
    expected = np.stack([ndimage.convolve(image[..., c].astype(float), disk / disk.sum()) for c in range(3)], -1)
    assert max_diff(out[3:-3, 3:-3], np.rint(expected[3:-3, 3:-3]).astype(np.uint8)) <= 1


@pytest.mark.parametrize("method", ["exact", "fast_table"])
def test_gaussian_noise_has_the_requested_spread_and_no_bias(method: str) -> None:
    """Both methods; their tails (where they differ) are checked in ``test_noise``."""
    grey = np.full((256, 256, 3), 128, np.uint8)
    out = apply("gaussian_noise", grey, std=0.05, seed=11, method=method).astype(float) - 128
    assert abs(out.mean()) < 0.2
    assert abs(out.std() - 0.05 * 255) < 0.05 * 255 * 0.03
    np.testing.assert_array_equal(
        apply("gaussian_noise", grey, std=0.05, seed=11, method=method),
        apply("gaussian_noise", grey, std=0.05, seed=11, method=method),
    )
    assert (apply("gaussian_noise", grey, std=0.05, seed=12, method=method) != out + 128).any()


def test_multiplicative_and_salt_pepper_noise_statistics() -> None:
    grey = np.full((256, 256, 3), 100, np.uint8)
    out = apply("multiplicative_noise", grey, low=0.8, high=1.2, seed=3).astype(float)
    assert abs(out.mean() - 100) < 0.5 and out.min() >= 80 and out.max() <= 120
    out = apply("salt_pepper", grey, amount=0.1, seed=4)
    salt, pepper = (out == 255).all(-1).mean(), (out == 0).all(-1).mean()
    assert abs(salt - 0.05) < 0.005 and abs(pepper - 0.05) < 0.005


def test_jpeg_and_downscale_match_opencv(image: np.ndarray) -> None:
    _, data = cv2.imencode(".jpg", cv2.cvtColor(image, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 40])
    expected = cv2.cvtColor(cv2.imdecode(data, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    np.testing.assert_array_equal(apply("jpeg", image, quality=40), expected)
    # albumentations hands RGB to OpenCV's encoder as if it were BGR (chroma weights then land on the wrong
    # channels); given the BGR image it must agree with us exactly.
    bgr = cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
    theirs = cv2.cvtColor(albu(A.ImageCompression(quality_range=(40, 40), p=1), bgr), cv2.COLOR_BGR2RGB)
    np.testing.assert_array_equal(apply("jpeg", image, quality=40), theirs)
    small = cv2.resize(image, (32, 24), interpolation=cv2.INTER_AREA)
    expected = cv2.resize(small, (128, 96), interpolation=cv2.INTER_NEAREST)
    np.testing.assert_array_equal(apply("downscale", image, scale=0.25), expected)


# --- occlusion ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("fill", "value"), [("black", 0), ("gray", 128)])
def test_dropout_fills_exactly_the_recorded_rectangles(image: np.ndarray, fill: str, value: int) -> None:
    rects = [[5, 6, 10, 8], [50, 40, 20, 30]]
    out = apply("coarse_dropout", image, rects=rects, fill=fill, seed=0)
    mask = np.zeros(image.shape[:2], bool)
    for x, y, w, h in rects:
        mask[y : y + h, x : x + w] = True
    assert (out[mask] == value).all()
    np.testing.assert_array_equal(out[~mask], image[~mask])


def test_grid_dropout_holes_follow_the_lattice(image: np.ndarray) -> None:
    out = apply("grid_dropout", image, unit=32, hole=16, shift_x=8, shift_y=4, fill="black", seed=0)
    yy, xx = np.mgrid[0 : image.shape[0], 0 : image.shape[1]]
    holes = ((xx - 8) % 32 < 16) & ((yy - 4) % 32 < 16)
    assert (out[holes] == 0).all()
    np.testing.assert_array_equal(out[~holes], image[~holes])


def test_random_erasing_area_stays_in_range(image: np.ndarray) -> None:
    rng = np.random.default_rng(0)
    for _ in range(50):
        s = T["random_erasing"].sample(rng, {"scale": (0.05, 0.2), "ratio": (0.5, 2.0), "fill": "noise"}, image.shape)
        (x, y, w, h), area = s["rects"][0], image.shape[0] * image.shape[1]
        assert 0.04 * area <= w * h <= 0.21 * area
        assert x >= 0 and x + w <= image.shape[1] and y >= 0 and y + h <= image.shape[0]
