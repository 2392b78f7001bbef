"""Every catalogue entry exists in both languages with the same placeholders."""

from __future__ import annotations

import pytest

from playground.i18n import LANGUAGES, all_strings, normalize_language, placeholders, translate


def test_every_key_has_every_language_with_matching_placeholders() -> None:
    problems = []
    for key, texts in all_strings().items():
        if set(texts) != set(LANGUAGES):
            problems.append(f"{key}: languages {sorted(texts)}")
            continue
        if any(not text.strip() for text in texts.values()):
            problems.append(f"{key}: empty text")
        if placeholders(texts["en"]) != placeholders(texts["zh"]):
            problems.append(f"{key}: placeholders differ")
    assert not problems, "\n".join(problems)


def test_chinese_texts_are_chinese() -> None:
    """A zh entry copied from English is a missed translation (names and formulas excepted)."""
    untranslated = [
        key
        for key, texts in all_strings().items()
        if texts["zh"] == texts["en"]
        and any(char.isalpha() and char.isascii() for char in texts["en"])
        and len(texts["en"].split()) > 3
    ]
    assert not untranslated, untranslated


@pytest.mark.parametrize(("raw", "expected"), [("zh-CN", "zh"), ("EN", "en"), ("fr", "en"), (None, "en"), ("", "en")])
def test_language_codes_are_normalized(raw: str | None, expected: str) -> None:
    assert normalize_language(raw) == expected


def test_translate_formats_and_survives_unknown_keys() -> None:
    assert translate("devices.vanished", "en", device="cuda:1").startswith("The device cuda:1")
    assert "cuda:1" in translate("devices.vanished", "zh", device="cuda:1")
    assert translate("no.such.key", "zh") == "no.such.key"
