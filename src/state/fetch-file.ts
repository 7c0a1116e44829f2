/**
 * Fetching a file from any host, with what went wrong as data rather than words: the page turns
 * a `DownloadProblem` into a message in its language (see remote.ts), and the transcript's
 * reader, which downloads in a worker without the page's messages, sends it back to the page.
 * A host that does not let other sites read its files (no CORS) is read through our server's
 * relay when there is one.
 */
import { messageOf, type DownloadProblem } from '../core/messages';

export type Fetch = typeof fetch;

/**
 * The page's own fetch. Loads given it (rather than a stand-in, as in tests) may leave a
 * transcript for its reader to download in a worker.
 */
export const pageFetch: Fetch = (...args) => fetch(...args);

/** A download that failed, and why. */
export class DownloadProblemError extends Error {
  constructor(
    readonly problem: DownloadProblem,
    options?: { cause?: unknown },
  ) {
    super(`download failed: ${problem.reason}`, options);
    this.name = 'DownloadProblemError';
  }
}

/** Whether `url` is on another site than this page (or worker). */
const isCrossSiteUrl = (url: string): boolean =>
  new URL(url, globalThis.location.href).origin !== globalThis.location.origin;

const isOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

const statusOf = (response: Response): string =>
  [response.status, response.statusText].filter(Boolean).join(' ');

/** Through the relay: its answer, or the problem in its own words. */
async function throughRelay(url: string, relay: string, fetchImpl: Fetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(`${relay}?url=${encodeURIComponent(url)}`, {
      credentials: 'omit',
    });
  } catch (error) {
    throw new DownloadProblemError(
      { reason: 'network', isCrossSite: true, relay: 'failed' },
      { cause: error },
    );
  }
  if (response.ok) return response;
  // The relay says why in plain text; a host's own error passes as its status.
  if (response.status === 429) {
    const detail = 'too many requests from this device in a minute; try again shortly.';
    throw new DownloadProblemError({ reason: 'relay-refused', detail });
  }
  if (response.headers.get('x-tandem-relay-refused') !== null) {
    const detail = (await response.text())
      .trim()
      .replace(/^Refused: /, '')
      .slice(0, 500);
    throw new DownloadProblemError({ reason: 'relay-refused', detail });
  }
  throw new DownloadProblemError({ reason: 'status', status: statusOf(response) });
}

/**
 * Fetches `url`, directly, else through the relay when the direct read failed on another site.
 * Throws DownloadProblemError saying what went wrong.
 */
export async function fetchFile(
  url: string,
  fetchImpl: Fetch,
  relay: string | undefined,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    // Offline, a file not kept for offline cannot be had (a kept one was answered from its copy).
    if (isOffline()) throw new DownloadProblemError({ reason: 'offline' }, { cause: error });
    const isCrossSite = isCrossSiteUrl(url);
    if (isCrossSite && relay) return throughRelay(url, relay, fetchImpl);
    throw new DownloadProblemError(
      { reason: 'network', isCrossSite, ...(isCrossSite ? { relay: 'absent' as const } : {}) },
      { cause: error },
    );
  }
  if (!response.ok)
    throw new DownloadProblemError({ reason: 'status', status: statusOf(response) });
  return response;
}

/** A response's size in bytes, 0 when unknown (a compressed response reports its compressed one). */
export function sizeOf(response: Response): number {
  const isEncoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  return isEncoded ? 0 : Number(response.headers.get('content-length')) || 0;
}

/**
 * Each chunk of a download as it comes; a connection that breaks off throws DownloadProblemError.
 * Stopped early (the file refused, the load abandoned), the download stops too.
 */
export async function* bytesOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let isDone = false;
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        throw new DownloadProblemError(
          { reason: 'broke-off', detail: messageOf(error) },
          { cause: error },
        );
      }
      if (result.done) {
        isDone = true;
        return;
      }
      yield result.value;
    }
  } finally {
    if (!isDone) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
