/**
 * `npm run demo`: Backstory on a seed article, in a real browser, offline.
 *
 * Builds the extension, serves the seed fixture pages under their real news
 * URLs from a loopback server that is also the browser's proxy (nothing leaves
 * the machine), and opens Chromium (or Firefox with --firefox) with Backstory
 * loaded on a Pakistan–US security article, its sidebar open.
 *
 *   npm run demo                                   # headed Chromium; close the window to stop
 *   npm run demo -- --firefox                      # headed Firefox
 *   npm run demo -- --headless --screenshot a.png  # write a screenshot of the sidebar and exit
 *   npm run demo -- --page seed-003-voa-austin-munir-call --no-build
 *   npm run demo -- --headless --screenshot f.png --section figures  # the sidebar scrolled to its figures
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { findBrowser, INSTALL_HINT, launchWithExtension, type BrowserName } from '../tests/e2e/browsers.ts';
import { loadSeedFixtures, projectRoot, routesFor } from '../tests/e2e/fixtures.ts';
import { openSidebar, sleep, waitForSidebarElement } from '../tests/e2e/helpers.ts';
import { startFixtureServer } from '../tests/e2e/server.ts';
import { watchPage } from '../tests/e2e/console.ts';

/** The sidebar's sections, by the id each has (components/Sidebar.tsx). */
const SECTIONS = ['why', 'named', 'timeline', 'figures', 'charts', 'related'];

const USAGE = `Usage: npm run demo -- [--firefox] [--headless] [--screenshot FILE] [--page SLUG] [--section NAME] [--no-build] [--list]

  --firefox          Firefox (the MV2 build) instead of Chromium/Chrome
  --headless         no window (needs --screenshot to be useful)
  --screenshot FILE  write a PNG of the sidebar over the article, then exit
  --page SLUG        which page of tests/fixtures/pages to open (default: the first seed article)
  --section NAME     scroll the sidebar to a section: ${SECTIONS.join(', ')}
  --no-build         use the existing build in .output/
  --list             list the pages that can be opened`;

const DEFAULT_PAGE = 'seed-000-dawn-security-border-management';

function fail(message: string): never {
  process.stderr.write(`demo: ${message}\n`);
  process.exit(1);
}

async function main() {
  const { values } = parseArgs({
    options: {
      firefox: { type: 'boolean', default: false },
      headless: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      page: { type: 'string' },
      section: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }

  const seeds = loadSeedFixtures();
  if (!seeds.length) fail('no fixture pages in tests/fixtures/pages');
  if (values.list) {
    for (const s of seeds) console.log(`${s.relevant ? '*' : ' '} ${s.slug.padEnd(44)} ${s.url}`);
    console.log('\n* = Backstory should show its sidebar');
    return;
  }
  const wanted = values.page ?? (seeds.some((s) => s.slug === DEFAULT_PAGE) ? DEFAULT_PAGE : seeds.find((s) => s.relevant)?.slug);
  const target = seeds.find((s) => s.slug === wanted);
  if (!target) fail(`no page "${wanted}" in tests/fixtures/pages (try --list)`);
  if (values.section !== undefined && !SECTIONS.includes(values.section)) fail(`no section "${values.section}" (one of: ${SECTIONS.join(', ')})`);

  const name: BrowserName = values.firefox ? 'firefox' : 'chromium';
  const executablePath = findBrowser(name);
  if (!executablePath) {
    fail(
      name === 'chromium'
        ? `no Chromium or Chrome found (looked for chromium, chromium-browser, google-chrome, google-chrome-stable).\n` +
            `Install one, e.g. on Debian/Ubuntu: ${INSTALL_HINT.replace(' firefox-esr', '')}\n` +
            `or set E2E_CHROMIUM_PATH to its binary.`
        : `no Firefox found (looked for firefox-esr, firefox).\nInstall it, e.g. on Debian: apt-get install -y firefox-esr\nor set E2E_FIREFOX_PATH to its binary.`,
    );
  }
  const headless = values.headless;
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    fail('no display to open a window on: run with --headless --screenshot FILE, or under xvfb-run.');
  }

  if (!values['no-build']) {
    const args = name === 'firefox' ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'];
    console.log(`demo: npx ${args.join(' ')}`);
    execFileSync('npx', args, { cwd: projectRoot, stdio: 'inherit' });
  }

  const server = await startFixtureServer({ routes: routesFor(seeds) });
  const eb = await launchWithExtension(name, {
    proxyPort: server.port,
    executablePath,
    headless,
    // A window's own size in headed mode; a fixed viewport for screenshots.
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  const shutdown = async () => {
    await eb.close();
    await server.close();
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(130)));

  try {
    // Reuse the first tab when there is one, so the window shows the article.
    const [first] = await eb.browser.pages();
    const page = first ?? (await eb.newPage());
    if (first) watchPage(first, eb.problems, eb.extensionOrigin);
    await page.goto(target.url, { waitUntil: 'load' });
    console.log(`demo: ${name} (${executablePath}) on ${target.url}`);
    if (target.relevant) {
      await waitForSidebarElement(page);
      const frame = await openSidebar(page, eb);
      // Give the sidebar time to render its data.
      await frame.waitForSelector('[data-state="ready"], [data-state="error"], [data-testid="headline"]', { timeout: 15_000 }).catch(() => undefined);
      await sleep(500);
      if (values.section) {
        const found = await frame.evaluate((id) => {
          const el = document.getElementById(`bs-${id}`);
          el?.scrollIntoView({ block: 'start' });
          return !!el;
        }, values.section);
        if (!found) console.warn(`demo: the sidebar has no "${values.section}" section on this page`);
        await sleep(200);
      }
    } else {
      console.log('demo: (this page is not about Pakistan–US security: no sidebar expected)');
      await sleep(1_500);
    }
    if (values.screenshot) {
      const file = path.resolve(process.cwd(), values.screenshot);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file as `${string}.png` });
      console.log(`demo: screenshot written to ${file}`);
    }
    const problems = eb.problems.all();
    if (problems.length) console.warn(`demo: ${problems.length} error(s) in the console:\n${problems.map((p) => `  [${p.source}] ${p.text}`).join('\n')}`);
    if (headless) return;
    console.log('demo: close the browser window (or press Ctrl+C) to stop. Other seed pages: npm run demo -- --list');
    await new Promise<void>((resolve) => eb.browser.once('disconnected', () => resolve()));
  } finally {
    await shutdown();
  }
}

main().catch((e) => fail(e instanceof Error ? (e.stack ?? e.message) : String(e)));
