"""decode_image: every accepted kind of image decodes to upright RGB uint8; every bad file gets a clear error.

Every file is made here with Pillow; Pillow's own conversions (``convert``,
``ImageOps.exif_transpose``) are the oracle where one exists.
"""

from __future__ import annotations

import io
import struct
import time
import zlib

import numpy as np
import pytest
import soundfile as sf
from PIL import Image, ImageOps

from playground.io.images import DecodedImage, decode_image, encode_png

RNG = np.random.default_rng(7)
NOISE = RNG.integers(0, 256, (30, 40, 3), dtype=np.uint8)  # 40 wide, 30 high: orientation mistakes show


def save(image: Image.Image, file_format: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, file_format, **options)
    return buffer.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A valid PNG signature and IHDR claiming ``width`` x ``height`` with a few bytes of pixel data: a bomb."""

    def chunk(tag: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + tag + payload + struct.pack(">I", zlib.crc32(tag + payload))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )


def check_array(result: DecodedImage, height: int, width: int) -> None:
    assert result.rgb.shape == (height, width, 3)
    assert result.rgb.dtype == np.uint8
    assert result.rgb.flags.c_contiguous and result.rgb.flags.writeable


# --- accepted formats and modes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file_format", "options"),
    [("PNG", {}), ("WEBP", {"lossless": True}), ("BMP", {}), ("TIFF", {}), ("TIFF", {"compression": "tiff_lzw"})],
)
def test_lossless_formats_decode_exactly(file_format: str, options: dict[str, object]) -> None:
    result = decode_image(save(Image.fromarray(NOISE), file_format, **options))
    check_array(result, 30, 40)
    np.testing.assert_array_equal(result.rgb, NOISE)
    assert result.format == file_format
    assert result.original_size == (40, 30)
    assert result.notices == []


def test_jpeg_decodes_close_to_the_source() -> None:
    smooth = np.zeros((64, 96, 3), dtype=np.uint8)
    smooth[..., 0] = np.linspace(0, 255, 96, dtype=np.uint8)
    smooth[..., 1] = 120
    result = decode_image(save(Image.fromarray(smooth), "JPEG", quality=95))
    check_array(result, 64, 96)
    assert np.abs(result.rgb.astype(int) - smooth).mean() < 3
    assert result.format == "JPEG"


def test_gif_palette_is_expanded_to_rgb() -> None:
    image = Image.fromarray(NOISE).quantize(colors=16)
    result = decode_image(save(image, "GIF"))
    np.testing.assert_array_equal(result.rgb, np.array(image.convert("RGB")))


@pytest.mark.parametrize(
    ("file_format", "options"), [("GIF", {"duration": 100}), ("WEBP", {"lossless": True}), ("TIFF", {})]
)
def test_animated_or_multi_page_files_give_the_first_frame_with_a_notice(
    file_format: str, options: dict[str, object], renders
) -> None:
    frames = [Image.new("RGB", (20, 10), color) for color in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    result = decode_image(save(frames[0], file_format, save_all=True, append_images=frames[1:], **options))
    assert (result.rgb == (255, 0, 0)).all()
    assert [notice.key for notice in result.notices] == ["io.image.first_frame"]
    renders(result.notices[0])


def test_mpo_from_a_phone_decodes_as_jpeg_without_a_frame_notice() -> None:
    first, second = Image.new("RGB", (32, 16), (250, 0, 0)), Image.new("RGB", (32, 16), (0, 0, 250))
    result = decode_image(save(first, "MPO", save_all=True, append_images=[second]))
    assert result.format == "JPEG"
    assert result.notices == []
    assert np.abs(result.rgb.astype(int) - (250, 0, 0)).max() <= 6


def test_grayscale_and_one_bit_become_three_equal_channels() -> None:
    gray = NOISE[..., 0]
    result = decode_image(save(Image.fromarray(gray), "PNG"))
    np.testing.assert_array_equal(result.rgb, np.repeat(gray[..., None], 3, axis=2))
    bits = decode_image(save(Image.fromarray(gray > 127), "BMP"))
    np.testing.assert_array_equal(bits.rgb[..., 1], np.where(gray > 127, 255, 0))


def test_cmyk_jpeg_matches_pillow_conversion() -> None:
    data = save(Image.new("CMYK", (16, 8), (0, 255, 255, 0)), "JPEG", quality=100)
    result = decode_image(data)
    np.testing.assert_array_equal(result.rgb, np.array(Image.open(io.BytesIO(data)).convert("RGB")))
    assert np.abs(result.rgb.astype(int) - (255, 0, 0)).max() <= 3


@pytest.mark.parametrize(("mode", "file_format"), [("RGBA", "PNG"), ("LA", "PNG"), ("RGBA", "WEBP"), ("RGBA", "TIFF")])
def test_alpha_is_composited_on_white(mode: str, file_format: str, renders) -> None:
    image = Image.new(mode, (4, 2), (0,) * (len(mode) - 1) + (255,))
    image.putpixel((0, 0), (0,) * (len(mode) - 1) + (0,))  # fully transparent black
    image.putpixel((1, 0), (0,) * (len(mode) - 1) + (128,))  # half transparent black
    options = {"lossless": True} if file_format == "WEBP" else {}
    result = decode_image(save(image, file_format, **options))
    assert tuple(result.rgb[0, 0]) == (255, 255, 255)
    assert tuple(result.rgb[0, 1]) == (127, 127, 127)
    assert tuple(result.rgb[1, 3]) == (0, 0, 0)
    assert [notice.key for notice in result.notices] == ["io.image.transparency_flattened"]
    renders(result.notices[0])


def test_background_is_a_parameter_and_opaque_alpha_needs_no_notice() -> None:
    image = Image.new("RGBA", (2, 1), (0, 0, 0, 0))
    image.putpixel((1, 0), (10, 20, 30, 255))
    result = decode_image(save(image, "PNG"), background=(0, 128, 255))
    assert result.rgb[0].tolist() == [[0, 128, 255], [10, 20, 30]]
    opaque = decode_image(save(Image.new("RGBA", (2, 2), (1, 2, 3, 255)), "PNG"))
    assert opaque.notices == []


def test_palette_png_with_a_transparent_index() -> None:
    image = Image.new("P", (3, 1), 0)
    image.putpalette([0, 0, 0, 200, 10, 10, 10, 200, 10])
    image.putpixel((1, 0), 1)
    image.putpixel((2, 0), 2)
    result = decode_image(save(image, "PNG", transparency=0))
    assert result.rgb[0].tolist() == [[255, 255, 255], [200, 10, 10], [10, 200, 10]]


@pytest.mark.parametrize("file_format", ["PNG", "TIFF"])
def test_sixteen_bit_keeps_the_high_byte_rather_than_clipping(file_format: str, renders) -> None:
    values = np.array([[0, 257, 32896, 40000, 65535]], dtype=np.uint16)
    result = decode_image(save(Image.fromarray(values), file_format))
    expected = np.round(values / 257).astype(np.uint8)
    np.testing.assert_array_equal(result.rgb[..., 0], expected)
    assert result.rgb[0, -1].tolist() == [255, 255, 255]
    assert [notice.key for notice in result.notices] == ["io.image.bit_depth_reduced"]
    renders(result.notices[0])


def test_float_tiff_in_unit_range_scales_to_bytes() -> None:
    values = np.array([[0.0, 0.25, 0.5, 1.0]], dtype=np.float32)
    result = decode_image(save(Image.fromarray(values), "TIFF"))
    np.testing.assert_array_equal(result.rgb[..., 2], np.round(values * 255).astype(np.uint8))
    assert result.notices == []


def test_float_tiff_out_of_range_is_stretched_with_a_notice(renders) -> None:
    values = np.array([[-2.0, 0.0, 2.0]], dtype=np.float32)
    result = decode_image(save(Image.fromarray(values), "TIFF"))
    assert result.rgb[0, :, 0].tolist() == [0, 128, 255]
    assert [notice.key for notice in result.notices] == ["io.image.range_stretched"]
    renders(result.notices[0])


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_float_tiff_with_nan_or_inf_is_refused(bad: float, refused) -> None:
    values = np.array([[0.0, bad]], dtype=np.float32)
    refused(decode_image, save(Image.fromarray(values), "TIFF"), "io.image.not_finite")


# --- orientation and size ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_matches_pillow_exif_transpose(orientation: int) -> None:
    exif = Image.Exif()
    exif[0x0112] = orientation
    data = save(Image.fromarray(NOISE), "PNG", exif=exif)
    expected = np.array(ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGB"))
    result = decode_image(data)
    np.testing.assert_array_equal(result.rgb, expected)
    assert result.original_size == (expected.shape[1], expected.shape[0])


def test_rotated_jpeg_is_downscaled_upright() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to view": a portrait phone photo
    landscape = np.zeros((600, 2000, 3), dtype=np.uint8)
    landscape[:, :1000] = 255  # left half white: after rotation, the top half
    result = decode_image(save(Image.fromarray(landscape), "JPEG", exif=exif), max_side=500)
    check_array(result, 500, 150)
    assert result.original_size == (600, 2000)
    assert result.rgb[:240].mean() > 250 and result.rgb[260:].mean() < 5
    assert [notice.key for notice in result.notices] == ["io.image.downscaled"]
    assert result.notices[0].params == {"width": 600, "height": 2000, "new_width": 150, "new_height": 500}


@pytest.mark.parametrize("file_format", ["PNG", "JPEG"])
def test_large_images_are_downscaled_to_max_side_with_a_notice(file_format: str, renders) -> None:
    data = save(Image.new("RGB", (3000, 1200), (30, 60, 90)), file_format)
    result = decode_image(data)
    check_array(result, 410, 1024)
    assert result.original_size == (3000, 1200)
    assert np.abs(result.rgb.astype(int) - (30, 60, 90)).max() <= 2
    renders(result.notices[0])
    full = decode_image(data, max_side=None)
    check_array(full, 1200, 3000)
    assert full.notices == []


# --- refusals ---------------------------------------------------------------------------------------------------


def test_a_forged_huge_png_is_refused_from_its_header_quickly(refused) -> None:
    """If these were decoded, the tiny IDAT would fail as "damaged"; the key proves the header decided."""
    start = time.perf_counter()
    error = refused(decode_image, png_header_only(20_000, 20_000), "io.image.too_many_pixels")  # over Pillow's guard
    assert "400.0" in error.message("en")
    error = refused(decode_image, png_header_only(8_000, 8_000), "io.image.too_many_pixels")  # under Pillow's guard
    assert "64.0" in error.message("en") and "40" in error.message("zh")
    assert time.perf_counter() - start < 1.0
    refused(decode_image, png_header_only(100, 100), "io.image.damaged")


def test_our_limit_holds_even_if_pillow_guard_is_switched_off(refused, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)  # some notebook or library may do this process-wide
    refused(decode_image, png_header_only(20_000, 20_000), "io.image.too_many_pixels")


def test_max_pixels_is_a_parameter(refused) -> None:
    data = save(Image.new("L", (2000, 1000)), "PNG")
    refused(decode_image, data, "io.image.too_many_pixels", max_pixels=1_000_000)
    assert decode_image(data, max_pixels=2_000_000).original_size == (2000, 1000)


def make_wav() -> bytes:
    buffer = io.BytesIO()
    sf.write(buffer, np.zeros(800, dtype=np.float32), 8000, format="WAV")
    return buffer.getvalue()


PNG = save(Image.fromarray(NOISE), "PNG")
# Photoshop: signature, version 1, 6 reserved bytes, 3 channels, 16 x 16, 8 bits, RGB.
PSD_HEADER = b"8BPS\x00\x01" + bytes(6) + struct.pack(">HIIHH", 3, 16, 16, 8, 3)
JPEG = save(Image.fromarray(NOISE), "JPEG")


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b"", "io.image.empty"),
        (b"\x13\x37" + RNG.bytes(4000), "io.image.unrecognized"),
        (PNG[: len(PNG) // 2], "io.image.damaged"),
        (PNG[:20], "io.image.damaged"),
        (JPEG[: len(JPEG) // 2], "io.image.damaged"),
        (make_wav(), "io.image.wrong_kind"),
        ("A line of text, 中文 too.\n".encode() * 20, "io.image.wrong_kind"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(200), "io.image.wrong_kind"),
        (save(Image.new("RGB", (32, 32)), "ICO"), "io.image.unsupported_format"),
        (
            b"8BPS\x00\x01" + bytes(6) + b"\x00\x03\x00\x00\x00\x10\x00\x00\x00\x10\x00\x08\x00\x03",
            "io.image.unsupported_format",
        ),
        (save(Image.new("RGB", (8, 8)), "TGA"), "io.image.unsupported_format"),
        (save(Image.new("RGB", (8, 8)), "PPM"), "io.image.unsupported_format"),
    ],
    ids=[
        "empty",
        "garbage",
        "truncated-png",
        "png-header-cut",
        "truncated-jpeg",
        "wav",
        "text",
        "pdf",
        "ico",
        "psd",
        "tga",
        "ppm",
    ],
)
def test_bad_files_get_a_clear_error(data: bytes, key: str, refused) -> None:
    refused(decode_image, data, key)


def test_wrong_kind_and_unsupported_format_name_what_the_file_is(refused) -> None:
    assert refused(decode_image, make_wav(), "io.image.wrong_kind").params["kind"] == "WAV"
    ico = save(Image.new("RGB", (16, 16)), "ICO")
    assert refused(decode_image, ico, "io.image.unsupported_format").params["format"] == "ICO"


def test_file_size_limit_is_checked_before_decoding(refused) -> None:
    refused(decode_image, PNG, "io.image.file_too_large", max_bytes=100)


# --- encode_png -------------------------------------------------------------------------------------------------


def test_encode_png_round_trips_exactly() -> None:
    np.testing.assert_array_equal(decode_image(encode_png(NOISE)).rgb, NOISE)
    with pytest.raises(ValueError):
        encode_png(NOISE.astype(np.float32))
