#!/usr/bin/env bash
# Command (2): create .venv, install the dev requirements and Debian's chromium
# where missing, then lint and run every test (unit, app and real-browser).
# Extra arguments go to pytest (e.g. tests/unit -x).
source "$(dirname "$0")/_venv.sh" requirements-dev.txt

# Browser tests drive Debian's chromium through Playwright's executable_path;
# `playwright install` cannot download browsers on our machines.
CHROMIUM="${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-$(command -v chromium || true)}"
if [ -z "$CHROMIUM" ]; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium
  CHROMIUM="$(command -v chromium)"
fi
export PLAYWRIGHT_CHROMIUM_EXECUTABLE="$CHROMIUM"

# espeak-ng synthesises the speech lab's spoken digits (the lab also works from the clips in assets/);
# its tests check both paths, so the test machine has the program, as Streamlit Cloud does (packages.txt).
if ! command -v espeak-ng >/dev/null; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq espeak-ng || echo "no espeak-ng: the speech lab uses its shipped clips" >&2
fi

# A CJK font, so the Chinese screenshots the browser tests take are readable
# (students' own browsers bring their own fonts; a bare server has none).
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq fonts-wqy-zenhei || echo "no CJK font: Chinese screenshots will show boxes" >&2
fi

.venv/bin/ruff check .
.venv/bin/ruff format --check .
exec .venv/bin/python -m pytest "$@"
