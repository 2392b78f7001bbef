"""Training studio in a real browser: how live the live view is, drawn by the browser and drawn by Streamlit.

Run: ``python benchmarks/training_browser.py``. Starts the app twice on free ports,
opens the training page in Debian's chromium, presses Play and measures for a
few seconds:

- as the app is served (``app.py``): the browser component draws the view from
  the live feed (``/_live/<token>``); we read its own counters: animation frames
  drawn per second (``data-fps``) and updates received from the trainer per second
  (``data-updates``);
- the fallback (``streamlit run streamlit_app.py``): Streamlit fragments redraw
  server-made pictures; we count the page's "View updates: N" counter.

Anchor: TensorFlow Playground redraws every animation frame (~60/s, quoted; it
is not run here). Fair in what it says: the same page, network and data in the
same browser on the same host; each figure is counted by the page itself. The
host is shared (2 cores: the trainer holds one), which lowers every figure.

``--smoke``: one window of one second, to check in seconds that the benchmark still
drives the page and prints its RESULT lines (the figures mean nothing then).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from playwright.sync_api import Page, sync_playwright  # noqa: E402

from support.chromium import CHROMIUM_FLAGS, chromium_path  # noqa: E402
from support.server import streamlit_server  # noqa: E402

IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
VIEW = ".lv-root"
WINDOW_S = 5.0


def _open_training(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(IDLE, timeout=90_000)
    page.goto(f"{url}/training")
    page.wait_for_selector(IDLE, timeout=90_000)


def browser_drawn(page: Page, url: str, window: float, windows: int, settle: float) -> list[tuple[float, float]]:
    """(animation frames/s, trainer updates/s) per window, read from the component's own counters."""
    _open_training(page, url)
    page.locator(VIEW).first.wait_for(timeout=90_000)
    page.locator(".st-key-train-play button").first.click()
    deadline = time.monotonic() + 60  # the component sits in a shadow root: Playwright's locators reach it
    while page.locator(VIEW).first.get_attribute("data-running") != "1":
        if time.monotonic() > deadline:
            raise TimeoutError("the live view never started running")
        time.sleep(0.1)
    time.sleep(settle)
    rates = []
    for _ in range(windows):
        view = page.locator(VIEW).first
        before, start = int(view.get_attribute("data-updates") or 0), time.monotonic()
        time.sleep(window)
        updates = (int(view.get_attribute("data-updates") or 0) - before) / (time.monotonic() - start)
        rates.append((float(view.get_attribute("data-fps") or 0), updates))
    page.locator(".st-key-train-pause button").first.click()
    return rates


def streamlit_drawn(page: Page, url: str, window: float, windows: int, settle: float) -> list[float]:
    """Redraws/s of the fallback fragments, counted by the page's "View updates: N" caption."""

    def updates() -> int:
        text = page.get_by_text(re.compile(r"View updates: \d+")).first.inner_text()
        return int(re.search(r"View updates: (\d+)", text).group(1))

    _open_training(page, url)
    page.get_by_text(re.compile(r"View updates: \d+")).first.wait_for(timeout=90_000)
    page.locator(".st-key-train-play button").first.click()
    time.sleep(settle)
    rates = []
    for _ in range(windows):
        before, start = updates(), time.monotonic()
        time.sleep(window)
        rates.append((updates() - before) / (time.monotonic() - start))
    page.locator(".st-key-train-pause button").first.click()
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="one short window: checks it runs")
    smoke = parser.parse_args().smoke
    window, windows, settle = (1.0, 1, 1.0) if smoke else (WINDOW_S, 2, 2.0)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1200})
        with streamlit_server(script="app.py") as url:
            drawn = browser_drawn(page, url, window, windows, settle)
        fallback: list[float] = []
        if not smoke:
            with streamlit_server(script="streamlit_app.py") as url:
                fallback = streamlit_drawn(page, url, window, windows, settle)
        browser.close()
    print(
        "Compared: how live the training studio's view is in a real browser (Debian chromium, same page, network\n"
        "and data), drawn by the browser from the live feed vs redrawn by Streamlit fragments, against TensorFlow\n"
        "Playground's quoted ~60 frames/s. Each figure is the page's own counter; the 2-core host is shared."
    )
    if smoke:
        print("SMOKE RUN: one window of 1 s, browser-drawn only; the figures below are not measurements.")
    print(f"{'live view while training':48} {'frames/s':>9} {'updates/s':>10}")
    print(f"{'TensorFlow Playground (anchor, quoted)':48} {'~60':>9} {'':>10}")
    for index, (fps, updates) in enumerate(drawn, 1):
        print(f"{f'drawn by the browser, window {index} of {window:.0f} s':48} {fps:>9.1f} {updates:>10.1f}")
    for index, rate in enumerate(fallback, 1):
        print(f"{f'drawn by Streamlit (fallback), window {index}':48} {rate:>9.1f} {rate:>10.1f}")
    print(f"host load average: {' '.join(open('/proc/loadavg').read().split()[:3])}")  # noqa: SIM115
    print(f"RESULT browser_fps={max(fps for fps, _ in drawn):.1f}")
    print(f"RESULT live_view_updates_per_second={max(updates for _, updates in drawn):.1f}")
    if fallback:
        print(f"RESULT fallback_redraws_per_second={max(fallback):.1f}")


if __name__ == "__main__":
    main()
