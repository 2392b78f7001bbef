"""The lab's data: the same for the same seed, different between fonts and seeds, test sets aligned with labels."""

from __future__ import annotations

import numpy as np
import pytest

from playground.vision.data import DATASETS, N_TEST, TEST_SETS, load, rotated, shifted
from playground.vision.fonts import FONTS, drawing, forget_drawn, printed_digits, render_font


def test_printed_digits_are_the_same_for_the_same_seed_and_differ_for_another() -> None:
    first, labels, fonts = printed_digits(1, held_out=False)
    forget_drawn()  # drawn again, not read from the kept sets
    again, labels_again, _ = printed_digits(1, held_out=False)
    assert np.array_equal(first, again) and np.array_equal(labels, labels_again)
    other, _, _ = printed_digits(2, held_out=False)
    assert not np.array_equal(first, other)
    assert set(np.unique(fonts)) == {i for i, f in enumerate(FONTS.values()) if not f.held_out}


def test_fonts_draw_different_digits_and_held_out_fonts_stay_out_of_training() -> None:
    simplex, labels = render_font(FONTS["simplex"], 5, seed=1)
    script, script_labels = render_font(FONTS["script_simplex"], 5, seed=1)
    assert np.array_equal(labels, script_labels)
    assert np.abs(simplex - script).mean() > 0.02  # the same digits, visibly different pictures
    _, _, train_fonts = printed_digits(1, held_out=False)
    _, _, test_fonts = printed_digits(1, held_out=True)
    assert not set(train_fonts.tolist()) & set(test_fonts.tolist())
    assert simplex.shape == (50, 28, 28) and simplex.min() >= 0.0 and simplex.max() <= 1.0


@pytest.mark.parametrize("name", list(DATASETS))
def test_every_test_set_is_there_aligned_and_sized(name: str) -> None:
    data = load(name, 1, 200)
    size = DATASETS[name].size
    assert data.x_train.shape == (200, size, size) and data.y_train.shape == (200,)
    assert list(data.tests) == list(TEST_SETS)
    clean_x, clean_y = data.tests["clean"]
    for test, (x, y) in data.tests.items():
        assert x.shape == (N_TEST, size, size) and y.shape == (N_TEST,), test
        assert set(np.unique(y)) <= set(range(10))
        if test in ("shifted", "rotated", "noisy"):
            assert np.array_equal(y, clean_y) and not np.array_equal(x, clean_x), test


def test_a_bigger_training_set_keeps_the_smaller_ones_images_and_is_clamped_to_what_exists() -> None:
    small, big = load("digits", 1, 100), load("digits", 1, 300)
    assert np.array_equal(big.x_train[:100], small.x_train)
    everything = load("digits", 1, 10_000)
    assert len(everything.y_train) == everything.available == 1797 - N_TEST


def test_shift_and_rotation_move_the_ink_but_keep_most_of_it() -> None:
    data = load("printed", 1, 50)
    clean = data.tests["clean"][0][:20]
    for moved in (shifted(clean, 1), rotated(clean, 1)):
        assert moved.shape == clean.shape
        assert np.abs(moved - clean).mean() > 0.01
        assert moved.sum() > 0.7 * clean.sum()  # the digit stays in the picture


def test_drawing_happens_in_steps_then_is_kept() -> None:
    forget_drawn()
    steps = sum(1 for _ in drawing(9, held_out=True))
    assert steps == sum(f.held_out for f in FONTS.values())  # one step per font
    assert sum(1 for _ in drawing(9, held_out=True)) == 0  # kept: nothing left to draw
