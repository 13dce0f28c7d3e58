#!/usr/bin/env bash
# `npm test`: typecheck, lint, dataset check, unit tests, end-to-end tests in Chromium and Firefox.
# Vitest JSON reports go to .ci/results/ so .ci/run can count tests.
set -u
cd "$(dirname "$0")/.."
mkdir -p .ci/results
rm -f .ci/results/*.json
status=0
step() { echo; echo "== $1"; shift; "$@" || status=1; }
step "typecheck" npx tsc --noEmit
step "lint" npx eslint .
step "dataset check" npx tsx scripts/dataset.ts check
step "unit tests" env BACKSTORY_JSON_REPORT=.ci/results/unit.json npx vitest run
step "end-to-end tests (Chromium, Firefox)" env BACKSTORY_JSON_REPORT=.ci/results/e2e.json npx vitest run -c tests/e2e/vitest.e2e.config.ts
step "web-ext lint (Firefox build)" npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted
exit $status
