"""What a typed or pasted sentence must be before any tokenizer sees it.

Why one guard: the "type a sentence" box, the "add to training data" form and the probes all take
text from a student. A pasted 1 MB text would make a Transformer's attention map a million squared,
control characters break the HTML colouring, and an empty sentence has nothing to explain; each is
refused (or repaired) here with a message in both languages instead of failing later inside torch.
"""

from __future__ import annotations

import unicodedata

from playground.core.errors import InputError, Notice

MAX_SENTENCE_CHARS = 500  # a long review is ~350 characters (99th percentile of the corpus); attention stays readable
MAX_PASTE_BYTES = 20_000  # anything larger is refused before it is even scanned character by character


def clean_sentence(text: object) -> tuple[str, tuple[Notice, ...]]:
    """``text`` made safe to tokenize, with notices for what was changed; ``InputError`` when it is unusable."""
    if not isinstance(text, str):
        raise InputError("language.error.not_text")
    size = len(text.encode("utf-8", errors="replace"))
    if size > MAX_PASTE_BYTES:
        raise InputError("language.error.too_long", size=size, limit=MAX_SENTENCE_CHARS)
    notes: list[Notice] = []
    kept = "".join(" " if _is_control(char) else char for char in text)
    if kept != text:
        notes.append(Notice("language.note.control_removed"))
    kept = " ".join(kept.split())
    if not kept:
        raise InputError("language.error.empty")
    if len(kept) > MAX_SENTENCE_CHARS:
        kept = kept[:MAX_SENTENCE_CHARS]
        notes.append(Notice("language.note.cut", {"limit": MAX_SENTENCE_CHARS}))
    return kept, tuple(notes)


def _is_control(char: str) -> bool:
    """Control, format and private-use characters (newlines and tabs count: a sentence is one line)."""
    return unicodedata.category(char) in ("Cc", "Cf", "Co", "Cs")
