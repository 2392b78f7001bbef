"""Own images: refused with the image studio's messages, otherwise prepared like the training digits."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from playground.core.errors import InputError
from playground.io.images import decode_image, encode_png
from playground.vision.own_image import decode_for_model, to_model_input


def _refusal(data: bytes, decoder) -> InputError:
    with pytest.raises(InputError) as caught:
        decoder(data)
    return caught.value


@pytest.mark.parametrize(
    "data",
    [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\0" * 40, b"%PDF-1.4 a document"],
    ids=["empty", "text", "broken-png", "pdf"],
)
def test_bad_files_are_refused_with_the_image_studios_messages(data: bytes) -> None:
    ours, studio = _refusal(data, lambda d: decode_for_model(d, 28)), _refusal(data, decode_image)
    assert ours.key == studio.key and ours.key.startswith("io.image.")
    for language in ("en", "zh"):
        assert ours.message(language) == studio.message(language)
    assert ours.message("zh") != ours.message("en")


def test_a_dark_digit_on_paper_becomes_a_bright_centred_digit() -> None:
    photo = np.full((120, 200, 3), 235, np.uint8)
    cv2.putText(photo, "7", (20, 100), cv2.FONT_HERSHEY_SIMPLEX, 3.0, (20, 20, 20), 8)
    rgb, digit, notices = decode_for_model(encode_png(photo), 28)
    assert rgb.shape == photo.shape and digit.shape == (28, 28) and notices == []
    assert digit.max() == pytest.approx(1.0, abs=0.05) and digit[0].max() == 0 and digit[:, 0].max() == 0
    ys, xs = np.nonzero(digit > 0.3)
    assert abs(ys.mean() - 13.5) < 4 and abs(xs.mean() - 13.5) < 4  # the ink is centred


def test_a_blank_picture_is_no_crash() -> None:
    assert to_model_input(np.zeros((10, 10, 3), np.uint8), 16).shape == (16, 16)
