#!/usr/bin/env bash
# Installs Debian's Chromium (and a font) for the tests and scripts that open pages in a real
# browser through playwright-core: the HTML cost report test and scripts/screenshot-comment.mjs.
# Idempotent: does nothing when /usr/bin/chromium is there. Playwright's own browser download is
# never used (it cannot run here).
set -euo pipefail
source "$(dirname "$0")/../lib/apt-install.sh"

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
apt_install browser/install.sh chromium fonts-dejavu-core
if [ ! -x /usr/bin/chromium ]; then
  echo "browser/install.sh: the packages installed but /usr/bin/chromium is missing" >&2
  exit 1
fi
