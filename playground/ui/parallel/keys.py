"""Every session and widget key of the parallel computing lab, declared once.

The sizes' widget keys come from the state table (``playground.parallel.settings.TABLE``):
``parallel.<experiment>.<param>``. Keys never change: tests and teachers' automation target them.
"""

from __future__ import annotations

from playground.parallel.settings import PREFIX, TABLE

EXPERIMENT = TABLE.key("experiment")  # "parallel.experiment"
RUN = f"{PREFIX}.run"
AGAIN = f"{PREFIX}.again"
CSV = f"{PREFIX}.csv"
URL_READ = f"{PREFIX}.url_read"  # the link was read once this session
LINK_NOTES = f"{PREFIX}.link_notes"
WAITING = f"{PREFIX}.waiting"  # this session's page is watching a queued or running measurement
LIVE = f"{PREFIX}.live"  # the container the live fragment draws in
REFUSAL = f"{PREFIX}.refusal"  # the refusal of the last Run (sizes over the cap), shown once


def guess_key(experiment: str) -> str:
    """The guess radio of one experiment (not in the URL: a link must not carry the answer)."""
    return f"{PREFIX}.guess.{experiment}"


def chart_key(experiment: str, index: int) -> str:
    return f"{PREFIX}.chart.{experiment}.{index}"
