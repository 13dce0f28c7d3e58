/**
 * Launching Chromium (CDP) and Firefox (WebDriver BiDi) through
 * puppeteer-core with the built extension loaded, every request sent through
 * the fixture server's proxy, and every error the extension or the page
 * reports captured (see ./console.ts for what each browser lets us see).
 *
 * Browsers are never downloaded: Debian's /usr/bin/chromium and
 * /usr/bin/firefox-esr are used (E2E_CHROMIUM_PATH / E2E_FIREFOX_PATH
 * override). A missing browser is an error, never a skipped test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ProblemLog, watchChromiumExtensionTargets, watchFirefoxStderr, watchPage } from './console.ts';
import { projectRoot } from './fixtures.ts';

export type BrowserName = 'chromium' | 'firefox';
export const ALL_BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export const INSTALL_HINT = 'apt-get install -y chromium firefox-esr';

const CANDIDATES: Record<BrowserName, string[]> = {
  chromium: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
};
/** Names also looked up on PATH, after the fixed paths. */
const ON_PATH: Record<BrowserName, string[]> = {
  chromium: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  firefox: ['firefox-esr', 'firefox'],
};
const ENV_PATH: Record<BrowserName, string> = { chromium: 'E2E_CHROMIUM_PATH', firefox: 'E2E_FIREFOX_PATH' };

/** The browsers to test: E2E_BROWSERS=chromium,firefox (default both). */
export function selectedBrowsers(): BrowserName[] {
  const raw = process.env.E2E_BROWSERS?.trim();
  if (!raw) return [...ALL_BROWSERS];
  const names = raw.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const n of names) if (!ALL_BROWSERS.includes(n as BrowserName)) throw new Error(`E2E_BROWSERS: unknown browser "${n}" (use chromium, firefox)`);
  return names as BrowserName[];
}

/** The browser's executable, or undefined. */
export function findBrowser(name: BrowserName): string | undefined {
  const fromEnv = process.env[ENV_PATH[name]];
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : undefined;
  const fixed = CANDIDATES[name].find((p) => fs.existsSync(p));
  if (fixed) return fixed;
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const bin of ON_PATH[name]) for (const d of dirs) if (fs.existsSync(path.join(d, bin))) return path.join(d, bin);
  return undefined;
}

/** The browser's executable; throws a message naming what to install when there is none. */
export function requireBrowser(name: BrowserName): string {
  const found = findBrowser(name);
  if (found) return found;
  const looked = process.env[ENV_PATH[name]] ? [process.env[ENV_PATH[name]]!] : [...CANDIDATES[name], ...ON_PATH[name].map((b) => `${b} on PATH`)];
  throw new Error(
    `${name === 'chromium' ? 'Chromium' : 'Firefox'} is not installed (looked for ${looked.join(', ')}). ` +
      `Install the browsers with:\n    ${INSTALL_HINT}\n` +
      `or point ${ENV_PATH[name]} at an installed binary. (The end-to-end tests never download a browser.)`,
  );
}

/** Where `wxt build` puts each browser's build. */
export function defaultExtensionDir(name: BrowserName): string {
  const fromEnv = process.env[name === 'chromium' ? 'E2E_CHROMIUM_EXTENSION' : 'E2E_FIREFOX_EXTENSION'];
  return path.resolve(projectRoot, fromEnv ?? (name === 'chromium' ? '.output/chrome-mv3' : '.output/firefox-mv2'));
}

export interface LaunchOptions {
  /** Port of the fixture server/proxy on 127.0.0.1. */
  proxyPort: number;
  /** Unpacked extension folder; defaults to the wxt build for the browser. */
  extensionDir?: string;
  /** Default true. */
  headless?: boolean;
  /** Override the executable (default: {@link requireBrowser}). */
  executablePath?: string;
  /** Viewport for new pages; default 1280×900. */
  viewport?: { width: number; height: number } | null;
}

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  extensionDir: string;
  /** Chromium: the extension id. Firefox: the add-on id from the manifest. */
  extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, no trailing slash. */
  extensionOrigin: string;
  /** Every error captured so far, from the page, the content script and the extension's own contexts. */
  problems: ProblemLog;
  /** A new tab, watched for errors. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--disable-quic',
  '--disable-domain-reliability',
  '--no-service-autorun',
  '--no-default-browser-check',
  // HttpsUpgrades: http:// navigations are first tried over https (a CONNECT the proxy refuses).
  // NetworkTimeServiceQuerying: clients2.google.com/time at startup.
  // AutofillServerCommunication: content-autofill.googleapis.com for every page with a form.
  '--disable-features=HttpsUpgrades,NetworkTimeServiceQuerying,AutofillServerCommunication,Translate,OptimizationHints,MediaRouter',
];

/** Profile preferences written before Chromium starts. */
const CHROMIUM_PROFILE_PREFS = {
  // No preconnects or DNS prefetches for <link rel=preconnect> and predicted navigations:
  // the corpus pages' hints would otherwise reach the proxy as CONNECTs that are not the extension's.
  net: { network_prediction_options: 2 },
  signin: { allowed: false },
  translate: { enabled: false },
  credentials_enable_service: false,
  autofill: { profile_enabled: false, credit_card_enabled: false },
};

/**
 * Preferences that keep Firefox off the network except through the proxy, and
 * quiet. (puppeteer's own Firefox profile already turns off updates, safe
 * browsing and telemetry, pointing what remains at http://dummy.test.)
 */
function firefoxPrefs(proxyPort: number, addonId: string, uuid: string): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.socks_remote_dns': true,
    // No https upgrades of http:// fixture URLs.
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_only_mode': false,
    'browser.fixup.fallback-to-https': false,
    // Background traffic.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.geoip.url': '',
    'browser.topsites.contile.enabled': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.ping-centre.telemetry': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.shield.optoutstudies.enabled': false,
    'app.normandy.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'identity.fxaccounts.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'privacy.query_stripping.enabled': false,
    // A fixed moz-extension:// origin for our add-on, so errors can be told apart from built-in add-ons'.
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    // Content console messages also go to stdout (kept for debugging, see console.ts).
    'devtools.console.stdout.content': true,
  };
}

function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

function requireBuild(name: BrowserName, dir: string) {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    const cmd = name === 'chromium' ? 'npx wxt build' : 'npx wxt build -b firefox';
    throw new Error(`No extension build at ${dir}: run \`${cmd}\` first (the e2e global setup does unless E2E_SKIP_BUILD=1).`);
  }
}

/** Launch a browser with the extension installed and error capture in place. */
export async function launchWithExtension(name: BrowserName, opts: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = opts.executablePath ?? requireBrowser(name);
  const extensionDir = path.resolve(opts.extensionDir ?? defaultExtensionDir(name));
  requireBuild(name, extensionDir);
  const headless = opts.headless ?? true;
  const viewport = opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport;
  const problems = new ProblemLog(name);

  if (name === 'chromium') {
    // A fresh profile per launch: nothing carries over between runs.
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-e2e-chromium-'));
    fs.mkdirSync(path.join(userDataDir, 'Default'));
    fs.writeFileSync(path.join(userDataDir, 'Default', 'Preferences'), JSON.stringify(CHROMIUM_PROFILE_PREFS));
    const browser = await puppeteer.launch({
      executablePath,
      headless,
      pipe: true, // installExtension needs the CDP pipe
      enableExtensions: true,
      userDataDir,
      defaultViewport: viewport,
      args: [...CHROMIUM_ARGS, `--proxy-server=http://127.0.0.1:${opts.proxyPort}`, ...(headless ? [] : ['--window-size=1400,1000'])],
    });
    try {
      // enableExtensions: [dir] does not await the install in puppeteer-core 24.43, so install here.
      const extensionId = await browser.installExtension(extensionDir);
      const extensionOrigin = `chrome-extension://${extensionId}`;
      await watchChromiumExtensionTargets(browser, extensionOrigin, problems);
      return {
        name,
        browser,
        extensionDir,
        extensionId,
        extensionOrigin,
        problems,
        newPage: async () => {
          const page = await browser.newPage();
          watchPage(page, problems, extensionOrigin);
          return page;
        },
        close: async () => {
          await browser.close().catch(() => undefined);
          fs.rmSync(userDataDir, { recursive: true, force: true });
        },
      };
    } catch (e) {
      await browser.close().catch(() => undefined);
      throw e;
    }
  }

  const addonId = geckoId(extensionDir);
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless,
    defaultViewport: viewport,
    // Makes Firefox honour puppeteer's services.settings.server (http://dummy.test/…) instead of
    // reaching firefox.settings.services.mozilla.com over https.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: firefoxPrefs(opts.proxyPort, addonId, uuid),
  });
  try {
    watchFirefoxStderr(browser, extensionOrigin, problems);
    await browser.installExtension(extensionDir);
    return {
      name,
      browser,
      extensionDir,
      extensionId: addonId,
      extensionOrigin,
      problems,
      newPage: async () => {
        const page = await browser.newPage();
        watchPage(page, problems, extensionOrigin);
        return page;
      },
      close: () => browser.close().catch(() => undefined),
    };
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
}
