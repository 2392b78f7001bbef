"""Toy data sets, the train/test split, clicked points and CSV uploads."""

from __future__ import annotations

import csv

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
        (b"1,2,0\n" * 2001, "train.csv.too_many"),  # no header: 2,001 lines pass the pre-check, rows do not
        (_csv(["1,2,0"] * 2001), "train.csv.too_many_lines"),
        (_csv(["1,2,1"] * 12), "train.csv.one_class"),
        (b"x" * 1_000_001, "train.csv.too_big"),
    ],
)
def test_bad_csvs_are_refused_with_a_clear_message(content: bytes, key: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_toy_csv(content)
    assert caught.value.key == key
    assert "{" not in caught.value.message("en") and caught.value.message("zh")


# -- hostile files: refused with a message before the CSV parser runs ------------------------------------
HOSTILE = [
    pytest.param(b"1" * 10_000_000, "train.csv.too_big", id="one-10MB-line"),
    pytest.param(b"1,2," * 200_000, "train.csv.long_line", id="one-800kB-line"),
    pytest.param(b"1\n" * 499_000, "train.csv.too_many_lines", id="half-a-million-tiny-rows"),
    pytest.param(b"1,2,0\n" * 2_100, "train.csv.too_many_lines", id="too-many-good-rows"),
    pytest.param(b"1,2,0\n" * 20 + b"\x00\x00", "train.csv.binary", id="nul-bytes"),
    pytest.param(b"x1,x2,label\n1,2\x07,0\n", "train.csv.binary", id="control-byte"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "train.csv.binary_kind", id="png"),
    pytest.param(b"PK\x03\x04" + b"\x01" * 64, "train.csv.binary_kind", id="xlsx-zip"),
    pytest.param(b'"' * 999_000, "train.csv.long_line", id="one-line-of-quotes"),
]


@pytest.mark.parametrize(("content", "key"), HOSTILE)
def test_hostile_files_are_refused_before_parsing(monkeypatch: pytest.MonkeyPatch, content: bytes, key: str) -> None:
    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the CSV parser ran on a file the limits should have refused")

    monkeypatch.setattr(csv, "reader", no_parsing)
    monkeypatch.setattr(csv.Sniffer, "sniff", no_parsing)
    with pytest.raises(InputError) as caught:
        parse_toy_csv(content)
    assert caught.value.key == key
    for language in ("en", "zh"):
        message = caught.value.message(language)
        assert message and "{" not in message and len(message) < 400


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b'"' + b"1,2,3\n" * 1500, id="quote-never-closed"),
        pytest.param(b"1,2,0\n" * 3 + b'"' + (b"1," * 400 + b"\n") * 400, id="quote-past-the-field-limit"),
        pytest.param(b'x1,x2,label\n"1\n2",3,0\n' + b"1,2,0\n" * 12, id="quoted-cell-across-lines"),
    ],
)
def test_an_unclosed_quote_names_the_line_it_opens_on(content: bytes) -> None:
    with pytest.raises(InputError) as caught:
        parse_toy_csv(content)
    assert caught.value.key == "train.csv.malformed"
    opened = content.split(b'"')[0].count(b"\n") + 1
    assert caught.value.params["row"] == opened


def test_spreadsheet_variants_still_load() -> None:
    rows = [f"{i % 5 - 2},{i % 3 - 1},{i % 2}" for i in range(20)]
    utf16 = ("x1,x2,label\r\n" + "\r\n".join(rows)).encode("utf-16")  # Excel's "Unicode text"
    old_mac = "\r".join(rows).encode()  # "\r" alone ends each line
    quoted = ('"x1","x2","label"\n' + "\n".join('"' + r.replace(",", '","') + '"' for r in rows)).encode()
    blank_lines = ("\n\n".join(rows) + "\n" * 3000).encode()  # blank lines do not count as rows
    for content in (utf16, old_mac, quoted, blank_lines):
        data, _ = parse_toy_csv(content)
        assert len(data) == 20 and data.n_classes == 2
