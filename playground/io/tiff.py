"""TIFF files that Pillow cannot read (planar float, scientific writers), read with tifffile instead.

Why a second reader: microscopes and lab software write valid TIFFs that
Pillow cannot identify (planar configuration, 16-bit or 32-bit float
samples), and telling a student such a file is "damaged" is wrong.

Why tifffile and not OpenCV: OpenCV 5.0.0 (opencv-python-headless 5.0.0.93)
*decodes* planar 16-bit and float TIFFs without an error but with the colour
planes read as if interleaved: wrong pixels, checked here against the
written arrays. tifffile (pure Python on NumPy) reads them exactly.

Either decoder decodes before it checks anything, so the header is read here
first: the first page's width, height, samples and bits, and the number of
pages, all bounded. Only then is the first page decoded, and the page says
that only it is used.

TIFF 6.0, section 2: an 8-byte header (byte order, 42, offset of the first
IFD), then IFDs of 12-byte entries chained by a next-IFD offset.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass

import numpy as np
import tifffile

MAX_PAGES_COUNTED = 10_000  # beyond this the count is "many": a chain this long is forged or a loop
MAX_DECODED_BYTES = 256 * 1024 * 1024  # the first page's samples as decoded: a quarter of a small host's memory
_TYPE_SIZES = {1: 1, 3: 2, 4: 4, 16: 8}  # BYTE, SHORT, LONG, LONG8
_WIDTH, _HEIGHT, _BITS, _SAMPLES = 256, 257, 258, 277


@dataclass(frozen=True)
class TiffHeader:
    """What the first page will decode to, known before any pixel is read."""

    width: int
    height: int
    samples: int
    bits: int
    pages: int

    @property
    def decoded_bytes(self) -> int:
        return self.width * self.height * self.samples * max(1, self.bits // 8)


def read_header(data: bytes) -> TiffHeader | None:
    """The first page's geometry and the page count, or None when the header is not a readable classic TIFF."""
    if len(data) < 8 or data[:2] not in (b"II", b"MM"):
        return None
    order = "<" if data[:2] == b"II" else ">"
    if struct.unpack_from(order + "H", data, 2)[0] != 42:  # 43 is BigTIFF: left to Pillow's refusal
        return None
    offset = struct.unpack_from(order + "I", data, 4)[0]
    tags = _read_ifd(data, order, offset)
    if tags is None or _WIDTH not in tags or _HEIGHT not in tags:
        return None
    pages, seen = 0, set()
    while offset and pages < MAX_PAGES_COUNTED and offset not in seen and offset + 2 <= len(data):
        seen.add(offset)
        pages += 1
        count = struct.unpack_from(order + "H", data, offset)[0]
        end = offset + 2 + 12 * count
        offset = struct.unpack_from(order + "I", data, end)[0] if end + 4 <= len(data) else 0
    return TiffHeader(tags[_WIDTH], tags[_HEIGHT], tags.get(_SAMPLES, 1), tags.get(_BITS, 8), pages)


def _read_ifd(data: bytes, order: str, offset: int) -> dict[int, int] | None:
    """The first value of the tags we need from one IFD (None if the IFD lies outside the file)."""
    if offset + 2 > len(data):
        return None
    count = struct.unpack_from(order + "H", data, offset)[0]
    tags: dict[int, int] = {}
    for index in range(count):
        start = offset + 2 + 12 * index
        if start + 12 > len(data):
            return None
        tag, kind, n = struct.unpack_from(order + "HHI", data, start)
        if tag not in (_WIDTH, _HEIGHT, _BITS, _SAMPLES) or kind not in _TYPE_SIZES or n < 1:
            continue
        size = _TYPE_SIZES[kind]
        where = start + 8 if size * n <= 4 else struct.unpack_from(order + "I", data, start + 8)[0]
        if where + size > len(data):
            return None
        code = {1: "B", 3: "H", 4: "I", 16: "Q"}[kind]
        tags[tag] = struct.unpack_from(order + code, data, where)[0]
    return tags


def decode_first_page(data: bytes) -> np.ndarray | None:
    """The first page as height × width (× samples), any depth, or None when it cannot be decoded.

    Call it only after ``read_header`` and the limits: decoding allocates the whole page.
    """
    try:
        with tifffile.TiffFile(io.BytesIO(data)) as tif:
            page = tif.pages.first
            image = page.asarray()
            if image.ndim == 3 and int(page.planarconfig) == int(tifffile.PLANARCONFIG.SEPARATE):
                image = np.moveaxis(image, 0, -1)
    except Exception:  # truncated strips, an unknown compression, a forged offset: all "cannot decode"
        return None
    if image.size == 0 or image.ndim not in (2, 3) or (image.ndim == 3 and image.shape[2] not in (1, 3, 4)):
        return None
    return np.ascontiguousarray(image)
