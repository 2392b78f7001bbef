"""Pick the image: a bundled sample, one or more uploads, or a camera snapshot; decode once per file.

Why the cache is keyed on the SHA-1 of the bytes: Streamlit hashes big arrays
from a sample and hashes an ``UploadedFile`` with its read position, so two
different photos could share a key. The bytes' digest cannot collide in
practice, and the decoded preview copy is reused on every rerun.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import streamlit as st

from playground.augment.image.settings import SOURCES
from playground.core.errors import InputError, Notice
from playground.data.samples import sample_bytes, samples_of
from playground.io.images import ACCEPTED, DecodedImage, decode_image
from playground.ui import show_input_error, show_notices, t
from playground.ui.image.keys import CAMERA, SAMPLE, SOURCE, UPLOAD, UPLOAD_PICK
from playground.ui.state.kept_inputs import forget_if_cleared, keep_input, kept_input

UPLOAD_TYPES = ["png", "jpg", "jpeg", "webp", "bmp", "tif", "tiff", "gif"]


@dataclass(frozen=True)
class Source:
    """The chosen image: display name, digest of its bytes, the preview copy and its notes."""

    name: str
    file_name: str  # what the exported script should open: the upload's name or the sample's path
    sha1: str
    data: bytes
    rgb: np.ndarray
    original_size: tuple[int, int]
    format: str
    notices: tuple[Notice, ...]


@st.cache_data(max_entries=16, show_spinner=False)
def _decoded(sha1: str, _data: bytes) -> DecodedImage:
    """Decode through ``playground.io`` (limits, EXIF, bombs); ``sha1`` is the whole cache key."""
    return decode_image(_data)


def _load(name: str, data: bytes, file_name: str) -> Source | None:
    sha1 = hashlib.sha1(data).hexdigest()
    try:
        decoded = _decoded(sha1, data)
    except InputError as error:
        show_input_error(error, name=name)
        return None
    rgb = decoded.rgb
    rgb.setflags(write=False)  # shared by reruns: transforms must copy, never write in place
    return Source(name, file_name, sha1, data, rgb, decoded.original_size, decoded.format, tuple(decoded.notices))


def _kept_or_hint(slot: str, hint_key: str, icon: str) -> Source | None:
    """The image kept from earlier in the session (a page switch empties the widget), else how to add one."""
    kept = kept_input(slot)
    if kept is None:
        st.info(t(hint_key), icon=icon)
        return None
    name = kept.name or t("image.camera_name")
    st.caption(t("image.kept_input", name=name))
    return _load(name, kept.data, kept.name or "camera.jpg")


def choose_source() -> Source | None:
    """Draw the input widgets and return the decoded image, or None (with a message) if there is none."""
    source = st.segmented_control(  # "sample" by default (IMAGE_STATE)
        t("image.source"), SOURCES, format_func=lambda s: t(f"image.source.{s}"), key=SOURCE
    )
    if source == "upload":
        files = st.file_uploader(
            t("image.upload"),
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key=UPLOAD,
            help=t("image.upload_help", accepted=ACCEPTED),
            on_change=forget_if_cleared,
            args=(UPLOAD,),
        )
        if not files:
            return _kept_or_hint(UPLOAD, "image.upload_hint", ":material/upload:")
        names = [f.name for f in files]
        pick = 0
        if len(files) > 1:
            pick = st.selectbox(
                t("image.upload_pick"), range(len(files)), format_func=names.__getitem__, key=UPLOAD_PICK
            )
        chosen = files[min(pick or 0, len(files) - 1)]
        data = chosen.getvalue()
        keep_input(UPLOAD, chosen.name, data)
        return _load(chosen.name, data, chosen.name)
    if source == "camera":
        shot = st.camera_input(t("image.camera"), key=CAMERA, on_change=forget_if_cleared, args=(CAMERA,))
        if shot is None:
            return _kept_or_hint(CAMERA, "image.camera_hint", ":material/photo_camera:")
        data = shot.getvalue()
        keep_input(CAMERA, None, data)
        return _load(t("image.camera_name"), data, "camera.jpg")
    samples = {sample.name: sample for sample in samples_of("image")}
    name = st.selectbox(t("image.sample"), list(samples), format_func=lambda s: t(samples[s].title_key), key=SAMPLE)
    sample = samples[name]
    return _load(t(sample.title_key), sample_bytes(name), f"assets/{sample.path}")


def describe(source: Source) -> None:
    """Say that we work on a preview copy, and show decoder notices (downscaled, transparency...)."""
    h, w = source.rgb.shape[:2]
    st.caption(
        t("image.preview_note", w=w, h=h, ow=source.original_size[0], oh=source.original_size[1], fmt=source.format)
    )
    show_notices(n for n in source.notices if n.key != "io.image.downscaled")
