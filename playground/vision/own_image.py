"""An own photo or drawing as the model sees it: gray, ink made bright, cropped to the digit, resized, centred.

Why these steps: the training digits are white strokes on black, centred,
filling ~70 % of a square. A phone photo of a digit on paper is dark ink on a
light background, off centre, any size. Inverting when the background is
light, cropping to the ink's box and padding it to a square like the training
digits is what makes the comparison fair; the page shows the result so the
student sees what the model was given. Decoding (limits, bombs, EXIF) is the
image studio's ``playground.io.images.decode_image``, with its messages.
"""

from __future__ import annotations

import cv2
import numpy as np

from playground.io.images import decode_image

INK_FILL = 0.7  # the digit's longer side over the image side, as in the training sets


def to_model_input(rgb: np.ndarray, size: int) -> np.ndarray:
    """An RGB uint8 image as one ``size`` x ``size`` float32 digit in [0, 1], white on black."""
    gray = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY).astype(np.float32) / 255.0
    border = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
    if float(np.median(border)) > 0.5:  # a light background: dark ink on paper
        gray = 1.0 - gray
    low, high = np.percentile(gray, 5), gray.max()
    ink = np.clip((gray - low) / max(high - low, 1e-6), 0.0, 1.0)
    ink[ink < 0.2] = 0.0  # paper texture and shadows are not strokes
    ys, xs = np.nonzero(ink)
    if len(xs):
        ink = ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    h, w = ink.shape
    side = max(h, w) / INK_FILL
    canvas = np.zeros((int(np.ceil(side)), int(np.ceil(side))), np.float32)
    top, left = (canvas.shape[0] - h) // 2, (canvas.shape[1] - w) // 2
    canvas[top : top + h, left : left + w] = ink
    return cv2.resize(canvas, (size, size), interpolation=cv2.INTER_AREA)


def decode_for_model(data: bytes, size: int) -> tuple[np.ndarray, np.ndarray, list]:
    """Decode an upload safely (``InputError`` with the image studio's messages) and prepare it for the model.

    Returns the decoded RGB preview, the model's input and the decoder's notices.
    """
    decoded = decode_image(data, max_side=512)
    return decoded.rgb, to_model_input(decoded.rgb, size), decoded.notices
