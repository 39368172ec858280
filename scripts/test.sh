#!/usr/bin/env bash
# Every test: typecheck, lint (import-x/no-cycle), Prettier, knip, unit + integration (Vitest, real SQLite), build,
# and the browser journeys (Playwright with axe) at desktop and at phone width.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "── typecheck"; npx tsc --noEmit
echo "── lint (with import cycles), format, dead code"; npx eslint --max-warnings 0 .; npx prettier --check . --log-level warn; npx knip --no-progress
echo "── unit and integration tests"; npx vitest run
echo "── browser"; bash scripts/ensure-browser.sh
echo "── end-to-end tests, desktop and phone (390×844) at once"; bash scripts/test-e2e.sh
