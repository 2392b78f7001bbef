"""Boxes and keypoints move exactly as a marker drawn on the image moves.

The oracle is the image itself: paint a small blob at each keypoint (one
colour channel per point) and a filled box, run a geometric transform on the
pixels, then find the blobs' centroids and the box mask's extent in the
output. They must agree with the transformed labels to about a pixel.
"""

from __future__ import annotations

import dataclasses
import json
import math
import warnings

import cv2
import numpy as np
import pytest

from playground.augment.image.labels import Labels, default_labels, draw_labels, is_visible, move_labels
from playground.augment.image.pipeline import Pipeline, Step, run_draw
from playground.augment.image.registry import IMAGE_TRANSFORMS
from playground.core.errors import InputError

H, W = 120, 160
POINTS = ((55.0, 45.0), (100.0, 50.0), (80.0, 80.0))
BOX = (50.0, 35.0, 110.0, 90.0)
GEOMETRIC = [spec.name for spec in IMAGE_TRANSFORMS.values() if spec.geometric]
# Transforms that keep straight lines straight: the moved box equals the bounding box of the moved region.
LINE_PRESERVING = {"rotate", "affine", "hflip", "vflip", "transpose", "random_crop", "random_resized_crop",
                   "center_crop", "resize", "pad", "perspective"}  # fmt: skip
GENTLE = {  # large enough to move things clearly, small enough that markers stay whole
    "rotate": {"limit": (-40.0, 40.0)},
    "random_crop": {"scale": (0.8, 0.95)},
    "random_resized_crop": {"size": 200, "scale": (0.5, 1.0)},
    "resize": {"longest_side": 240},
    "elastic": {"alpha": 12.0, "sigma": 40.0},
}


def marker_image() -> np.ndarray:
    img = np.zeros((H, W, 3), np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    for channel, (x, y) in enumerate(POINTS):
        img[..., channel] = 255 * np.exp(-((xx - x) ** 2 + (yy - y) ** 2) / (2 * 2.0**2))
    return np.rint(img).astype(np.uint8)


def box_image() -> np.ndarray:
    img = np.zeros((H, W, 3), np.uint8)
    x0, y0, x1, y1 = (int(v) for v in BOX)
    img[y0 : y1 + 1, x0 : x1 + 1] = 255
    return img


def centroid(channel: np.ndarray) -> tuple[float, float] | None:
    weights = channel.astype(float)
    weights[weights < 40] = 0  # ignore interpolation dust
    total = weights.sum()
    if total < 255 * 4:
        return None
    yy, xx = np.mgrid[0 : channel.shape[0], 0 : channel.shape[1]]
    return float((weights * xx).sum() / total), float((weights * yy).sum() / total)


@pytest.mark.parametrize("name", GEOMETRIC)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_keypoints_follow_markers(name: str, seed: int) -> None:
    spec = IMAGE_TRANSFORMS[name]
    pipeline = Pipeline([Step(name, 1.0, spec.clean({**spec.defaults(), **GENTLE.get(name, {})}).value)])
    labels = Labels(box=None, keypoints=POINTS)
    draw = run_draw(pipeline, marker_image(), seed, 0, labels=labels)
    assert draw.labels is not None
    checked = 0
    for channel, (x, y) in enumerate(draw.labels.keypoints):
        h, w = draw.image.shape[:2]
        if not (8 <= x <= w - 9 and 8 <= y <= h - 9):
            continue  # a marker cut by the border has a biased centroid
        found = centroid(draw.image[..., channel])
        assert found is not None, f"{name}: marker {channel} vanished"
        scale = max(1.0, draw.image.shape[0] / H, draw.image.shape[1] / W)  # blobs grow when upscaled
        assert abs(found[0] - x) < 0.75 * scale and abs(found[1] - y) < 0.75 * scale, (name, channel, found, (x, y))
        checked += 1
    assert checked or name in ("random_crop", "random_resized_crop", "center_crop")


@pytest.mark.parametrize("name", sorted(LINE_PRESERVING))
@pytest.mark.parametrize("seed", [0, 3])
def test_box_is_the_extent_of_the_moved_region(name: str, seed: int) -> None:
    spec = IMAGE_TRANSFORMS[name]
    pipeline = Pipeline([Step(name, 1.0, spec.clean({**spec.defaults(), **GENTLE.get(name, {})}).value)])
    draw = run_draw(pipeline, box_image(), seed, 0, labels=Labels(box=BOX))
    mask = draw.image[..., 0] >= 128
    if draw.labels is None or draw.labels.box is None:
        assert not mask.any()
        return
    ys, xs = np.nonzero(mask)
    extent = (xs.min(), ys.min(), xs.max(), ys.max())
    tolerance = 1.5 * max(1.0, draw.image.shape[0] / H)
    assert np.allclose(extent, draw.labels.box, atol=tolerance), (name, extent, draw.labels.box)


def test_non_geometric_steps_leave_labels_alone() -> None:
    labels = Labels(box=BOX, keypoints=POINTS)
    spec = IMAGE_TRANSFORMS["gaussian_blur"]
    assert move_labels(labels, spec, {"sigma": 1.0}, (H, W, 3), (H, W, 3)) is labels


def test_points_leaving_the_image_are_kept_but_not_drawn() -> None:
    labels = Labels(box=None, keypoints=((5.0, 5.0),))
    moved = move_labels(
        labels, IMAGE_TRANSFORMS["random_crop"], {"x": 20, "y": 20, "w": 50, "h": 50}, (H, W, 3), (50, 50, 3)
    )
    assert moved.keypoints == ((-15.0, -15.0),)
    blank = np.zeros((50, 50, 3), np.uint8)
    assert not draw_labels(blank, moved).any()


def test_default_labels_sit_inside_any_image() -> None:
    for shape in ((512, 512, 3), (300, 451, 3), (10, 7, 3)):
        labels = default_labels(shape)
        x0, y0, x1, y1 = labels.box
        assert 0 <= x0 < x1 < shape[1] and 0 <= y0 < y1 < shape[0]
        assert all(0 <= x < shape[1] and 0 <= y < shape[0] for x, y in labels.keypoints)
        assert Labels.from_dict(labels.as_dict()) == labels


def test_drawn_labels_mark_the_keypoint_pixel() -> None:
    out = draw_labels(np.zeros((60, 80, 3), np.uint8), Labels(box=(10, 10, 50, 40), keypoints=((30.0, 20.0),)))
    assert tuple(out[20, 30]) != (0, 0, 0)
    assert out[10, 30].any() and out[40, 30].any()  # box edges
    assert cv2.countNonZero(out[..., 1]) > 0


@pytest.mark.parametrize("k", [-0.1, -0.3, -0.6])
def test_a_barrel_lens_keeps_every_label_finite(k: float) -> None:
    """Bug fix: for k < 0, corners the lens shows nowhere went to ±inf (with an overflow warning) and into JSON.

    They now land off the picture (an invisible keypoint, a clipped box) and
    points the lens does show still follow their markers.
    """
    h, w = 96, 128
    corners = ((0.0, 0.0), (w - 1.0, 0.0), (w - 1.0, h - 1.0), (0.0, h - 1.0))
    labels = Labels(box=(0.0, 0.0, w - 1.0, h - 1.0), keypoints=(*corners, (70.0, 50.0)))
    spec = IMAGE_TRANSFORMS["optical_distortion"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an overflow RuntimeWarning fails the test
        moved = move_labels(labels, spec, {"k": k}, (h, w, 3), (h, w, 3))
    values = [*moved.box, *(v for point in moved.keypoints for v in point)]
    assert all(math.isfinite(v) for v in values), moved
    json.dumps(moved.as_dict(), allow_nan=False)  # the params JSON holds no Infinity
    assert moved.box == (0.0, 0.0, w - 1.0, h - 1.0)  # clipped to the picture, which the lens fills
    shown = [point for point in moved.keypoints[:4] if is_visible(point, (h, w))]
    assert not shown, "a corner the lens pushed off the picture must not be drawn on it"
    image = np.zeros((h, w, 3), np.uint8)
    cv2.circle(image, (70, 50), 3, (255, 255, 255), -1)
    near = spec.apply(image, {"k": k})[35:66, 55:86, 0]  # a strong lens folds: the marker shows again in the corners
    found = centroid(near)
    assert found is not None, "the marker near the centre vanished"
    assert np.allclose((found[0] + 55, found[1] + 35), moved.keypoints[4], atol=0.75), (found, moved.keypoints[4])


# Non-identity pinned settings: each one must move at least one keypoint, and the markers with it.
PINNED = {
    "rotate": {"limit": (25.0, 25.0)},
    "affine": {"scale": (1.2, 1.2), "translate": (0.05, 0.05), "shear": (10.0, 10.0)},
    "hflip": {},
    "vflip": {},
    "transpose": {},
    "random_crop": {"scale": (0.8, 0.8)},
    "random_resized_crop": {"size": 200, "scale": (0.6, 0.6), "ratio": (1.0, 1.0)},
    "center_crop": {"fraction": 0.8},
    "resize": {"longest_side": 240},
    "pad": {"amount": (0.1, 0.1)},
    "perspective": {"scale": (0.1, 0.1)},
    "elastic": {"alpha": 12.0, "sigma": 40.0},
    "grid_distortion": {"num_steps": 5, "limit": 0.3},
    "optical_distortion": {"limit": (0.6, 0.6)},  # the markers sit near the centre, where a lens moves little
}


def check_moved_keypoints(spec: object, values: dict, seed: int) -> int:
    """Sample, move pixels and labels with ``spec``; assert a keypoint moved and every marker followed it.

    Returns how many markers were checked (those not cut by the border).
    """
    image = marker_image()
    sampled = spec.sample(np.random.default_rng(seed), values, image.shape)
    out = spec.apply(image, sampled)
    moved = move_labels(Labels(keypoints=POINTS), spec, sampled, image.shape, out.shape).keypoints
    shift = max(math.dist(before, after) for before, after in zip(POINTS, moved, strict=True))
    assert shift > 1.0, f"{spec.name}: no keypoint moved (largest shift {shift:.2f} px) under {sampled}"
    scale = max(1.0, out.shape[0] / H, out.shape[1] / W)  # blobs grow when upscaled
    checked = 0
    for channel, (x, y) in enumerate(moved):
        if not (8 <= x <= out.shape[1] - 9 and 8 <= y <= out.shape[0] - 9):
            continue
        found = centroid(out[..., channel])
        assert found is not None, f"{spec.name}: marker {channel} vanished"
        assert math.dist(found, (x, y)) < 1.5 * scale, (spec.name, channel, found, (x, y))
        checked += 1
    return checked


def test_every_geometric_transform_has_a_pinned_case() -> None:
    assert set(PINNED) == set(GEOMETRIC)


@pytest.mark.parametrize("name", sorted(PINNED))
@pytest.mark.parametrize("seed", [0, 1])
def test_pinned_geometry_moves_keypoints_with_the_pixels(name: str, seed: int) -> None:
    spec = IMAGE_TRANSFORMS[name]
    checked = check_moved_keypoints(spec, spec.clean(PINNED[name]).value, seed)
    assert checked >= 1, f"{name}: every marker was cut by the border, nothing was checked"


@pytest.mark.parametrize("name", ["rotate", "hflip", "resize", "elastic"])
def test_the_keypoint_check_fails_for_a_transform_that_forgets_its_points(name: str) -> None:
    """The oracle has teeth: a mapper that leaves points where they were, or moves them wrongly, is caught."""
    spec = IMAGE_TRANSFORMS[name]
    values = spec.clean(PINNED[name]).value
    for broken in (lambda xy, s, shape: xy, lambda xy, s, shape: xy + 3.0):
        with pytest.raises(AssertionError):
            check_moved_keypoints(dataclasses.replace(spec, points=broken), values, 0)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[" * 20_000 + "]" * 20_000, "io.json.too_deep"),  # under the size limit: refused for its depth
        ('{"box": null, "keypoints": [], "pad": "' + "x" * 100_000 + '"}', "io.json.too_large"),
        (b"\xff\xd8\xff\xe0" + bytes(range(256)), "io.json.not_text"),
        ("{oops", "io.json.bad"),
        ('{"box": [1, 2, 3]}', "image.err.bad_labels"),
        ('{"box": null, "keypoints": [[1, "x"]]}', "image.err.bad_labels"),
        ('{"box": [0, 0, 1e999, 4]}', "image.err.bad_labels"),
        ('{"keypoints": ' + json.dumps([[1, 2]] * 65) + "}", "image.err.bad_labels"),
        ("[1, 2]", "image.err.bad_labels"),
    ],
    ids=["deep", "huge", "binary", "not_json", "short_box", "text_point", "infinite", "too_many", "not_an_object"],
)
def test_labels_json_is_checked_before_and_after_parsing(text: str | bytes, key: str) -> None:
    with pytest.raises(InputError) as caught:
        Labels.from_json(text)
    assert caught.value.key == key
    assert caught.value.message("zh") != caught.value.message("en")


def test_labels_round_trip_through_json() -> None:
    labels = Labels(box=(1.0, 2.0, 30.0, 40.0), keypoints=((3.0, 4.0), (5.5, 6.5)))
    assert Labels.from_json(json.dumps(labels.as_dict())) == labels
    assert Labels.from_json('{"box": null}') == Labels()
