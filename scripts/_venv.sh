# Shared by run_app.sh and test.sh: make .venv with Python 3.11 and pip-install
# the given requirements file. Sourced, not run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    # Debian ships venv/ensurepip separately from the interpreter.
    rm -rf .venv
    as_root apt-get update -qq
    as_root apt-get install -y -qq python3-venv
    "$PYTHON" -m venv .venv
  fi
fi
# Exactly torch==2.13.0 (pinned in requirements.txt): a bare "torch" would pull
# a multi-GB CUDA build.
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$1"
