// End-to-end tests in real Chromium and Firefox: `npx vitest run -c tests/e2e/vitest.e2e.config.ts`.
// One browser at a time, one test file at a time; the global setup builds the extension
// (skip with E2E_SKIP_BUILD=1). Environment knobs are listed in tests/e2e/README.md.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    fileParallelism: false,
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    // A browser test that failed is not retried: flakiness should be seen, not hidden.
    retry: 0,
    // scripts/test.sh sets BACKSTORY_JSON_REPORT so .ci/run can count the tests.
    reporters: process.env.BACKSTORY_JSON_REPORT ? ['default', ['json', { outputFile: process.env.BACKSTORY_JSON_REPORT }]] : ['default'],
  },
});
