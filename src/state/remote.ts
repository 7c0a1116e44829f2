/**
 * Downloads of the small files an episode is made of (feeds, transcripts, chapters, peaks), from
 * any host. A host that does not let other sites read its files (no CORS) is read through our
 * server's relay, when the page was served by it (`npm run serve` marks the page with
 * `<meta name="tandem-relay">`); served as plain files, the message says what to do instead.
 * Audio never goes through here: the media element plays it from its host directly.
 */
import { describeDownloadFailure } from './describe';

export type Fetch = typeof fetch;

/** The relay's address when this page was served with one, else undefined. */
export function relayAddress(doc: Document = document): string | undefined {
  const content = doc.querySelector<HTMLMetaElement>('meta[name="tandem-relay"]')?.content;
  return content ? new URL(content, doc.baseURI).href : undefined;
}

const isCrossSiteUrl = (url: string): boolean =>
  new URL(url, window.location.href).origin !== window.location.origin;

const isOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

const statusOf = (response: Response): string =>
  [response.status, response.statusText].filter(Boolean).join(' ');

/** Through the relay: its answer, or an error in its own words. */
async function throughRelay(
  url: string,
  label: string,
  relay: string,
  fetchImpl: Fetch,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(`${relay}?url=${encodeURIComponent(url)}`, {
      credentials: 'omit',
    });
  } catch (error) {
    throw new Error(
      describeDownloadFailure(label, { reason: 'network', isCrossSite: true, relay: 'failed' }),
      { cause: error },
    );
  }
  if (response.ok) return response;
  // The relay says why in plain text; a host's own error passes as its status.
  if (response.status === 429) {
    const detail = 'too many requests from this device in a minute; try again shortly.';
    throw new Error(describeDownloadFailure(label, { reason: 'relay-refused', detail }));
  }
  if (response.headers.get('x-tandem-relay-refused') !== null) {
    const detail = (await response.text())
      .trim()
      .replace(/^Refused: /, '')
      .slice(0, 500);
    throw new Error(describeDownloadFailure(label, { reason: 'relay-refused', detail }));
  }
  throw new Error(describeDownloadFailure(label, { reason: 'status', status: statusOf(response) }));
}

/**
 * Downloads `url`, directly, else through the relay when the direct read failed on another site.
 * Throws an Error whose message names `label` and says what went wrong, in plain words.
 */
export async function download(
  url: string,
  label: string,
  fetchImpl: Fetch,
  relay: string | undefined = relayAddress(),
): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    // Offline, a file not kept for offline cannot be had (a kept one was answered from its copy).
    if (isOffline()) {
      throw new Error(describeDownloadFailure(label, { reason: 'offline' }), { cause: error });
    }
    const isCrossSite = isCrossSiteUrl(url);
    if (isCrossSite && relay) return throughRelay(url, label, relay, fetchImpl);
    throw new Error(
      describeDownloadFailure(label, {
        reason: 'network',
        isCrossSite,
        ...(isCrossSite ? { relay: 'absent' as const } : {}),
      }),
      { cause: error },
    );
  }
  if (!response.ok) {
    throw new Error(
      describeDownloadFailure(label, { reason: 'status', status: statusOf(response) }),
    );
  }
  return response;
}
