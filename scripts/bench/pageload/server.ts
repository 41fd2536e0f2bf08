// The benchmark's web server on 127.0.0.1: the insurer's page and its assets
// (answered at once) and every tracker host (answered after 20–80 ms, as tracker
// endpoints on the internet are). HTTP/2 over TLS with run-time certificates when
// openssl is there, else plain HTTP/1.1. A CONNECT proxy in front of it lets
// Firefox (which has no host-resolver rules) reach the same server for every host.
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { connect, type AddressInfo, type Server } from 'node:net';
import { createSecureContext } from 'node:tls';
import { makeCertificates } from './cert';
import type { GeneratedPage } from './page';
import { PAGE_HOST, PAGE_PATH } from './page';
import { ALL_TRACKER_HOSTS } from './trackers';

export const TRACKER_DELAY_MS: readonly [number, number] = [20, 80];

export interface ServerCounts {
  /** Every request answered (page, assets, trackers). */
  requests: number;
  trackers: number;
  inFlight: number;
  /** Tracker requests by Sec-Fetch-Dest (image, script, iframe, empty = beacon/fetch). */
  byDest: Record<string, number>;
}

export interface BenchServer {
  port: number;
  /** The proxy Firefox is pointed at (CONNECT to the server, whatever host is asked). */
  proxyPort: number;
  scheme: 'https' | 'http';
  /** What the server offers: 'h2' (HTTP/2 with HTTP/1.1 fallback) or 'http/1.1'. */
  offers: 'h2' | 'http/1.1';
  /** SPKI hash of the certificates' key, for Chromium's --ignore-certificate-errors-spki-list. */
  spki: string | null;
  /** Why the server fell back to plain HTTP/1.1, if it did. */
  fallbackReason: string | null;
  hosts: readonly string[];
  counts: ServerCounts;
  setPage(page: GeneratedPage): void;
  close(): Promise<void>;
}

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const TRACKER_SCRIPT = '/* benchmark stand-in for a vendor tag: no code of the vendor */\n(function(){var q=window.__benchTags=window.__benchTags||[];q.push(document.currentScript&&document.currentScript.src);})();\n';
const TRACKER_FRAME = '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body></body></html>';

type Req = IncomingMessage | Http2ServerRequest;
type Res = ServerResponse | Http2ServerResponse;

export async function startBenchServer({ http1 = false } = {}): Promise<BenchServer> {
  const hosts = [PAGE_HOST, ...ALL_TRACKER_HOSTS];
  const trackerHosts = new Set(ALL_TRACKER_HOSTS);
  const counts: ServerCounts = { requests: 0, trackers: 0, inFlight: 0, byDest: {} };
  let page: GeneratedPage | null = null;

  const handle = (req: Req, res: Res) => {
    const authority = String(req.headers[':authority'] ?? req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', 'https://x');
    counts.requests++;
    counts.inFlight++;
    const done = () => {
      counts.inFlight--;
    };
    res.on('finish', done);
    res.on('close', () => {
      if (!res.writableFinished) done();
    });
    // Drain bodies (beacons, fetch POSTs) before answering, as a real endpoint would.
    req.resume();
    if (authority === PAGE_HOST || authority === '127.0.0.1') {
      const noStore = { 'cache-control': 'no-store' };
      if (url.pathname === PAGE_PATH && page) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...noStore });
        res.end(page.html);
        return;
      }
      const asset = page?.assets.get(url.pathname);
      if (asset) {
        res.writeHead(200, { 'content-type': asset.type, ...noStore });
        res.end(asset.body);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain', ...noStore });
      res.end('not found');
      return;
    }
    if (!trackerHosts.has(authority)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not a benchmark host');
      return;
    }
    counts.trackers++;
    const dest = String(req.headers['sec-fetch-dest'] ?? (url.pathname.endsWith('.js') ? 'script' : 'empty'));
    counts.byDest[dest] = (counts.byDest[dest] ?? 0) + 1;
    const [lo, hi] = TRACKER_DELAY_MS;
    setTimeout(() => {
      const headers = { 'cache-control': 'no-cache, no-store, must-revalidate', 'access-control-allow-origin': '*' };
      if (dest === 'image') {
        res.writeHead(200, { 'content-type': 'image/gif', ...headers });
        res.end(GIF);
      } else if (dest === 'script') {
        res.writeHead(200, { 'content-type': 'text/javascript', ...headers });
        res.end(TRACKER_SCRIPT);
      } else if (dest === 'iframe' || dest === 'document') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
        res.end(TRACKER_FRAME);
      } else {
        res.writeHead(204, headers);
        res.end();
      }
    }, lo + Math.random() * (hi - lo));
  };

  let server: Server;
  let spki: string | null = null;
  let fallbackReason: string | null = null;
  let scheme: 'https' | 'http' = 'https';
  try {
    const certs = await makeCertificates(hosts);
    const contexts = new Map(hosts.map((h) => [h, createSecureContext({ key: certs.key, cert: certs.certs.get(h)! })]));
    spki = certs.spki;
    const tls = {
      key: certs.key,
      cert: certs.certs.get(PAGE_HOST)!,
      SNICallback: (name: string, cb: (err: Error | null, ctx: ReturnType<typeof createSecureContext>) => void) =>
        cb(null, contexts.get(name) ?? contexts.get(PAGE_HOST)!),
    };
    server = (http1 ? createHttpsServer(tls, handle) : createSecureServer({ ...tls, allowHTTP1: true }, handle)) as unknown as Server;
  } catch (error) {
    fallbackReason = `no run-time certificate (${(error as Error).message.split('\n')[0]}): plain HTTP/1.1`;
    scheme = 'http';
    server = createHttpServer(handle);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  // Firefox: every host through this proxy, which connects only to the server above.
  const proxy = createHttpServer((req, res) => {
    // Plain-HTTP proxy requests (only in the no-TLS fallback): forwarded to the server, Host header kept.
    const forward = httpRequest({ host: '127.0.0.1', port, method: req.method, path: new URL(req.url ?? '/').pathname + new URL(req.url ?? '/').search, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  proxy.on('connect', (_req, socket, head) => {
    const target = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) target.write(head);
      target.pipe(socket);
      socket.pipe(target);
    });
    const end = () => {
      target.destroy();
      socket.destroy();
    };
    target.on('error', end);
    socket.on('error', end);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyPort = (proxy.address() as AddressInfo).port;

  return {
    port,
    proxyPort,
    scheme,
    offers: scheme === 'https' && !http1 ? 'h2' : 'http/1.1',
    spki,
    fallbackReason,
    hosts,
    counts,
    setPage: (p) => {
      page = p;
    },
    close: async () => {
      const closing = (s: { close(cb: () => void): void; closeAllConnections?: () => void }) => new Promise<void>((r) => s.close(() => r()));
      (proxy as unknown as { closeAllConnections(): void }).closeAllConnections();
      await Promise.race([Promise.all([closing(server), closing(proxy)]), new Promise((r) => setTimeout(r, 1000))]);
    },
  };
}
