"""Every session key of the fusion studio: the table's widget keys by name, and the ones no table holds.

Keys never change: links, tests and teachers' automation target them
(``fusion.dataset``, ``fusion.members``, ``fusion.rule``, ``fusion.train`` are promised by the issue).
"""

from __future__ import annotations

from playground.fusion.config import TABLE

PREFIX = f"{TABLE.prefix}."

DATASET, MEMBERS, RULE, KIND, NOISE = (TABLE.key(n) for n in ("dataset", "members", "rule", "kind", "noise"))

# -- the page's memory (not widgets) --------------------------------------------------------------------
CONFIG = PREFIX + "config"  # the last config: survives leaving the page
URL_DONE = PREFIX + "url_loaded"
SEED_FROM_URL = PREFIX + "seed_from_url"
LINK_NOTES = PREFIX + "link_notes"
CHALLENGE_DONE = PREFIX + "challenges_done"  # names of challenges passed this session
LAST_REPORT = PREFIX + "ens.last_report"  # the report the views drew last (the export and challenges read it)


def waiting_key(slot: str) -> str:
    """True while a slot's new job has not answered yet (its view polls until it does)."""
    return f"{PREFIX}{slot}.waiting"


def report_key(slot: str) -> str:
    """The last report of a slot's job: while it is not training nothing changes it, so reruns reuse it."""
    return f"{PREFIX}{slot}.report"


def job_keys(slot: str) -> tuple[str, str, str]:
    """The session id, running flag and structure key of one of the page's jobs (``ens``, ``bv``, ``mi``)."""
    return f"{PREFIX}{slot}.sid", f"{PREFIX}{slot}.running", f"{PREFIX}{slot}.structure"


# -- widgets the table does not hold ---------------------------------------------------------------------
TRAIN, PAUSE, STEP, RESET = PREFIX + "train", PREFIX + "pause", PREFIX + "step", PREFIX + "reset"
LINK_NOTES_OK = PREFIX + "link_notes_ok"
BV_TRAIN, BV_RESET = PREFIX + "bv.train", PREFIX + "bv.reset"
MI_TRAIN, MI_RESET = PREFIX + "mi.train", PREFIX + "mi.reset"
SPEED_RUN, SPEED_RESET = PREFIX + "sp.train", PREFIX + "sp.reset"
CHALLENGE = PREFIX + "challenge"  # the challenge picker
CHALLENGE_LOAD = PREFIX + "challenge_load"
METRICS = PREFIX + "metrics"  # the counters' container
DL_WEIGHTS, DL_CSV, DL_JSON, DL_CONFIG = (PREFIX + n for n in ("dl_weights", "dl_csv", "dl_json", "dl_config"))
CHART_FUSED, CHART_MEMBERS, CHART_RELIABILITY, CHART_DISAGREE, CHART_ERRCORR, CHART_CONDORCET, CHART_CURVES = (
    f"{PREFIX}chart.{n}" for n in ("fused", "members", "reliability", "disagree", "errcorr", "condorcet", "curves")
)
CHART_BV, CHART_MI, CHART_SPEED = PREFIX + "chart.bv", PREFIX + "chart.mi", PREFIX + "chart.speed"
TABLE_SCORES = PREFIX + "scores"
VIEW = PREFIX + "view"  # which of the ensemble's views the live fragment draws (only that one: cheaper ticks)


def css_class(key: str) -> str:
    return "st-key-" + key.replace(".", "-")
