"""Guess what kind of file some bytes are from their first few bytes ("magic numbers").

Why: when a decoder refuses a file, "this looks like a WAV file, not an image"
helps far more than "cannot identify image file". The guess only words the
error message; it never decides what gets decoded (the decoders do that).
Labels are format names such as "WAV" or "PDF", the same in every language.
Why bytes and not the name: a phone's voice memo is M4A whatever it is
called, and a renamed ``.wav`` that holds AAC must still get the right advice.
"""

from __future__ import annotations

_TEXT_PROBE = 512

# (offset, magic bytes, label), checked in order; the first match wins.
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG"),
    (0, b"\xff\xd8\xff", "JPEG"),
    (0, b"GIF87a", "GIF"),
    (0, b"GIF89a", "GIF"),
    (0, b"II*\x00", "TIFF"),
    (0, b"MM\x00*", "TIFF"),
    (0, b"\x00\x00\x01\x00", "ICO"),
    (0, b"8BPS", "PSD"),
    (0, b"fLaC", "FLAC"),
    (0, b"OggS", "OGG"),
    (0, b"ID3", "MP3"),
    (0, b"FORM", "AIFF"),
    (0, b"%PDF", "PDF"),
    (0, b"PK\x03\x04", "ZIP"),
    (0, b"\x1f\x8b", "GZIP"),
    (0, b"\x7fELF", "ELF"),
    (4, b"ftypqt", "MOV"),
    (4, b"ftyp", "M4A/MP4"),  # ISO base media (M4A, M4B, MP4, 3GP): AAC or ALAC inside, which libsndfile cannot read
    (0, b"\x1aE\xdf\xa3", "WebM/MKV"),
    (0, b"0&\xb2u\x8ef\xcf\x11\xa6\xd9\x00\xaa\x00b\xce\x6c", "WMA"),  # the ASF header object's GUID
    (0, b"#!AMR", "AMR"),  # AMR-NB and AMR-WB ("#!AMR-WB") phone recordings
    (0, b"MAC ", "APE"),  # Monkey's Audio
    (0, b"wvpk", "WavPack"),
    (0, b"MThd", "MIDI"),  # notes, not a recording
)
# Sound formats libsndfile 1.2 cannot decode: a refusal names them and says how to convert (``io.audio``).
AUDIO_WE_CANNOT_READ = frozenset({"AAC", "M4A/MP4", "MOV", "WebM/MKV", "WMA", "AMR", "APE", "WavPack"})


def sniff_kind(data: bytes) -> str | None:
    """Return a short format label for ``data`` ("WAV", "PNG", "TXT", ...) or None if unknown."""
    if data[:4] in (b"RIFF", b"RF64") and len(data) >= 12:
        return {b"WAVE": "WAV", b"WEBP": "WebP", b"AVI ": "AVI"}.get(data[8:12], "RIFF")
    if data[:2] == b"BM" and data[6:10] == b"\0\0\0\0":  # "BM" alone starts too many text files
        return "BMP"
    for offset, magic, label in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return label
    if len(data) >= 2 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0:
        # MPEG audio frame sync; layer bits 00 mean an ADTS (raw AAC) stream instead of MP3.
        return "AAC" if data[1] & 0x06 == 0 else "MP3"
    head = data[:_TEXT_PROBE]
    if _looks_like_text(head):
        return "SVG" if b"<svg" in head.lower() else "TXT"
    return None


def _looks_like_text(head: bytes) -> bool:
    """UTF-8 without NUL bytes or control characters (except tab and newlines): text, CSV, JSON, ..."""
    if not head or b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:  # a multi-byte character cut at the probe's end is still text
            return False
        text = head[: error.start].decode("utf-8")
    return all(ch.isprintable() or ch in "\t\r\n\f" for ch in text)
