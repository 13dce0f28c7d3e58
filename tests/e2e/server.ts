/**
 * A loopback HTTP server that is also the browsers' HTTP proxy. Browsers are
 * started with it as their proxy, so a page at `http://www.dawn.com/news/1`
 * arrives here as an absolute-form request (`GET http://www.dawn.com/news/1
 * HTTP/1.1`) and is answered from a route table; nothing leaves the machine.
 * CONNECT (HTTPS tunnels) is refused with 403, and any URL not in the table
 * gets a 404. Every request is recorded, so a test can assert that the
 * extension contacted no host other than the ones the test allowed.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Route {
  body: string | Buffer;
  /** Defaults to `text/html; charset=utf-8`. */
  contentType?: string;
  status?: number;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  /** Milliseconds since the server started. */
  at: number;
  method: string;
  /** Full absolute URL (`http://host/path?q`), or `host:port` for CONNECT. */
  url: string;
  /** Hostname, lower-case, without port. */
  host: string;
  /** Whether the request came as a proxy request (absolute-form or CONNECT). */
  viaProxy: boolean;
  /** Lower-case header names, as Node parses them. */
  headers: http.IncomingHttpHeaders;
  /** The status code the server answered with. */
  status: number;
}

/**
 * Requests the browsers make by themselves despite the launch flags and prefs
 * (none is the extension's doing), matched narrowly by method, host and path.
 * Keep this list short and say where each entry comes from.
 */
export const BROWSER_BACKGROUND: readonly { what: string; test: (r: RecordedRequest) => boolean }[] = [
  // Firefox: puppeteer's profile points remote settings, telemetry and add-on discovery at this host.
  { what: 'Firefox profile services (dummy.test)', test: (r) => r.host === 'dummy.test' },
  // Chromium 156: the GAIA cookie check (ListAccounts) at startup, not switched off by any flag.
  { what: 'Chromium sign-in check', test: (r) => r.host === 'accounts.google.com' && r.method === 'CONNECT' },
  // Chromium 156: on-demand component update check (optimization-guide model manifest, id
  // ceofaddefefcbblgcgnibnonglccbfja); --disable-component-update does not cover on-demand installs.
  {
    what: 'Chromium component updater',
    test: (r) =>
      r.host === 'update.googleapis.com' &&
      (r.method === 'CONNECT' || (r.method === 'POST' && r.url.startsWith('http://update.googleapis.com/service/update2/'))),
  },
  // Chromium: network time (also switched off with --disable-features=NetworkTimeServiceQuerying).
  { what: 'Chromium network time', test: (r) => r.host === 'clients2.google.com' && r.url.startsWith('http://clients2.google.com/time/') },
];

export function isBrowserBackground(r: RecordedRequest): boolean {
  return BROWSER_BACKGROUND.some((b) => b.test(r));
}

/** A URL's canonical form as a route key: parsed, without the fragment. */
export function routeKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

export interface FixtureServer {
  /** The port on 127.0.0.1: pass `http://127.0.0.1:${port}` as the browser's proxy. */
  readonly port: number;
  /** `http://127.0.0.1:PORT`, for `--proxy-server=`. */
  readonly proxyUrl: string;
  /** Serve `route` (or an HTML string) at the absolute `url`. Replaces any earlier route. */
  setRoute(url: string, route: Route | string): void;
  removeRoute(url: string): void;
  hasRoute(url: string): boolean;
  /** Every request so far, oldest first (a copy). */
  requests(): RecordedRequest[];
  /** Requests recorded since `mark` (a value from {@link mark}). */
  requestsSince(mark: number): RecordedRequest[];
  /** A position in the request log; pass it to {@link requestsSince}. */
  mark(): number;
  clearRequests(): void;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** Initial route table: absolute URL → route or HTML. */
  routes?: Record<string, Route | string> | Map<string, Route | string>;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Print each request to stderr (also on with E2E_DEBUG_SERVER=1). */
  verbose?: boolean;
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const log: RecordedRequest[] = [];
  const started = Date.now();
  const verbose = options.verbose ?? process.env.E2E_DEBUG_SERVER === '1';
  const sockets = new Set<Socket>();

  const toRoute = (r: Route | string): Route => (typeof r === 'string' ? { body: r } : r);
  const setRoute = (url: string, route: Route | string) => routes.set(routeKey(url), toRoute(route));
  if (options.routes) {
    const entries = options.routes instanceof Map ? options.routes.entries() : Object.entries(options.routes);
    for (const [url, route] of entries) setRoute(url, route);
  }

  const record = (entry: Omit<RecordedRequest, 'at'>) => {
    log.push({ at: Date.now() - started, ...entry });
    if (verbose) process.stderr.write(`[e2e-server] ${entry.status} ${entry.method} ${entry.url}\n`);
  };

  const server = http.createServer((req, res) => {
    const raw = req.url ?? '/';
    const viaProxy = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw);
    let url: string;
    try {
      url = viaProxy ? new URL(raw).href : new URL(raw, `http://${req.headers.host ?? '127.0.0.1'}`).href;
    } catch {
      record({ method: req.method ?? '?', url: raw, host: '', viaProxy, headers: req.headers, status: 400 });
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request URL');
      return;
    }
    const key = routeKey(url);
    const route = req.method === 'GET' || req.method === 'HEAD' ? routes.get(key) : undefined;
    const status = route ? (route.status ?? 200) : 404;
    record({ method: req.method ?? '?', url, host: new URL(url).hostname.toLowerCase(), viaProxy, headers: req.headers, status });
    // Drain any request body so keep-alive connections stay usable.
    req.resume();
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`404: no fixture at ${url}\n`);
      return;
    }
    res.writeHead(status, {
      'content-type': route.contentType ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...route.headers,
    });
    res.end(req.method === 'HEAD' ? undefined : route.body);
  });

  // HTTPS would need a tunnel to the real host: refuse it, and record it.
  server.on('connect', (req: http.IncomingMessage, socket: Socket) => {
    const target = req.url ?? '';
    record({ method: 'CONNECT', url: target, host: target.replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase(), viaProxy: true, headers: req.headers, status: 403 });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    proxyUrl: `http://127.0.0.1:${port}`,
    setRoute,
    removeRoute: (url) => void routes.delete(routeKey(url)),
    hasRoute: (url) => routes.has(routeKey(url)),
    requests: () => log.slice(),
    requestsSince: (mark) => log.slice(mark),
    mark: () => log.length,
    clearRequests: () => void log.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface RequestCheckOptions {
  /** Hostnames (exact, lower-case) the test allows. */
  allowedHosts?: Iterable<string>;
  /** Absolute URLs the test allows (compared by {@link routeKey}). */
  allowedUrls?: Iterable<string>;
  /** Ignore `/favicon.ico` on an allowed host (browsers ask for it by themselves). Default true. */
  allowFavicon?: boolean;
  /** Ignore {@link BROWSER_BACKGROUND} requests. Default true. */
  ignoreBrowserBackground?: boolean;
}

/**
 * The recorded requests that break the rules: to a host not allowed, or, when
 * `allowedUrls` is given, to a URL on an allowed host that is not one of them.
 */
export function unexpectedRequests(requests: readonly RecordedRequest[], opts: RequestCheckOptions): RecordedRequest[] {
  const urls = opts.allowedUrls ? new Set([...opts.allowedUrls].map(routeKey)) : undefined;
  const hosts = new Set<string>([...(opts.allowedHosts ?? [])].map((h) => h.toLowerCase()));
  if (urls) for (const u of urls) hosts.add(new URL(u).hostname.toLowerCase());
  const ignoreBackground = opts.ignoreBrowserBackground ?? true;
  const allowFavicon = opts.allowFavicon ?? true;
  return requests.filter((r) => {
    if (ignoreBackground && isBrowserBackground(r)) return false;
    if (!hosts.has(r.host)) return true;
    if (r.method === 'CONNECT') return true;
    if (!urls) return false;
    if (urls.has(routeKey(r.url))) return false;
    if (allowFavicon && new URL(r.url).pathname === '/favicon.ico') return false;
    return true;
  });
}

/** One line per request, for assertion messages. */
export function describeRequests(requests: readonly RecordedRequest[]): string {
  return requests
    .map((r) => {
      const from = [r.headers.origin && `origin=${r.headers.origin}`, r.headers.referer && `referer=${r.headers.referer}`]
        .filter(Boolean)
        .join(' ');
      return `${r.method} ${r.url} → ${r.status}${from ? ` (${from})` : ''}`;
    })
    .join('\n');
}
