"""sniff_kind names what a refused file looks like, so the error can say "this is a WAV, not an image"."""

from __future__ import annotations

import pytest

from playground.io.sniff import sniff_kind


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "WAV"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8L", "WebP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"BM\x36\x00\x00\x00\x00\x00\x00\x00\x36\x00", "BMP"),
        (b"BMW drivers club: members list\n", "TXT"),
        (b"fLaC\x00\x00\x00\x22", "FLAC"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00", "MP3"),
        (b"\xff\xfb\x90\x64\x00", "MP3"),
        (b"\xff\xf1\x50\x80\x00", "AAC"),
        (b"\x00\x00\x00\x20ftypM4A \x00\x00", "M4A/MP4"),
        (b"%PDF-1.7\n", "PDF"),
        (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', "SVG"),
        ("日本語と中文のテキスト\n".encode() * 40, "TXT"),
        (b"\x13\x37\x00\x01\x02", None),
        (b"", None),
    ],
)
def test_sniff_kind(data: bytes, kind: str | None) -> None:
    assert sniff_kind(data) == kind


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x00\x00\x00\x1cftypM4B \x00\x00\x00\x00", "M4A/MP4"),
        (b"\x00\x00\x00\x18ftyp3gp4\x00\x00\x00\x00", "M4A/MP4"),
        (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00", "MOV"),
        (b"\xff\xf9\x50\x80\x00", "AAC"),  # ADTS, MPEG-2 flavour
        (b"0&\xb2u\x8ef\xcf\x11\xa6\xd9\x00\xaa\x00b\xcel" + bytes(16), "WMA"),
        (b"#!AMR\n\x3c", "AMR"),
        (b"#!AMR-WB\n", "AMR"),
        (b"MThd\x00\x00\x00\x06", "MIDI"),
    ],
)
def test_sounds_libsndfile_cannot_read_are_recognised_from_their_bytes(data: bytes, kind: str) -> None:
    assert sniff_kind(data) == kind
