#!/usr/bin/env bash
# Command (2): create .venv, install the dev requirements and, where missing, Debian's chromium,
# espeak-ng and haproxy, then lint and run every test (unit, app, real-browser and the loopback
# cluster) in a network namespace that has only loopback (scripts/in_loopback_namespace.sh).
# Extra arguments go to pytest (e.g. tests/unit -x).
source "$(dirname "$0")/_venv.sh" requirements-dev.txt

# Debian packages the tests need, installed where missing (`apt-get update` once, first).
APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" = 0 ]; then
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@"
}

# Browser tests drive Debian's chromium through Playwright's executable_path;
# `playwright install` cannot download browsers on our machines.
CHROMIUM="${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-$(command -v chromium || true)}"
if [ -z "$CHROMIUM" ]; then
  apt_install chromium
  CHROMIUM="$(command -v chromium)"
fi
export PLAYWRIGHT_CHROMIUM_EXECUTABLE="$CHROMIUM"

# espeak-ng synthesises the speech lab's spoken digits (the lab also works from the clips in assets/);
# its tests check both paths, so the test machine has the program, as Streamlit Cloud does (packages.txt).
if ! command -v espeak-ng >/dev/null; then
  apt_install espeak-ng || echo "no espeak-ng: the speech lab uses its shipped clips" >&2
fi

# A CJK font, so the Chinese screenshots the browser tests take are readable
# (students' own browsers bring their own fonts; a bare server has none).
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  apt_install fonts-wqy-zenhei || echo "no CJK font: Chinese screenshots will show boxes" >&2
fi

# HAProxy fronts the app replicas in the loopback cluster tests (tests/cluster/, scripts/run_cluster.sh);
# Ray comes from PyPI with requirements-dev.txt (requirements-cluster.txt).
if ! command -v haproxy >/dev/null && [ ! -x /usr/sbin/haproxy ]; then
  apt_install haproxy
fi

.venv/bin/ruff check .
.venv/bin/ruff format --check .
# The suite talks to 127.0.0.1 only: it runs in a network namespace that has nothing but `lo`, so no
# server it starts is reachable from the network, and Ray (which will not use 127.0.0.1 while another
# interface exists) stays on loopback. pytest's exit status comes back unchanged (.ci/run reads it).
# --durations lists the 25 slowest tests, so a run shows where the 20-minute budget goes.
exec bash scripts/in_loopback_namespace.sh .venv/bin/python -m pytest --durations=25 "$@"
