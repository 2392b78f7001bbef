"""English and Simplified Chinese catalogues for every string the app shows.

Why catalogues split by domain (``catalogues/<domain>.py``) with both
languages side by side: a translator sees the English beside the Chinese, a
missing translation is caught by a test, and two people adding two pages
never edit the same file.

A studio's catalogues sit in a sub-package named after it (``catalogues/image/``).
Each catalogue module defines ``STRINGS: dict[str, dict[str, str]]`` mapping
a dotted key (``"home.title"``) to ``{"en": ..., "zh": ...}``. Values are
``str.format`` templates; placeholders must match across languages.
"""

from __future__ import annotations

import importlib
import pkgutil
import string
from functools import lru_cache

from playground.i18n import catalogues

LANGUAGES: dict[str, str] = {"en": "English", "zh": "简体中文"}
DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=1)
def all_strings() -> dict[str, dict[str, str]]:
    """Merge every catalogue module; a key declared twice is a bug, so raise."""
    merged: dict[str, dict[str, str]] = {}
    for module_info in pkgutil.walk_packages(catalogues.__path__, prefix=f"{catalogues.__name__}."):
        module = importlib.import_module(module_info.name)
        for key, texts in getattr(module, "STRINGS", {}).items():
            if key in merged:
                raise ValueError(f"i18n key {key!r} is declared twice (again in {module_info.name})")
            merged[key] = texts
    return merged


def normalize_language(language: str | None) -> str:
    """Map anything a URL or a browser might send ("zh-CN", "EN") to a known code."""
    if not language:
        return DEFAULT_LANGUAGE
    code = language.strip().lower().split("-")[0].split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def translate(key: str, language: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """Return the text for ``key`` in ``language``, formatted with ``params``.

    A missing key returns the key itself (visible, not a crash) so a typo is
    noticed on the page and by the catalogue tests rather than taking a page
    down in front of a class.
    """
    texts = all_strings().get(key)
    if texts is None:
        return key
    template = texts.get(normalize_language(language)) or texts.get(DEFAULT_LANGUAGE, key)
    return template.format(**params) if params else template


def placeholders(template: str) -> set[str]:
    """The named fields of a format template, used to check translations agree."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}
