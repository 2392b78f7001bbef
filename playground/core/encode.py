"""One image encoder for the whole playground: PNG or JPEG bytes, and ``data:`` URIs.

Why one: six encoders had grown in six modules (thumbnails, exports, the
network picture, the boundary, the surface picture, uploads), each with its
own colour-order conversion and its own failure rule. Here an RGB (or grey,
or RGBA) uint8 array becomes bytes one way: OpenCV's encoder (the fastest
here: ~1 ms for a 320-px JPEG), RGB turned into OpenCV's BGR once, and a
failure raised instead of returning an empty picture that a page would show
as a broken image.
"""

from __future__ import annotations

import base64
from typing import Literal

import cv2
import numpy as np

ImageFormat = Literal["png", "jpeg"]
MIME: dict[str, str] = {"png": "image/png", "jpeg": "image/jpeg"}


def encode_image(
    rgb: np.ndarray,
    image_format: ImageFormat = "png",
    *,
    quality: int = 88,
    png_compression: int = 3,
    max_side: int | None = None,
    scale: int = 1,
) -> bytes:
    """``rgb`` (H×W, H×W×3 RGB or H×W×4 RGBA, uint8) as PNG or JPEG bytes.

    ``max_side`` shrinks a large image (area-averaged) for a thumbnail;
    ``scale`` enlarges a small one with hard pixel edges (a 100×100 boundary
    shown at 300 px must stay crisp).
    """
    array = np.asarray(rgb)
    if array.dtype != np.uint8 or array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[2] not in (1, 3, 4)):
        raise ValueError(f"encode_image needs uint8 H x W, H x W x 3 or H x W x 4, got {array.dtype} {array.shape}")
    if max_side is not None and max(array.shape[:2]) > max_side:
        factor = max_side / max(array.shape[:2])
        size = (max(1, round(array.shape[1] * factor)), max(1, round(array.shape[0] * factor)))
        array = cv2.resize(array, size, interpolation=cv2.INTER_AREA)
    if scale > 1:
        array = cv2.resize(array, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)
    if array.ndim == 3 and array.shape[2] == 3:
        array = cv2.cvtColor(array, cv2.COLOR_RGB2BGR)
    elif array.ndim == 3 and array.shape[2] == 4:
        array = cv2.cvtColor(array, cv2.COLOR_RGBA2BGRA if image_format == "png" else cv2.COLOR_RGBA2BGR)
    if image_format == "jpeg":
        ok, data = cv2.imencode(".jpg", array, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    else:
        ok, data = cv2.imencode(".png", array, [cv2.IMWRITE_PNG_COMPRESSION, int(png_compression)])
    if not ok:  # pragma: no cover - OpenCV encodes every uint8 array of these shapes
        raise ValueError(f"{image_format} encoding failed")
    return data.tobytes()


def data_uri(data: bytes, mime: str) -> str:
    """Bytes as a ``data:`` URI (plotly layout images, inline HTML)."""
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


def image_uri(rgb: np.ndarray, image_format: ImageFormat = "png", **options: int) -> str:
    """``encode_image`` as a ``data:`` URI."""
    return data_uri(encode_image(rgb, image_format, **options), MIME[image_format])
