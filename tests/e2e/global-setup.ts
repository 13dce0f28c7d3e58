/**
 * Vitest global setup for the end-to-end tests: checks the browsers are
 * installed (a missing browser fails the run, it is never skipped) and builds
 * the extension once per browser under test, unless E2E_SKIP_BUILD=1.
 */
import { execFileSync } from 'node:child_process';
import { projectRoot } from './fixtures.ts';
import { requireBrowser, selectedBrowsers } from './browsers.ts';

export default function setup() {
  const browsers = selectedBrowsers();
  for (const b of browsers) requireBrowser(b);
  if (process.env.E2E_SKIP_BUILD === '1') return;
  for (const b of browsers) {
    const args = b === 'firefox' ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'];
    const started = Date.now();
    process.stderr.write(`[e2e] npx ${args.join(' ')}\n`);
    execFileSync('npx', args, { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    process.stderr.write(`[e2e] built for ${b} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}
