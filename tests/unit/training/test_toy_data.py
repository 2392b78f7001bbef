"""Toy data sets, the train/test split, clicked points and CSV uploads."""

from __future__ import annotations

import numpy as np
import pytest

from playground.core.errors import InputError
from playground.training.toy_csv import parse_toy_csv
from playground.training.toy_data import DATASETS, MAX_POINTS, add_points, make_dataset, split


@pytest.mark.parametrize("dataset_id", list(DATASETS))
def test_every_data_set_has_the_promised_shape_and_is_seeded(dataset_id: str) -> None:
    data = make_dataset(dataset_id, 300, 0.1, seed=3, n_classes=4)
    again = make_dataset(dataset_id, 300, 0.1, seed=3, n_classes=4)
    other = make_dataset(dataset_id, 300, 0.1, seed=3, n_classes=4, draw=1)
    assert data.x.shape == (300, 2) and data.x.dtype == np.float32
    np.testing.assert_array_equal(data.x, again.x)
    assert not np.array_equal(data.x, other.x), "a new draw must give new points"
    if data.task == "classification":
        assert data.y.dtype == np.int64
        assert set(np.unique(data.y)) == set(range(data.n_classes))
    else:
        assert data.n_classes == 1 and np.isfinite(data.y).all()


def test_k_class_sets_and_limits() -> None:
    assert make_dataset("blobs", 200, 0, 1, n_classes=5).n_classes == 5
    assert make_dataset("spiral", 200, 0, 1, n_classes=3).n_classes == 2  # as in the anchor
    assert len(make_dataset("circle", 10**7, 0, 1)) == MAX_POINTS  # a URL cannot ask for millions


def test_split_keeps_every_point_once() -> None:
    data = make_dataset("xor", 400, 0, 1)
    parts = split(data, 0.25, seed=1)
    assert len(parts.test) == 100 and len(parts.train) == 300
    joined = np.concatenate([parts.train.x, parts.test.x])
    assert sorted(map(tuple, joined.tolist())) == sorted(map(tuple, data.x.tolist()))


def test_clicked_points_join_the_data_and_may_add_a_class() -> None:
    data = make_dataset("gauss", 100, 0, 1)
    more = add_points(data, [(1.0, 2.0, 0), (-3.0, 0.5, 2)])
    assert len(more) == 102 and more.n_classes == 3
    np.testing.assert_allclose(more.x[-1], [-3.0, 0.5])
    regression = add_points(make_dataset("plane", 100, 0, 1), [(0.0, 0.0, 0.7)])
    assert regression.y[-1] == pytest.approx(0.7)


def _csv(rows: list[str], header: str = "x1,x2,label") -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode()


def test_a_good_csv_with_any_integer_labels_becomes_classes() -> None:
    rows = [f"{i % 5 - 2},{i % 3 - 1},{-1 if i % 2 else 1}" for i in range(20)]
    data, notices = parse_toy_csv(_csv(rows))
    assert data.task == "classification" and data.n_classes == 2
    assert set(data.y.tolist()) == {0, 1}
    assert notices == []


def test_semicolons_decimal_commas_and_a_bom_are_accepted_and_far_points_scaled() -> None:
    rows = [f"{i * 10},5;{-i},25;{i * 0.37:.2f}".replace(".", ",") for i in range(12)]
    text = "\ufeff" + "x1;x2;y\n" + "\n".join(r.replace(",5;", ".5;").replace(",25;", ".25;") for r in rows)
    data, notices = parse_toy_csv(text.encode("utf-8"))
    assert data.task == "regression"
    assert np.abs(data.x).max() <= 6.0
    assert {notice.key for notice in notices} == {"train.csv.rescaled", "train.csv.regression"}


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"", "train.csv.empty"),
        (b"\xff\xfe\x00garbage\x81", "train.csv.not_text"),
        (_csv(["1,2"] * 12), "train.csv.columns"),
        (_csv(["1,2,3,4"] * 12), "train.csv.columns"),
        (_csv(["1,abc,0"] + ["1,2,1"] * 12), "train.csv.number"),
        (_csv(["1,nan,0"] + ["1,2,1"] * 12), "train.csv.number"),
        (_csv(["1,2,0", "2,1,1"]), "train.csv.too_few"),
        (_csv(["1,2,0"] * 2001), "train.csv.too_many"),
        (_csv(["1,2,1"] * 12), "train.csv.one_class"),
        (b"x" * 1_000_001, "train.csv.too_big"),
    ],
)
def test_bad_csvs_are_refused_with_a_clear_message(content: bytes, key: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_toy_csv(content)
    assert caught.value.key == key
    assert "{" not in caught.value.message("en") and caught.value.message("zh")
