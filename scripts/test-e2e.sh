#!/usr/bin/env bash
# The browser journeys at desktop size and at phone width (390×844): two Playwright
# processes, each with its own server, database, port and output folder (see
# playwright.config.ts). In parallel they take less wall time than one after the other;
# E2E_SERIAL=1 runs them one after the other instead. Both always finish; either failing fails.
set -uo pipefail
cd "$(dirname "$0")/.."
# One production build and one seeded template database for both passes; each pass's
# server copies the template into its own file (scripts/e2e-server.js).
node scripts/e2e-prepare.js build-e2e tests/.tmp/e2e-template.db || exit 1
export E2E_BUILD_DIR=build-e2e E2E_TEMPLATE_DB=tests/.tmp/e2e-template.db
e2e_pass() { # viewport port
  E2E_VIEWPORT="$1" E2E_PORT="$2" npx playwright test --output="test-results/$1" 2>&1 | sed -u "s/^/[$1] /"
  return "${PIPESTATUS[0]}"
}
desktop=0; phone=0
if [[ "${E2E_SERIAL:-}" == "1" ]]; then
  e2e_pass desktop 3100 || desktop=$?
  e2e_pass phone 3150 || phone=$?
else
  e2e_pass desktop 3100 & desktop_pid=$!
  e2e_pass phone 3150 & phone_pid=$!
  wait "$desktop_pid" || desktop=$?
  wait "$phone_pid" || phone=$?
fi
echo "── end-to-end exit codes: desktop $desktop, phone $phone"
[[ "$desktop" == 0 && "$phone" == 0 ]]
