/**
 * Headless Debian Chromium for the benchmark (never downloaded), with every
 * request going through the bench server's proxy, with or without the built
 * extension.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath(): string {
  const fromEnv = process.env.BENCH_CHROMIUM_PATH ?? process.env.E2E_CHROMIUM_PATH;
  const found = fromEnv ? (existsSync(fromEnv) ? fromEnv : undefined) : CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(`Chromium is not installed (looked for ${fromEnv ?? CANDIDATES.join(', ')}). On Debian: apt-get install -y chromium`);
  return found;
}

const ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--disable-quic',
  '--disable-domain-reliability',
  '--no-default-browser-check',
  // http:// pages are otherwise first tried over https (a CONNECT the proxy refuses).
  '--disable-features=HttpsUpgrades,NetworkTimeServiceQuerying,Translate,OptimizationHints,MediaRouter',
];

export interface BenchBrowser {
  browser: Browser;
  extensionId?: string;
  close(): Promise<void>;
}

export async function launch(opts: { proxyPort: number; extensionDir?: string; exposeGc?: boolean }): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'backstory-bench-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: !!opts.extensionDir, // Extensions.loadUnpacked needs the CDP pipe
    enableExtensions: !!opts.extensionDir,
    userDataDir,
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 120_000,
    // --expose-gc: in-page timings collect garbage before each timed call, so one call's garbage is not billed to the next.
    args: [...ARGS, `--proxy-server=http://127.0.0.1:${opts.proxyPort}`, ...(opts.exposeGc ? ['--js-flags=--expose-gc'] : [])],
  });
  const close = async () => {
    await browser.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    // `enableExtensions: [dir]` does not wait for the install to finish (puppeteer-core 24.43): install explicitly.
    const extensionId = opts.extensionDir ? await browser.installExtension(path.resolve(opts.extensionDir)) : undefined;
    return { browser, extensionId, close };
  } catch (e) {
    await close();
    throw e;
  }
}
