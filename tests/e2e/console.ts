/**
 * Error capture for the end-to-end tests: a test fails on any uncaught error
 * or console error in the page, the content script or the extension's own
 * contexts.
 *
 * What each browser lets us see:
 *
 * | context            | Chromium (CDP)                                   | Firefox (WebDriver BiDi + stderr)                          |
 * |--------------------|--------------------------------------------------|------------------------------------------------------------|
 * | page scripts       | uncaught errors, console.error                  | uncaught errors, console.error (BiDi log.entryAdded)        |
 * | content script     | uncaught errors, console.error                  | uncaught errors, console.error (BiDi log.entryAdded), and   |
 * |                    |                                                  | uncaught errors again on stderr                             |
 * | sidebar iframe     | uncaught errors (own CDP session on the OOPIF), | uncaught errors and unhandled rejections (stderr            |
 * |                    | console.error (page console event)              | "JavaScript error: moz-extension://…"); console.error NOT   |
 * |                    |                                                  | attributable (stdout prints it without its source)          |
 * | background         | uncaught errors, unhandled rejections,          | uncaught errors and unhandled rejections (stderr);          |
 * |                    | console.error (own CDP session on the worker)   | console.error NOT attributable                              |
 * | popup / options    | same as background when open as a tab/target    | uncaught errors (stderr)                                    |
 *
 * Ignored, on purpose: messages about the page's own resources that do not
 * name the extension (see RESOURCE_NOISE below).
 */
import type { Browser, CDPSession, Page, Target } from 'puppeteer-core';

export type ProblemSource = 'page' | 'content-script' | 'sidebar' | 'background' | 'extension-page' | 'extension';

export interface Problem {
  browser: string;
  source: ProblemSource;
  kind: 'exception' | 'console-error';
  text: string;
  /** Where it came from, when known (script URL or the context's URL). */
  url?: string;
  /** The page the test had open, when known. */
  pageUrl?: string;
  at: number;
}

export class ProblemLog {
  #items: Problem[] = [];
  #started = Date.now();
  constructor(readonly browser: string) {}
  add(p: Omit<Problem, 'browser' | 'at'>) {
    this.#items.push({ browser: this.browser, at: Date.now() - this.#started, ...p });
    if (process.env.E2E_DEBUG_CONSOLE === '1') process.stderr.write(`[e2e-console] ${this.browser} ${p.source} ${p.kind}: ${p.text}\n`);
  }
  all(): Problem[] {
    return this.#items.slice();
  }
  /** A position to pass to {@link since}. */
  mark(): number {
    return this.#items.length;
  }
  since(mark: number): Problem[] {
    return this.#items.slice(mark);
  }
  clear() {
    this.#items = [];
  }
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => `[${p.browser} ${p.source} ${p.kind}] ${p.text}${p.url ? ` (at ${p.url})` : ''}${p.pageUrl ? ` on ${p.pageUrl}` : ''}`)
    .join('\n');
}

/** Classify a script or document URL of our extension. */
export function sourceOf(url: string | undefined, extensionOrigin: string): ProblemSource {
  if (!url || !url.startsWith(extensionOrigin)) return 'page';
  const p = url.slice(extensionOrigin.length);
  if (/content-scripts?\//.test(p) || /content|first-look|engine/.test(p)) return 'content-script';
  if (/sidebar/.test(p)) return 'sidebar';
  if (/background|_generated_background_page/.test(p)) return 'background';
  if (/\.html/.test(p)) return 'extension-page';
  return 'extension';
}

/**
 * Messages about the page's own resources that are not errors of the
 * extension: failed loads (the proxy's request log is the check for what was
 * requested), CSP blocks ("Refused to …" before Chromium ~150, "Loading the
 * script '…' violates the following Content Security Policy directive …"
 * since; the corpus pages are served with a CSP that blocks their scripts and
 * subresources), and saved pages' file:, blob: and other extensions' URLs.
 * A message that names our extension's origin is never noise.
 */
const RESOURCE_NOISE = [
  /^Failed to load resource\b/,
  /^Not allowed to load local resource\b/,
  /^Refused to /,
  /violates the following Content Security Policy directive/,
  // Firefox reports CSP blocks as errors: "Content-Security-Policy: The page’s settings blocked …",
  // "Content-Security-Policy: Prevented too many CSP reports …", and file: links as security errors.
  /^(Error: )?Content-Security-Policy: /,
  /^(Error: )?Security Error: Content at \S+ may not load (or link to|data from) /,
  /^(Error: )?downloadable font: /,
];

function isNoise(text: string, url: string | undefined, extensionOrigin: string) {
  if (text.includes(extensionOrigin) || url?.startsWith(extensionOrigin)) return false;
  return RESOURCE_NOISE.some((re) => re.test(text));
}

/** Watch a tab: uncaught errors and console errors of the page, its content scripts and (Chromium) its frames' console. */
export function watchPage(page: Page, log: ProblemLog, extensionOrigin: string) {
  page.on('pageerror', (err: unknown) => {
    const e = err instanceof Error ? err : new Error(String(err));
    const scriptUrl = /(?:chrome|moz)-extension:\/\/[^\s):]+/.exec(e.stack ?? '')?.[0];
    if (isNoise(e.message, scriptUrl, extensionOrigin)) return;
    log.add({ source: sourceOf(scriptUrl, extensionOrigin), kind: 'exception', text: e.stack || e.message, url: scriptUrl, pageUrl: page.url() });
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'assert') return;
    const url = msg.location()?.url;
    if (isNoise(msg.text(), url, extensionOrigin)) return;
    log.add({ source: sourceOf(url, extensionOrigin), kind: 'console-error', text: msg.text(), url, pageUrl: page.url() });
  });
}

interface ExceptionDetails {
  text: string;
  url?: string;
  exception?: { description?: string; value?: unknown };
}

function exceptionText(d: ExceptionDetails): string {
  return d.exception?.description ?? (d.exception?.value !== undefined ? String(d.exception.value) : d.text);
}

/**
 * Chromium: our own CDP session on every target of the extension (the
 * background service worker, extension pages, and the sidebar's out-of-process
 * iframe) for uncaught errors; console errors too, except for iframes, whose
 * console already reaches the page's 'console' event.
 */
export async function watchChromiumExtensionTargets(browser: Browser, extensionOrigin: string, log: ProblemLog) {
  const watched = new WeakSet<Target>();
  const attach = async (target: Target) => {
    if (watched.has(target)) return;
    const type = target.type();
    const url = target.url();
    const isExtensionUrl = url.startsWith(extensionOrigin + '/');
    // OOPIFs show up as 'other' (or 'iframe') with an empty URL before they navigate.
    const maybeFrame = (type === 'other' || (type as string) === 'iframe') && (url === '' || url === 'about:blank' || isExtensionUrl);
    if (!isExtensionUrl && !maybeFrame) return;
    if (type !== 'service_worker' && type !== 'page' && type !== 'background_page' && type !== 'other' && (type as string) !== 'iframe' && type !== 'shared_worker') return;
    watched.add(target);
    let session: CDPSession;
    try {
      session = await target.createCDPSession();
    } catch {
      watched.delete(target);
      return;
    }
    const isFrame = type === 'other' || (type as string) === 'iframe';
    const where = () => target.url();
    session.on('Runtime.exceptionThrown', (ev: { exceptionDetails: ExceptionDetails }) => {
      const d = ev.exceptionDetails;
      if (!where().startsWith(extensionOrigin)) return; // some other frame
      log.add({ source: sourceOf(d.url || where(), extensionOrigin), kind: 'exception', text: exceptionText(d), url: d.url || where() });
    });
    if (!isFrame) {
      session.on('Runtime.consoleAPICalled', (ev: { type: string; args: { value?: unknown; description?: string }[]; stackTrace?: { callFrames: { url: string }[] } }) => {
        if (ev.type !== 'error' && ev.type !== 'assert') return;
        const text = ev.args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? ''))).join(' ');
        const url = ev.stackTrace?.callFrames[0]?.url || where();
        log.add({ source: sourceOf(url, extensionOrigin), kind: 'console-error', text, url });
      });
      session.on('Log.entryAdded', (ev: { entry: { level: string; text: string; url?: string } }) => {
        if (ev.entry.level !== 'error' || isNoise(ev.entry.text, ev.entry.url, extensionOrigin)) return;
        log.add({ source: sourceOf(where(), extensionOrigin), kind: 'console-error', text: ev.entry.text, url: ev.entry.url ?? where() });
      });
      await session.send('Log.enable').catch(() => undefined);
    }
    // Enabling Runtime replays what the context already logged, so early errors are not lost.
    await session.send('Runtime.enable').catch(() => undefined);
    if (type === 'service_worker') await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
  };
  browser.on('targetcreated', (t: Target) => void attach(t));
  browser.on('targetchanged', (t: Target) => void attach(t));
  await Promise.all(browser.targets().map(attach));
}

/**
 * Firefox: uncaught errors (and unhandled rejections) in any of our extension's
 * contexts are printed by Firefox on stderr as
 * `JavaScript error: moz-extension://<uuid>/<file>, line N: <message>`.
 */
export function watchFirefoxStderr(browser: Browser, extensionOrigin: string, log: ProblemLog) {
  const stderr = browser.process()?.stderr;
  if (!stderr) return;
  let buffer = '';
  const prefix = `JavaScript error: ${extensionOrigin}/`;
  stderr.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (process.env.E2E_DEBUG_FIREFOX === '1') process.stderr.write(`[firefox] ${line}\n`);
      if (!line.startsWith(prefix)) continue;
      const m = /^JavaScript error: (\S+), line \d+: (.*)$/.exec(line);
      const url = m?.[1];
      log.add({ source: sourceOf(url, extensionOrigin), kind: 'exception', text: m?.[2] ?? line, url });
    }
  });
}
