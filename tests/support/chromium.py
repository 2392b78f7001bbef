"""Debian's chromium for Playwright: where it is and how it is launched (browser and cluster tests)."""

from __future__ import annotations

import os
import shutil

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    # A synthetic microphone (a beeping tone) and camera (a moving test pattern), allowed without a prompt,
    # so st.audio_input and st.camera_input can be driven like a student would.
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
]


def chromium_path() -> str:
    """Debian's chromium; browser tests must run, so a missing browser is an error."""
    path = os.environ.get("PLAYWRIGHT_CHROMIUM_EXECUTABLE") or shutil.which("chromium")
    if not path:
        raise RuntimeError("Debian's chromium is missing: run scripts/test.sh, which installs it.")
    return path
