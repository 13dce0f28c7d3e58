/**
 * One browser with the extension, behind one fixture server: what a test file
 * sets up in `beforeAll` and tears down in `afterAll`.
 *
 *   const h = await startHarness('chromium', { pages: [...seeds, ...corpus] });
 *   const { page } = await openFixture(h.eb, h.server, seeds[0]);
 *   ...
 *   await h.close();
 */
import type { ExtensionBrowser, BrowserName, LaunchOptions } from './browsers.ts';
import { launchWithExtension } from './browsers.ts';
import { routesFor, type CorpusPage, type SeedFixture } from './fixtures.ts';
import { startFixtureServer, type FixtureServer, type Route } from './server.ts';

export interface Harness {
  name: BrowserName;
  server: FixtureServer;
  eb: ExtensionBrowser;
  /** Every URL the server serves (the fixture URLs a test may load). */
  servedUrls(): string[];
  close(): Promise<void>;
}

export interface HarnessOptions extends Partial<Omit<LaunchOptions, 'proxyPort'>> {
  pages?: ReadonlyArray<SeedFixture | CorpusPage>;
  /** Extra routes: absolute URL → route or HTML. */
  routes?: Record<string, Route | string>;
}

export async function startHarness(name: BrowserName, opts: HarnessOptions = {}): Promise<Harness> {
  const routes = routesFor(opts.pages ?? []);
  for (const [url, r] of Object.entries(opts.routes ?? {})) routes.set(url, typeof r === 'string' ? { body: r } : r);
  const server = await startFixtureServer({ routes });
  let eb: ExtensionBrowser;
  try {
    eb = await launchWithExtension(name, { ...opts, proxyPort: server.port });
  } catch (e) {
    await server.close();
    throw e;
  }
  return {
    name,
    server,
    eb,
    servedUrls: () => [...routes.keys()],
    close: async () => {
      await eb.close();
      await server.close();
    },
  };
}
