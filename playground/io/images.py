"""Decode an uploaded image into a small RGB uint8 array, or refuse it with a clear reason.

Why this order (checks first, pixels last): Pillow's ``Image.open`` reads only
the header, so the pixel count is known before a single pixel is decoded; a
20000 x 20000 "decompression bomb" is refused from 30 bytes of header instead
of allocating 1.2 GB. Pillow also guards itself: ``Image.open`` raises
``DecompressionBombError`` above 2 x ``Image.MAX_IMAGE_PIXELS`` (179 MP by
default). We do not lower that process-wide global (other threads and
libraries share it); we check our own, smaller, per-call limit and translate
Pillow's error if it fires first.

Conventions, chosen once for every page:
- transparent pixels are composited on ``background`` (white by default, like
  a browser page behind a PNG);
- EXIF orientation is applied, so the array looks the way the photo looks on a
  phone; ``original_size`` is that upright (width, height) before downscaling;
- 16-bit images keep their 8 most significant bits (v / 257: 65535 -> 255);
  Pillow's own ``convert("RGB")`` would clip everything above 255 to white;
- float images are read as [0, 1]; other ranges are stretched min..max with a
  notice (there is no universal float scale), and NaN or infinity is refused;
- animated GIF, WebP and multi-page TIFF give their first frame, with a notice.

Reference: https://pillow.readthedocs.io/en/stable/reference/Image.html
(``open``, ``draft``, ``MAX_IMAGE_PIXELS``) and ``ImageOps.exif_transpose``.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, UnidentifiedImageError

from playground.core.encode import encode_image
from playground.core.errors import InputError, Notice
from playground.io.limits import DEFAULT_LIMITS
from playground.io.sniff import sniff_kind
from playground.io.tiff import MAX_DECODED_BYTES, decode_first_page, read_header

ACCEPTED = "PNG, JPEG, WebP, BMP, TIFF, GIF"
WHITE = (255, 255, 255)

# Pillow plugins we decode with. Phone photos with a depth map or preview open through the JPEG
# plugin but report format "MPO" (naming "MPO" here would raise KeyError: it has no opener of its own).
_PILLOW_FORMATS = ("PNG", "JPEG", "WEBP", "BMP", "TIFF", "GIF")
# Labels from ``sniff_kind`` for the accepted formats, and for images Pillow could read but we do not take.
_ACCEPTED_KINDS = frozenset({"PNG", "JPEG", "WebP", "BMP", "TIFF", "GIF"})
_OTHER_IMAGE_KINDS = frozenset({"ICO", "PSD", "SVG"})
_ORIENTATION_TAG = 0x0112
# EXIF orientation value -> the transpose that makes the picture upright (as in ImageOps.exif_transpose).
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SIXTEEN_BIT_MODES = frozenset({"I;16", "I;16L", "I;16B", "I;16N"})
_ALPHA_MODES = frozenset({"RGBA", "RGBa", "LA", "La", "PA"})


@dataclass
class DecodedImage:
    """An upload ready for the engine: ``rgb`` is H x W x 3, uint8, C-contiguous."""

    rgb: np.ndarray
    original_size: tuple[int, int]  # (width, height) upright, before any downscaling
    format: str  # "PNG", "JPEG", "WEBP", "BMP", "TIFF" or "GIF"
    notices: list[Notice] = field(default_factory=list)


def decode_image(
    data: bytes,
    *,
    max_pixels: int = DEFAULT_LIMITS.max_image_pixels,
    max_side: int | None = DEFAULT_LIMITS.max_image_side,
    max_bytes: int = DEFAULT_LIMITS.max_file_bytes,
    background: tuple[int, int, int] = WHITE,
) -> DecodedImage:
    """Decode ``data`` to RGB uint8, downscaled so its longest side is at most ``max_side`` (None: keep size).

    Raises ``InputError`` for anything we refuse; returns notices for what we changed.
    """
    if max_side is not None and max_side < 1:
        raise ValueError(f"max_side must be at least 1, got {max_side}")
    if not data:
        raise InputError("io.image.empty", accepted=ACCEPTED)
    if len(data) > max_bytes:
        raise InputError(
            "io.image.file_too_large", size_mb=len(data) / 2**20, limit_mb=max_bytes / 2**20, accepted=ACCEPTED
        )
    notices: list[Notice] = []
    opened = _open(data, max_pixels)
    if opened is None:  # a valid TIFF that Pillow cannot identify (planar, float): OpenCV reads it
        return _decode_tiff_with_tifffile(data, max_pixels, max_side, background)
    with opened as image:
        file_format = "JPEG" if image.format == "MPO" else str(image.format)
        width, height = image.size
        if width * height > max_pixels:
            _refuse_pixels(width * height, max_pixels)
        if image.format != "MPO" and _is_animated(image):  # MPO's extra pictures are previews or depth maps
            notices.append(Notice("io.image.first_frame", {"format": file_format}))
        try:
            if max_side is not None and max(width, height) > max_side:
                # JPEG only: decode at 1/2, 1/4 or 1/8 scale (still >= the size we need), saving memory and time.
                scale = max_side / max(width, height)
                image.draft(None, (max(1, round(width * scale)), max(1, round(height * scale))))
            image.load()
        except Exception as error:  # Pillow raises OSError, SyntaxError, ValueError... for broken data
            raise InputError("io.image.damaged", accepted=ACCEPTED) from error
        # After load: a PNG without an eXIf chunk before its pixels decodes everything inside getexif().
        orientation = _orientation(image)
        rgb = _to_rgb(image, background, notices)
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    if max_side is not None and max(rgb.size) > max_side:
        scale = max_side / max(rgb.size)
        new_size = (max(1, round(rgb.width * scale)), max(1, round(rgb.height * scale)))
        rgb = rgb.resize(new_size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if orientation in _TRANSPOSE:
        rgb = rgb.transpose(_TRANSPOSE[orientation])
    if rgb.size != (width, height):
        notices.append(
            Notice(
                "io.image.downscaled",
                {"width": width, "height": height, "new_width": rgb.width, "new_height": rgb.height},
            )
        )
    array = np.ascontiguousarray(np.array(rgb, dtype=np.uint8))
    return DecodedImage(rgb=array, original_size=(width, height), format=file_format, notices=notices)


def encode_png(rgb: np.ndarray) -> bytes:
    """PNG bytes of an H x W x 3 (or H x W, or RGBA) uint8 array: lossless, so a page shows exact pixels.

    The playground's one encoder (``playground.core.encode``) does the work; a
    wrong dtype or shape raises ``ValueError``, as it always did here.
    """
    return encode_image(rgb, "png")


def _open(data: bytes, max_pixels: int) -> Image.Image | None:
    """Open lazily (header only) with the accepted plugins, or raise the most helpful InputError.

    None: a TIFF whose header Pillow cannot read but ours can (``playground.io.tiff``).
    """
    try:
        return Image.open(io.BytesIO(data), formats=_PILLOW_FORMATS)
    except Image.DecompressionBombError as error:
        # Pillow's own guard fired first ("Image size (400000000 pixels) exceeds limit of ...").
        found = re.search(r"\((\d+) pixels\)", str(error))
        pixels = int(found.group(1)) if found else 2 * int(Image.MAX_IMAGE_PIXELS or 0) + 1
        _refuse_pixels(pixels, max_pixels, cause=error)
    except UnidentifiedImageError:
        pass  # fall through to work out what the file is instead
    except Exception as error:  # a plugin choked on a header it recognised
        raise InputError("io.image.damaged", accepted=ACCEPTED) from error
    kind = sniff_kind(data)
    if kind == "TIFF" and read_header(data) is not None:
        return None
    if kind in _ACCEPTED_KINDS:  # the signature of an accepted format, but Pillow cannot read its header
        raise InputError("io.image.damaged", accepted=ACCEPTED)
    if kind in _OTHER_IMAGE_KINDS:
        raise InputError("io.image.unsupported_format", format=kind, accepted=ACCEPTED)
    if kind is not None:
        raise InputError("io.image.wrong_kind", kind=kind, accepted=ACCEPTED)
    other = _identify_with_any_plugin(data)
    if other is not None:
        raise InputError("io.image.unsupported_format", format=other, accepted=ACCEPTED)
    raise InputError("io.image.unrecognized", accepted=ACCEPTED)


def _identify_with_any_plugin(data: bytes) -> str | None:
    """The format name if any Pillow plugin recognises the header (TGA, PPM, QOI...); pixels are never read."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            return str(image.format)
    except Exception:  # unknown or broken: either way not something we can name
        return None


def _refuse_pixels(pixels: int, limit: int, cause: Exception | None = None) -> None:
    raise InputError(
        "io.image.too_many_pixels", megapixels=pixels / 1e6, limit_megapixels=limit / 1e6, accepted=ACCEPTED
    ) from cause


def _orientation(image: Image.Image) -> int:
    """EXIF orientation (1..8), or 1 when absent or unreadable: a broken EXIF block is no reason to refuse."""
    try:
        value = image.getexif().get(_ORIENTATION_TAG, 1)
    except Exception:
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _is_animated(image: Image.Image) -> bool:
    try:
        animated = bool(getattr(image, "is_animated", False))
        if animated:
            image.seek(0)
    except Exception:  # a broken second frame does not matter: we use the first
        return False
    return animated


def _to_rgb(image: Image.Image, background: tuple[int, int, int], notices: list[Notice]) -> Image.Image:
    """Any Pillow mode to 8-bit RGB, following the conventions in the module docstring."""
    mode = image.mode
    if mode == "RGB":
        return image  # already loaded: closing the file later does not free these pixels
    if mode in _SIXTEEN_BIT_MODES or mode in ("I", "F"):
        gray = _high_depth_to_uint8(np.asarray(image), notices)
        return Image.fromarray(gray).convert("RGB")
    if mode in _ALPHA_MODES or "transparency" in image.info:
        rgba = image.convert("RGBA")
        if rgba.getextrema()[3][0] < 255:
            notices.append(
                Notice("io.image.transparency_flattened", {"colour": "#{:02X}{:02X}{:02X}".format(*background)})
            )
        canvas = Image.new("RGBA", rgba.size, (*background, 255))
        return Image.alpha_composite(canvas, rgba).convert("RGB")
    try:
        return image.convert("RGB")  # 1, L, P, CMYK, YCbCr, HSV
    except (ValueError, OSError) as error:
        raise InputError("io.image.unsupported_mode", mode=mode, accepted=ACCEPTED) from error


def _high_depth_to_uint8(values: np.ndarray, notices: list[Notice]) -> np.ndarray:
    """16-bit, 32-bit integer or float gray levels to uint8 (see the module docstring for the rules)."""
    if not np.isfinite(values).all():
        raise InputError("io.image.not_finite", accepted=ACCEPTED)
    low, high = float(values.min()), float(values.max())
    if values.dtype.kind == "f":
        if low >= 0.0 and high <= 1.0:
            return np.round(values * 255.0).astype(np.uint8)
    elif values.dtype.itemsize == 2 or (low >= 0 and 255 < high <= 65535):  # I;16, or 16-bit data held as I
        notices.append(Notice("io.image.bit_depth_reduced", {"bits": 16}))
        return np.round(values.astype(np.float64) / 257.0).astype(np.uint8)
    elif low >= 0 and high <= 255:
        return values.astype(np.uint8)
    notices.append(Notice("io.image.range_stretched", {"low": low, "high": high}))
    span = high - low if high > low else 1.0
    return np.round((values.astype(np.float64) - low) * (255.0 / span)).astype(np.uint8)


def _decode_tiff_with_tifffile(
    data: bytes, max_pixels: int, max_side: int | None, background: tuple[int, int, int]
) -> DecodedImage:
    """The first page of a TIFF Pillow cannot read: limits from our header reader first, then tifffile decodes."""
    header = read_header(data)
    if header is None:  # pragma: no cover - checked by the caller
        raise InputError("io.image.damaged", accepted=ACCEPTED)
    if header.width * header.height > max_pixels or header.decoded_bytes > MAX_DECODED_BYTES:
        _refuse_pixels(max(header.width * header.height, max_pixels + 1), max_pixels)
    page = decode_first_page(data)
    if page is None:
        raise InputError("io.image.damaged", accepted=ACCEPTED)
    notices: list[Notice] = [Notice("io.image.tiff_fallback", {"pages": header.pages})]
    alpha = None
    if page.ndim == 3 and page.shape[2] == 4:
        page, alpha = page[..., :3], page[..., 3]
    if page.ndim == 3 and page.shape[2] == 1:
        page = page[..., 0]
    levels = page if page.dtype == np.uint8 else _high_depth_to_uint8(page, notices)
    rgb = np.repeat(levels[..., None], 3, axis=2) if levels.ndim == 2 else levels
    if alpha is not None:
        scale = {np.dtype(np.uint8): 255.0, np.dtype(np.uint16): 65535.0}.get(alpha.dtype, 1.0)
        weight = np.clip(np.nan_to_num(alpha.astype(np.float32) / scale), 0.0, 1.0)[..., None]
        if float(weight.min()) < 1.0:
            notices.append(
                Notice("io.image.transparency_flattened", {"colour": "#{:02X}{:02X}{:02X}".format(*background)})
            )
        rgb = np.round(rgb * weight + np.asarray(background, np.float32) * (1.0 - weight)).astype(np.uint8)
    picture = Image.fromarray(np.ascontiguousarray(rgb.astype(np.uint8)))
    width, height = picture.size
    if max_side is not None and max(width, height) > max_side:
        scale = max_side / max(width, height)
        picture = picture.resize(
            (max(1, round(width * scale)), max(1, round(height * scale))), Image.Resampling.LANCZOS, reducing_gap=3.0
        )
        notices.append(
            Notice(
                "io.image.downscaled",
                {"width": width, "height": height, "new_width": picture.width, "new_height": picture.height},
            )
        )
    array = np.ascontiguousarray(np.array(picture, dtype=np.uint8))
    return DecodedImage(rgb=array, original_size=(width, height), format="TIFF", notices=notices)
