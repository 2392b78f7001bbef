"""Tokens coloured by their contribution, as HTML with every piece of user text escaped.

Why here and not in the page: the colouring rule (blue pushes to "positive", orange to "negative",
strength by the largest contribution in the sentence, unknown tokens struck through) is part of the
explanation, and a test checks that a typed ``<script>`` arrives as text, not as markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np

BLUE, ORANGE = (31, 119, 180), (255, 127, 14)


def token_html(tokens: Sequence[str], contributions: np.ndarray, known: Sequence[bool], unknown_title: str) -> str:
    """One ``<span>`` per token; its background's opacity is its share of the largest |contribution|."""
    scale = float(np.max(np.abs(contributions))) if len(contributions) else 0.0
    spans = []
    for token, value, seen in zip(tokens, contributions, known, strict=True):
        strength = abs(float(value)) / scale if scale > 0 else 0.0
        red, green, blue = BLUE if value >= 0 else ORANGE
        style = (f"background: rgba({red},{green},{blue},{0.1 + 0.8 * strength:.2f}); padding: 2px 4px; "
                 "margin: 2px; border-radius: 4px; display: inline-block; font-size: 1.05rem;")  # fmt: skip
        title = f"{float(value):+.3f}" if seen else unknown_title
        if not seen:
            style += " text-decoration: line-through; opacity: 0.6;"
        spans.append(f'<span class="lang-token" title="{html.escape(title)}" style="{style}">'
                     f"{html.escape(token)}</span>")  # fmt: skip
    return '<div class="lang-tokens" style="line-height: 2.1;">' + "".join(spans) + "</div>"
