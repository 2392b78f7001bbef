"""TIFFs that Pillow cannot read are read with tifffile, with the limits checked from our own header reader first."""

from __future__ import annotations

import io
import struct

import numpy as np
import pytest
import tifffile

from playground.core.errors import InputError
from playground.io.images import decode_image
from playground.io.tiff import read_header


def _planar_float_tiff(pages: int = 3, height: int = 40, width: int = 60) -> tuple[bytes, np.ndarray]:
    """The kind of file lab software writes: float32 samples, planar configuration, several pages."""
    stack = np.random.default_rng(7).random((pages, 3, height, width)).astype(np.float32)
    buffer = io.BytesIO()
    tifffile.imwrite(buffer, stack, planarconfig="separate", photometric="rgb")
    return buffer.getvalue(), stack


def _minimal_header(width: int, height: int, next_ifd: int = 0) -> bytes:
    """A little-endian TIFF whose one IFD names width, height, 3 samples of 32 bits, and no pixels at all."""
    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 32), (277, 3, 1, 3), (284, 3, 1, 2)]
    ifd = struct.pack("<H", len(entries)) + b"".join(struct.pack("<HHII", *entry) for entry in entries)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", next_ifd)


def test_a_planar_float_tiff_is_decoded_and_says_only_the_first_page_is_used() -> None:
    data, stack = _planar_float_tiff()
    decoded = decode_image(data)
    expected = np.round(np.moveaxis(stack[0], 0, -1) * 255).astype(np.uint8)
    assert decoded.format == "TIFF" and decoded.rgb.shape == (40, 60, 3)
    assert np.abs(decoded.rgb.astype(int) - expected).max() <= 1
    notes = [note for note in decoded.notices if note.key == "io.image.tiff_fallback"]
    assert notes and "3" in notes[0].message("en") and "3" in notes[0].message("zh")


def test_the_header_reader_counts_pages_and_survives_a_loop() -> None:
    data, _ = _planar_float_tiff(pages=2)
    header = read_header(data)
    assert header is not None and (header.width, header.height, header.samples, header.pages) == (60, 40, 3, 2)
    looped = read_header(_minimal_header(10, 10, next_ifd=8))  # the IFD names itself as the next one
    assert looped is not None and looped.pages == 1


def test_a_forged_huge_tiff_is_refused_before_decoding() -> None:
    with pytest.raises(InputError) as error:
        decode_image(_minimal_header(40_000, 40_000))
    assert error.value.key == "io.image.too_many_pixels"


def test_a_truncated_planar_tiff_is_damaged_not_a_crash() -> None:
    data, _ = _planar_float_tiff(pages=1, height=200, width=200)
    with pytest.raises(InputError) as error:
        decode_image(data[: len(data) // 3])
    assert error.value.key == "io.image.damaged"
