#!/usr/bin/env bash
# Playwright needs a Chromium. Use Debian's where this machine can install it;
# elsewhere Playwright's own browser (npx playwright install chromium) also works.
set -euo pipefail
if [ -x /usr/bin/chromium ] || [ -n "${PLAYWRIGHT_CHROMIUM_PATH:-}" ]; then exit 0; fi
if ls "${HOME}/.cache/ms-playwright"/chromium-* >/dev/null 2>&1; then exit 0; fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "Installing Debian's chromium for the browser tests…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
else
  npx playwright install chromium
fi
