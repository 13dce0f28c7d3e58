/**
 * The benchmark's loopback HTTP server, also the browser's HTTP proxy: a page
 * at `http://www.dawn.com/news/x` arrives as `GET http://www.dawn.com/news/x
 * HTTP/1.1` and is answered from the route table. Direct requests
 * (`http://127.0.0.1:PORT/...`) use the same table. Anything else gets a 404
 * and CONNECT gets a 403, so nothing leaves the machine and pages' external
 * images, fonts and scripts fail fast instead of waiting on the network.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface BenchRoute {
  body: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface BenchServer {
  port: number;
  /** `http://127.0.0.1:PORT` (for `--proxy-server=` and for loopback URLs). */
  origin: string;
  set(url: string, route: BenchRoute | string): void;
  /** Number of requests answered 404 (external resources the pages asked for). */
  misses(): number;
  close(): Promise<void>;
}

const key = (url: string) => {
  const u = new URL(url);
  u.hash = '';
  return u.href;
};

export async function startBenchServer(): Promise<BenchServer> {
  const routes = new Map<string, BenchRoute>();
  const sockets = new Set<Socket>();
  let misses = 0;
  let origin = '';
  const server = http.createServer((req, res) => {
    req.resume();
    const raw = req.url ?? '/';
    let url: string;
    try {
      url = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? new URL(raw).href : new URL(raw, origin).href;
    } catch {
      res.writeHead(400).end();
      return;
    }
    const route = req.method === 'GET' || req.method === 'HEAD' ? routes.get(key(url)) : undefined;
    if (!route) {
      misses++;
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route.contentType ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
    res.end(req.method === 'HEAD' ? undefined : route.body);
  });
  server.on('connect', (_req, socket: Socket) => {
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    set: (url, route) => void routes.set(key(url), typeof route === 'string' ? { body: route } : route),
    misses: () => misses,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
