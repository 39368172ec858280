#!/usr/bin/env bash
# Every test: typecheck, lint, unit + integration (Vitest, real SQLite), build,
# and the browser journeys (Playwright with axe).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "── typecheck"; npx tsc --noEmit
echo "── lint"; npx eslint --max-warnings 0 .
echo "── unit and integration tests"; npx vitest run
echo "── browser"; bash scripts/ensure-browser.sh
echo "── end-to-end tests"; npx playwright test
