#!/usr/bin/env bash
# Set everything up (virtual environment, test tools, Debian's Chromium for the browser test)
# and run every test. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium for the browser test ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "note: /usr/bin/chromium is missing; run 'sudo apt-get install chromium chromium-driver' for the browser test" >&2
  fi
fi
exec .venv/bin/python -m pytest "$@"
