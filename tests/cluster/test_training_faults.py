"""Faults while students train, with the real servers: a replica dies, a Ray node dies, the cluster is full.

Students use the training studio through the proxy in a real Chromium; the
trainers live in Ray actors (one CPU each, one per node here). The replica
test restores its replica; the node test is the module's last and restores
its node.
"""

from __future__ import annotations

import re
import time
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Browser, Page, expect

from playground.i18n import translate
from support.browser import expect_no_exception, open_app, widget

VIEW = ".lv-root"
COOKIE = "PGREPLICA"


def steps(page: Page) -> int:
    """The live view's "Steps" counter (0 while it is not drawn)."""
    box = page.locator(f"{VIEW} .lv-metric").filter(has=page.get_by_text("Steps", exact=True)).first
    if not box.count():
        return 0
    return int(re.sub(r"[^0-9]", "", box.locator(".lv-metric-value").inner_text()) or 0)


def run_id(page: Page) -> str:
    return parse_qs(urlsplit(page.url).query).get("run", [""])[0]


def replica(page: Page) -> str:
    return next(cookie["value"] for cookie in page.context.cookies() if cookie["name"] == COOKIE)


def wait(predicate, timeout_s: float, what: str, page: Page | None = None) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, what
        if page is not None:
            page.wait_for_timeout(300)
        else:
            time.sleep(0.3)


def start_training(page: Page, url: str) -> None:
    open_app(page, f"{url}/training?lang=en", timeout_ms=150_000)  # a replica's first page imports torch
    expect(page.locator(f"{VIEW} .lv-metric").first).to_be_visible(timeout=120_000)  # the actor has started
    widget(page, "train.play").locator("button").first.click()
    wait(lambda: steps(page) > 200, 60, "training did not start", page)


def test_a_student_keeps_their_run_when_the_replica_serving_them_dies(cluster, page: Page) -> None:
    start_training(page, cluster.url)
    run, dead = run_id(page), int(replica(page).removeprefix("r"))
    assert run, "the run id travels in the URL"
    before = steps(page)
    cluster.stop_replica(dead, kill=True)  # SIGKILL: the replica's memory (session state) is gone
    try:
        wait(lambda: replica(page) == f"r{3 - dead}", 90, "the page did not reconnect to the other replica", page)
        # The other replica finds the run by the URL's id: the same actor, which trained on meanwhile.
        wait(lambda: steps(page) > before + 1000, 90, "training did not go on after the failover", page)
        assert run_id(page) == run
        expect_no_exception(page)
        expect(widget(page, "train.pause").locator("button").first).to_be_visible()
    finally:
        cluster.start_replica(dead)
    cluster.wait_proxy_state(dead, "UP")


def test_a_dead_node_loses_only_its_students_runs_and_a_restart_queues_for_room(cluster, browser: Browser) -> None:
    pages = [browser.new_context(viewport={"width": 1440, "height": 1000}).new_page() for _ in range(2)]
    for page in pages:
        start_training(page, cluster.url)  # two one-CPU nodes: one student's actor on each
    assert len({run_id(page) for page in pages}) == 2
    lost_text = translate("train.msg.node_lost", "en")
    cluster.stop_node(2, kill=True)
    try:

        def lost(page: Page) -> bool:
            return page.get_by_text(lost_text[:60]).count() > 0

        wait(lambda: any(lost(page) for page in pages), 120, "no student was told their node went away")
        victim, survivor = sorted(pages, key=lambda page: not lost(page))
        assert not lost(survivor)
        going = steps(survivor)
        wait(lambda: steps(survivor) > going + 500, 60, "the other node's student stopped training", survivor)
        expect_no_exception(victim)
        # Restart: the one node left is busy with the survivor's run, so the new run waits in the queue.
        widget(victim, "train.restart").locator("button").first.click()
        queued = translate("train.msg.queued", "en", n=1)
        expect(victim.get_by_text(queued[:40])).to_be_visible(timeout=60_000)
    finally:
        cluster.start_node(2)
    # A place frees up (the node is back): the queued run starts and its view appears.
    expect(victim.locator(f"{VIEW} .lv-metric").first).to_be_visible(timeout=120_000)
    expect_no_exception(victim)
    for page in pages:
        page.context.close()
