// @vitest-environment node
/**
 * The production server and its relay, end to end over loopback only: the relay's target is a
 * second server on 127.0.0.1 (exempted by name and port, as TANDEM_RELAY_ALLOW_HOSTS does), and
 * every refusal is aimed at a loopback address, so even a broken rule sends nothing elsewhere.
 */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/lib/server.mjs';

type App = Awaited<ReturnType<typeof buildServer>>;

let upstream: Server;
let upstreamPort = 0;
const seen: IncomingHttpHeaders[] = [];
let app: App;
let base = '';
let root = '';

const FEED =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback show</title></channel></rss>';

beforeAll(async () => {
  upstream = createServer((request, response) => {
    seen.push(request.headers);
    const path = request.url ?? '/';
    const other = `http://127.0.0.2:${upstreamPort}/feed.xml`;
    const routes: Record<string, () => void> = {
      '/feed.xml': () => {
        response.setHeader('set-cookie', 'session=secret');
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
      },
      '/transcript.html': () =>
        response.writeHead(200, { 'content-type': 'text/html' }).end('<time>0:01</time><p>Hi</p>'),
      '/audio.mp3': () => response.writeHead(200, { 'content-type': 'audio/mpeg' }).end('ID3xxxx'),
      '/untyped': () => response.writeHead(200).end(Buffer.from('ID3\u0004\u0000rest of an mp3')),
      '/image.png': () => response.writeHead(200, { 'content-type': 'image/png' }).end('png'),
      '/big.json': () =>
        response.writeHead(200, { 'content-type': 'application/json' }).end('x'.repeat(4096)),
      '/big-unsized.json': () => {
        response.writeHead(200, {
          'content-type': 'application/json',
          'transfer-encoding': 'chunked',
        });
        response.write('x'.repeat(800));
        response.end('x'.repeat(800));
      },
      '/slow': () => undefined,
      '/missing': () => response.writeHead(404).end(),
      '/to-feed': () => response.writeHead(302, { location: '/feed.xml' }).end(),
      '/to-other-loopback': () => response.writeHead(302, { location: other }).end(),
      '/to-file': () => response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
      '/loop': () => response.writeHead(302, { location: '/loop' }).end(),
    };
    (routes[path] ?? (() => response.writeHead(404).end()))();
  });
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done));
  upstreamPort = (upstream.address() as AddressInfo).port;

  root = mkdtempSync(join(tmpdir(), 'tandem-serve-'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head><title>T</title></head><body></body></html>',
  );
  mkdirSync(join(root, 'assets'));
  writeFileSync(
    join(root, 'assets', 'index-abc123.js'),
    `console.log(${JSON.stringify('x'.repeat(5000))});`,
  );
  writeFileSync(join(root, 'audio.mp3'), Buffer.alloc(10_000, 7));
  app = await buildServer({
    root,
    allowHosts: new Set([`127.0.0.1:${upstreamPort}`]),
    maxBytes: 1024,
    timeoutMs: 800,
    ratePerMinute: 1000,
    // Any name resolves to loopback here: a broken DNS rule could still only reach this machine.
    resolver: (
      _host: string,
      _options: unknown,
      callback: (e: null, a: { address: string; family: number }[]) => void,
    ) => callback(null, [{ address: '127.0.0.1', family: 4 }]),
  });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await app.close();
  await new Promise((done) => upstream.close(done));
});

const relay = (url: string, init?: RequestInit): Promise<Response> =>
  fetch(`${base}/relay?url=${encodeURIComponent(url)}`, init);
const up = (path: string): string => `http://127.0.0.1:${upstreamPort}${path}`;

describe('the relay', () => {
  it('fetches a feed from an allowed host, with no cookies or credentials either way', async () => {
    const response = await relay(up('/feed.xml'), {
      headers: { cookie: 'mine=1', authorization: 'Bearer secret' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(FEED);
    expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('content-security-policy')).toMatch(/sandbox/);
    const sent = seen.at(-1) ?? {};
    expect(sent.cookie).toBeUndefined();
    expect(sent.authorization).toBeUndefined();
  });

  it('serves relayed HTML as plain text, so it can never run as this site’s page', async () => {
    const response = await relay(up('/transcript.html'));
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('follows a redirect on the same allowed host', async () => {
    expect(await (await relay(up('/to-feed'))).text()).toBe(FEED);
  });

  it('passes a host’s own error status on, without calling it a refusal', async () => {
    const response = await relay(up('/missing'));
    expect(response.status).toBe(404);
    expect(response.headers.get('x-tandem-relay-refused')).toBeNull();
  });

  const refusals: Array<[string, () => string, number, RegExp]> = [
    ['loopback by address', () => `http://127.0.0.1:${upstreamPort + 1}/feed.xml`, 403, /loopback/],
    ['loopback, IPv6', () => `http://[::1]:${upstreamPort}/feed.xml`, 403, /loopback/],
    [
      'loopback, mapped IPv6',
      () => `http://[::ffff:127.0.0.1]:${upstreamPort + 1}/`,
      403,
      /loopback/,
    ],
    [
      'loopback, numeric',
      () => `http://2130706433:${upstreamPort + 1}/`,
      403,
      /127\.0\.0\.1 is a loopback/,
    ],
    ['localhost', () => `http://localhost:${upstreamPort}/feed.xml`, 403, /this machine/],
    [
      'a name whose DNS answer is loopback',
      () => `http://feeds.example:${upstreamPort}/feed.xml`,
      403,
      /feeds\.example resolves to 127\.0\.0\.1/,
    ],
    [
      'a redirect to another loopback address',
      () => up('/to-other-loopback'),
      403,
      /redirect went to http:\/\/127\.0\.0\.2.*loopback/,
    ],
    [
      'a redirect to file:',
      () => up('/to-file'),
      400,
      /redirect went to file:.*Only http and https/,
    ],
    ['endless redirects', () => up('/loop'), 400, /more than 5 redirects/],
    ['audio', () => up('/audio.mp3'), 415, /audio is played from its host directly/],
    ['audio with no type', () => up('/untyped'), 415, /audio or video/],
    ['an image', () => up('/image.png'), 415, /image\/png, not a feed/],
    ['a file over the size cap', () => up('/big.json'), 413, /larger than the relay/],
    ['a stream over the size cap', () => up('/big-unsized.json'), 413, /larger than the relay/],
    ['a host that does not answer in time', () => up('/slow'), 504, /did not answer within 0\.8 s/],
    ['ftp', () => `ftp://127.0.0.1:${upstreamPort}/`, 400, /Only http and https/],
    [
      'credentials in the address',
      () => `http://u:p@127.0.0.1:${upstreamPort}/feed.xml`,
      400,
      /user name or password/,
    ],
    ['no address', () => '', 400, /Give the address/],
  ];

  it.each(refusals)('refuses %s, saying why', async (_name, target, status, reason) => {
    const response = await relay(target());
    expect(response.status).toBe(status);
    expect(response.headers.get('x-tandem-relay-refused')).toBe('1');
    expect(await response.text()).toMatch(reason);
  });
});

describe('the app server', () => {
  it('marks the page as served with a relay, with its security headers', async () => {
    const response = await fetch(`${base}/?feed=x`);
    expect(await response.text()).toContain('<meta name="tandem-relay" content="/relay">');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('caches hashed assets for a year, compressed', async () => {
    const response = await fetch(`${base}/assets/index-abc123.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers Range requests for media', async () => {
    const response = await fetch(`${base}/audio.mp3`, { headers: { range: 'bytes=100-199' } });
    expect(response.status).toBe(206);
    expect((await response.arrayBuffer()).byteLength).toBe(100);
  });

  it('limits relay requests per client', async () => {
    const limited = await buildServer({ root, ratePerMinute: 2 });
    const address = await limited.listen({ port: 0, host: '127.0.0.1' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        statuses.push((await fetch(`${address}/relay?url=http%3A%2F%2F127.0.0.1%2F`)).status);
      }
      expect(statuses).toEqual([403, 403, 429]);
    } finally {
      await limited.close();
    }
  });
});
