/**
 * Downloads of the small files an episode is made of (feeds, transcripts, chapters, peaks), from
 * any host. A host that does not let other sites read its files (no CORS) is read through our
 * server's relay, when the page was served by it (`npm run serve` marks the page with
 * `<meta name="tandem-relay">`); served as plain files, the message says what to do instead.
 * Audio never goes through here: the media element plays it from its host directly.
 */
import { describeDownloadFailure } from './describe';
import { DownloadProblemError, fetchFile, type Fetch } from './fetch-file';

export { pageFetch, type Fetch } from './fetch-file';

/** The relay's address when this page was served with one, else undefined. */
export function relayAddress(doc: Document = document): string | undefined {
  const content = doc.querySelector<HTMLMetaElement>('meta[name="tandem-relay"]')?.content;
  return content ? new URL(content, doc.baseURI).href : undefined;
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
  try {
    return await fetchFile(url, fetchImpl, relay);
  } catch (error) {
    if (!(error instanceof DownloadProblemError)) throw error;
    throw new Error(describeDownloadFailure(label, error.problem), { cause: error });
  }
}
