/**
 * Tandem's production server: the built app with its security headers, long-lived caching for
 * hashed assets, Range for media and compression; and the relay, `GET /relay?url=…`, which
 * fetches feeds, transcripts and chapters from hosts that do not let other sites read them.
 *
 * The relay is careful, because a server that fetches addresses for anyone is an open door:
 * - http and https only, no credentials in the address, none sent (no cookies either way);
 * - the address, every DNS answer (checked as the connection is made, so a second lookup cannot
 *   answer differently) and every redirect are checked against private, loopback, link-local and
 *   metadata ranges (scripts/lib/relay-rules.mjs), unless the host is in TANDEM_RELAY_ALLOW_HOSTS;
 * - a size cap, a time limit, a content-type allowlist (never audio), a per-client rate limit.
 * Each refusal is a 4xx (or 504 for the time limit) with the reason in plain text and the header
 * X-Tandem-Relay-Refused, so the page can tell the listener why.
 */
import { lookup as dnsLookup } from 'node:dns';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { resolve } from 'node:path';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { CONTENT_SECURITY_POLICY } from './csp.mjs';
import {
  checkTarget,
  looksLikeMedia,
  parseAllowHosts,
  refuseContentType,
  refuseDnsAnswer,
} from './relay-rules.mjs';

const MAX_REDIRECTS = 5;

/** A refusal: the relay's own "no", with a status and a reason for the listener. */
class Refusal extends Error {
  constructor(status, reason) {
    super(reason);
    this.status = status;
  }
}

/**
 * A DNS lookup that refuses any answer holding a private, loopback, link-local or metadata
 * address. The connection is made to the address this checked, never to a second lookup's.
 */
function checkedLookup(resolver) {
  return (hostname, options, callback) => {
    resolver(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error);
      const list = addresses.map((a) => a.address);
      const reason = refuseDnsAnswer(hostname, list);
      if (reason)
        return callback(
          Object.assign(new Refusal(403, `${reason}; it is not relayed.`), {
            code: 'ETANDEMREFUSED',
          }),
        );
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      return callback(null, first.address, first.family);
    });
  };
}

/** One GET of `url` (no redirects followed), with the relay's limits. Resolves with the response. */
function request(url, { isExempt, timeoutMs, resolver, signal }) {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolvePromise, reject) => {
    const req = client.request(
      url,
      {
        method: 'GET',
        headers: {
          'user-agent': 'Tandem relay (+https://github.com/)',
          accept:
            'application/rss+xml, application/atom+xml, application/xml, text/xml, application/json, text/vtt, application/x-subrip, text/html;q=0.5, text/plain;q=0.5, */*;q=0.1',
          'accept-encoding': 'identity',
        },
        ...(isExempt ? {} : { lookup: checkedLookup(resolver) }),
        timeout: timeoutMs,
        signal,
      },
      resolvePromise,
    );
    req.on('timeout', () =>
      req.destroy(new Refusal(504, `the host did not answer within ${timeoutMs / 1000} s`)),
    );
    req.on('error', reject);
    req.end();
  });
}

/** Reads at most `maxBytes` of a response, refusing more. */
async function readCapped(response, maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of response) {
    size += chunk.length;
    if (size > maxBytes) {
      response.destroy();
      throw new Refusal(
        413,
        `the file is larger than the relay's ${Math.round(maxBytes / 2 ** 20)} MB limit`,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Fetches `raw` for the relay, following and checking redirects; throws Refusal with a reason. */
export async function relayFetch(raw, options) {
  const { allowHosts, maxBytes, timeoutMs, resolver = dnsLookup } = options;
  const deadline = AbortSignal.timeout(timeoutMs);
  let target = raw;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const checked = checkTarget(target, allowHosts);
    if (!checked.url)
      throw new Refusal(
        checked.status,
        hop === 0 ? checked.reason : `a redirect went to ${target}: ${checked.reason}`,
      );
    let response;
    try {
      response = await request(checked.url, {
        isExempt: checked.isExempt,
        timeoutMs,
        resolver,
        signal: deadline,
      });
    } catch (error) {
      if (error instanceof Refusal)
        throw hop === 0
          ? error
          : new Refusal(error.status, `a redirect went to ${target}: ${error.message}`);
      if (deadline.aborted || error.name === 'AbortError' || error.name === 'TimeoutError') {
        throw new Refusal(504, `the host did not answer within ${timeoutMs / 1000} s`);
      }
      throw new Refusal(502, `the host could not be reached (${error.code ?? error.message})`);
    }
    const { statusCode = 502, headers } = response;
    if (statusCode >= 300 && statusCode < 400 && headers.location) {
      response.resume();
      target = new URL(headers.location, checked.url).href;
      continue;
    }
    if (statusCode < 200 || statusCode >= 300) {
      response.resume();
      return { status: statusCode, type: null, body: Buffer.alloc(0) };
    }
    const typeRefusal = refuseContentType(headers['content-type']);
    if (typeRefusal) {
      response.destroy();
      throw new Refusal(415, typeRefusal);
    }
    if (Number(headers['content-length']) > maxBytes) {
      response.destroy();
      throw new Refusal(
        413,
        `the file is larger than the relay's ${Math.round(maxBytes / 2 ** 20)} MB limit`,
      );
    }
    let body;
    try {
      body = await readCapped(response, maxBytes);
    } catch (error) {
      if (error instanceof Refusal) throw error;
      throw new Refusal(504, `the host did not finish sending within ${timeoutMs / 1000} s`);
    }
    const type = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (
      (type === '' || type === 'application/octet-stream') &&
      looksLikeMedia(body.subarray(0, 16))
    ) {
      throw new Refusal(
        415,
        'the address is audio or video; audio is played from its host directly, never relayed',
      );
    }
    return { status: 200, type: headers['content-type'] ?? 'application/octet-stream', body };
  }
  throw new Refusal(400, `more than ${MAX_REDIRECTS} redirects`);
}

/** Long-lived caching for files whose names carry their content hash; a short one for the rest. */
function cacheControlFor(path) {
  if (/[\\/]assets[\\/]/.test(path)) return 'public, max-age=31536000, immutable';
  // The page and the service worker are checked on every visit, so a new version is found.
  if (/\.html$|[\\/]sw\.js$|\.webmanifest$/.test(path)) return 'no-cache';
  return 'public, max-age=3600';
}

/**
 * Builds the server (not listening). Options: root (the built app), allowHosts (a Set of
 * "host:port" exempt from the private-address rule), relay limits, rate limit, and a DNS resolver
 * (tests inject one; dns.lookup by default).
 * `closeConnections` makes close() cut open connections instead of waiting for them (tests).
 * @param {{ root?: string, allowHosts?: Set<string>, maxBytes?: number, timeoutMs?: number,
 *   ratePerMinute?: number, resolver?: Function, logger?: boolean | object,
 *   closeConnections?: boolean }} [options]
 */
export async function buildServer({
  root = resolve('dist'),
  allowHosts = parseAllowHosts(process.env.TANDEM_RELAY_ALLOW_HOSTS),
  maxBytes = 16 * 2 ** 20,
  timeoutMs = 10_000,
  ratePerMinute = 60,
  resolver,
  logger = false,
  closeConnections = false,
} = {}) {
  root = resolve(root);
  const app = Fastify({ logger, forceCloseConnections: closeConnections || 'idle' });
  const index = readFileSync(resolve(root, 'index.html'), 'utf8').replace(
    '</head>',
    // Tells the page it may read files from hosts without CORS through this server.
    '<meta name="tandem-relay" content="/relay"></head>',
  );

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    if (!reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    }
    return payload;
  });
  await app.register(compress, { global: true, threshold: 1024 });
  await app.register(rateLimit, { global: false });
  await app.register(fastifyStatic, {
    root,
    index: false,
    wildcard: true,
    acceptRanges: true,
    cacheControl: false,
    setHeaders: (reply, path) => reply.header('cache-control', cacheControlFor(path)),
  });

  const sendIndex = (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
  app.get('/', sendIndex);
  app.get('/index.html', sendIndex);

  app.get(
    '/relay',
    { config: { rateLimit: { max: ratePerMinute, timeWindow: '1 minute' } } },
    async (request, reply) => {
      // Nothing of the caller's request is passed on: no cookies, no credentials, no headers.
      reply.header('cache-control', 'no-store');
      reply.header('content-security-policy', "sandbox; default-src 'none'");
      try {
        const { status, type, body } = await relayFetch(request.query.url, {
          allowHosts,
          maxBytes,
          timeoutMs,
          ...(resolver ? { resolver } : {}),
        });
        if (status !== 200) return reply.code(status).send();
        // An HTML transcript is read as text; served from this site it must never run as a page.
        const safeType = /^text\/html\b/i.test(type)
          ? type.replace(/^text\/html/i, 'text/plain')
          : type;
        return reply.code(200).type(safeType).send(body);
      } catch (error) {
        const refusal = error instanceof Refusal ? error : new Refusal(502, 'the relay failed');
        return reply
          .code(refusal.status)
          .header('x-tandem-relay-refused', '1')
          .type('text/plain; charset=utf-8')
          .send(`Refused: ${refusal.message.replace(/\.$/, '')}.`);
      }
    },
  );

  // Any other address is the app (it reads its own query string).
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/assets/'))
      return sendIndex(request, reply);
    return reply.code(404).type('text/plain').send('Not found.');
  });
  return app;
}
