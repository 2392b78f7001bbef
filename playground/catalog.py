"""The catalogue of pages: file, URL path, studio, key prefix, what each teaches.

Why a registry here rather than a list in the router: the Home page builds its
cards from it, the tests open every page from it, the README screenshots
follow it, and the registry battery checks each page's texts in both
languages like any other catalogue. A page joins the app by flipping
``ready`` when its issue delivers it; unfinished pages are never shown (no
placeholders). Adding a studio is its page file, its two packages
(``playground/<studio>/`` and ``playground/ui/<studio>/``) and one entry here.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.core.registry import Entry, Registry


@dataclass(frozen=True)
class PageSpec(Entry):
    """One page of the playground; ``url_path`` is shared by teachers, keep it stable.

    ``name`` is the studio's package name; ``key_prefix`` starts every session
    key, widget key and i18n key of the studio (``train.`` for the training
    studio, kept from before the packages had names).
    """

    file: str  # relative to the repository root
    url_path: str  # "" for the home page
    key_prefix: str
    icon: str
    topics: tuple[str, ...]  # keys of FUNDAMENTALS this page teaches
    ready: bool
    section: str = "studios"  # a key of SECTIONS: where the navigation lists it

    @property
    def title_key(self) -> str:
        return f"{self.key_prefix}.nav"

    @property
    def summary_key(self) -> str:
        return f"{self.key_prefix}.summary"


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
    "applications",
)

# The navigation's groups, in order; "" is the ungrouped top (Home).
SECTIONS: tuple[str, ...] = ("", "foundations", "studios", "applications")

PAGES: Registry[PageSpec] = Registry(
    "page",
    (
        PageSpec("home", "pages/home.py", "", "home", ":material/home:", (), True, ""),
        PageSpec(
            "image",
            "pages/image_augmentation.py",
            "image_augmentation",
            "image",
            ":material/image:",
            ("augmentation",),
            True,
        ),
        PageSpec(
            "audio",
            "pages/audio_augmentation.py",
            "audio_augmentation",
            "audio",
            ":material/graphic_eq:",
            ("augmentation",),
            True,
        ),
        PageSpec(
            "training",
            "pages/training.py",
            "training",
            "train",
            ":material/model_training:",
            ("structure", "losses", "optimizers", "parallel"),
            True,
            "foundations",
        ),
        PageSpec(
            "optim",
            "pages/optimization.py",
            "optimization",
            "opt",
            ":material/trending_down:",
            ("structure", "losses", "optimizers"),
            True,
            "foundations",
        ),
        PageSpec(
            "compress",
            "pages/compression.py",
            "compression",
            "compress",
            ":material/compress:",
            ("compression", "parallel"),
            True,
        ),
        PageSpec("fusion", "pages/fusion.py", "fusion", "fusion", ":material/join:", ("fusion",), True),
        PageSpec("parallel", "pages/parallel.py", "parallel", "parallel", ":material/memory:", ("parallel",), True),
        PageSpec(
            "vision",
            "pages/vision.py",
            "vision",
            "vision",
            ":material/visibility:",
            ("applications", "augmentation", "structure"),
            True,
            "applications",
        ),
        PageSpec(
            "speech",
            "pages/speech.py",
            "speech",
            "speech",
            ":material/record_voice_over:",
            ("applications", "augmentation"),
            True,
            "applications",
        ),
        PageSpec(
            "language",
            "pages/language.py",
            "language",
            "language",
            ":material/translate:",
            ("applications", "structure"),
            True,
            "applications",
        ),
    ),
)


def ready_pages() -> list[PageSpec]:
    """The pages shown in the navigation, home first."""
    return [page for page in PAGES.values() if page.ready]
