"""The catalogue of pages: file, URL path, title, what it teaches.

Why a plain list here rather than in the router: the Home page builds its
cards from it, the tests open every page from it, and the README screenshots
follow it. A page joins the app by flipping ``ready`` when its issue delivers
it; unfinished pages are never shown (no placeholders).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    """One page of the playground; ``url_path`` is shared by teachers, keep it stable."""

    file: str  # relative to the repository root
    url_path: str  # "" for the home page
    title_key: str
    summary_key: str
    icon: str
    topics: tuple[str, ...]  # keys of FUNDAMENTALS this page teaches
    ready: bool


# The fundamentals of deep learning the playground is built around; the Home
# page lists each with the pages that teach it.
FUNDAMENTALS: tuple[str, ...] = (
    "structure",
    "losses",
    "optimizers",
    "augmentation",
    "compression",
    "fusion",
    "parallel",
)

PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/home.py", "", "home.nav", "home.summary", ":material/home:", (), True),
    PageSpec(
        "pages/image_augmentation.py",
        "image_augmentation",
        "image.nav",
        "image.summary",
        ":material/image:",
        ("augmentation",),
        True,
    ),
    PageSpec(
        "pages/audio_augmentation.py",
        "audio_augmentation",
        "audio.nav",
        "audio.summary",
        ":material/graphic_eq:",
        ("augmentation",),
        True,
    ),
    PageSpec(
        "pages/training.py",
        "training",
        "train.nav",
        "train.summary",
        ":material/model_training:",
        ("structure", "losses", "optimizers", "parallel"),
        True,
    ),
    PageSpec(
        "pages/optimization.py",
        "optimization",
        "opt.nav",
        "opt.summary",
        ":material/trending_down:",
        ("structure", "losses", "optimizers"),
        True,
    ),
    PageSpec(
        "pages/compression.py",
        "compression",
        "compress.nav",
        "compress.summary",
        ":material/compress:",
        ("compression", "fusion", "parallel"),
        True,
    ),
)


def ready_pages() -> list[PageSpec]:
    """The pages shown in the navigation, home first."""
    return [page for page in PAGES if page.ready]
