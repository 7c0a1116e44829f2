/**
 * A second site for browser tests, on a loopback port (so another origin than the app): serves
 * files with or without CORS and Range support, and can stall or drop its connections on demand,
 * the way real podcast hosts and real networks do. It listens on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RemoteFile {
  body: Buffer;
  type: string;
}

export interface RemoteHostOptions {
  /** Sends Access-Control-Allow-Origin: * (most podcast hosts do not). */
  cors: boolean;
  /** Answers Range requests with 206 (a plain server does not). */
  range: boolean;
  /** At most this many bytes per answer to a Range request, so media is fetched in pieces. */
  maxRangeBytes?: number;
}

export interface RemoteHost {
  /** The address of a file on this host. */
  url(path: string): string;
  /** New requests wait (and bodies stop) until `resume()`. */
  stall(): void;
  /** From its `nth` request on (1-based), requests for `path` wait until `resume()`. */
  holdFrom(path: string, nth: number): void;
  resume(): void;
  /** Cuts every open connection. */
  drop(): void;
  /** How many requests each path got. */
  requests: Map<string, number>;
  close(): Promise<void>;
}

export async function startRemoteHost(
  files: Record<string, RemoteFile>,
  options: RemoteHostOptions,
): Promise<RemoteHost> {
  let stalled: Array<() => void> | null = null;
  let held: { path: string; nth: number } | null = null;
  const waitingForResume: Array<() => void> = [];
  const sockets = new Set<Socket>();
  const requests = new Map<string, number>();
  const whenFlowing = (): Promise<void> =>
    stalled ? new Promise((resolve) => stalled?.push(resolve)) : Promise.resolve();

  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? '/', 'http://host').pathname.slice(1);
    const count = (requests.get(path) ?? 0) + 1;
    requests.set(path, count);
    if (held && held.path === path && count >= held.nth)
      await new Promise<void>((resolve) => waitingForResume.push(resolve));
    await whenFlowing();
    const headers: Record<string, string> = options.cors
      ? { 'access-control-allow-origin': '*' }
      : {};
    const file = files[path];
    if (!file) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const size = file.body.length;
    const range = options.range ? /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '') : null;
    let start = 0;
    let end = size - 1;
    if (range) {
      start = range[1] === '' ? size - Number(range[2]) : Number(range[1]);
      end = range[1] !== '' && range[2] !== '' ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (options.maxRangeBytes) end = Math.min(end, start + options.maxRangeBytes - 1);
      headers['content-range'] = `bytes ${start}-${end}/${size}`;
    }
    if (options.range) headers['accept-ranges'] = 'bytes';
    response.writeHead(range ? 206 : 200, {
      ...headers,
      'content-type': file.type,
      'content-length': String(end - start + 1),
    });
    // In pieces, so a stall can stop a body half-way.
    for (let at = start; at <= end; at += 16 * 1024) {
      await whenFlowing();
      if (response.destroyed) return;
      const piece = file.body.subarray(at, Math.min(end + 1, at + 16 * 1024));
      if (!response.write(piece)) await new Promise((resolve) => response.once('drain', resolve));
    }
    response.end();
  };

  const server = createServer((request, response) => {
    answer(request, response).catch(() => response.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path}`,
    stall: () => {
      stalled ??= [];
    },
    holdFrom: (path, nth) => {
      held = { path, nth };
    },
    resume: () => {
      const waiting = [...(stalled ?? []), ...waitingForResume.splice(0)];
      stalled = null;
      held = null;
      waiting.forEach((go) => go());
    },
    drop: () => sockets.forEach((socket) => socket.destroy()),
    requests,
    close: () =>
      new Promise((resolve) => {
        [...(stalled ?? []), ...waitingForResume].forEach((go) => go());
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
