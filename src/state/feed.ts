/**
 * Shows opened by their feed: the feed downloaded (directly, or through the relay for hosts
 * without CORS) and read once per visit, and any of its episodes turned into the parts the
 * player loads: audio from the enclosure, the best transcript it offers, its chapters.
 */
import { bestTranscript, type FeedEpisode, type Show } from '../core/feed-model';
import { downloadChapters } from './chapters';
import { downloadTranscript, type EpisodeParts } from './episode-parts';
import { nameOfUrl } from './episode-source';
import type { FeedAnswer, FeedRequest } from './feed.worker';
import { download, type Fetch } from './remote';
import { t } from '../i18n/i18n';

// Real feeds of long-running shows reach a few MB; anything far larger is not a feed.
const MAX_FEED_BYTES = 32 * 2 ** 20;

const shows = new Map<string, Promise<Show>>();

/** The feed's name for messages: its file name, or its host when the path says nothing. */
export function feedLabel(feedUrl: string): string {
  const name = nameOfUrl(feedUrl);
  if (name !== feedUrl && /\.\w+$/.test(name)) return name;
  const { host, pathname } = new URL(feedUrl);
  return host + pathname;
}

async function fetchShow(feedUrl: string, fetchImpl: Fetch): Promise<Show> {
  const label = feedLabel(feedUrl);
  const response = await download(feedUrl, label, fetchImpl);
  if (Number(response.headers.get('content-length')) > MAX_FEED_BYTES) {
    void response.body?.cancel();
    throw new Error(t('error.feed.tooLarge', { feed: label }));
  }
  return readFeed({ bytes: await response.arrayBuffer(), label, feedUrl });
}

/** Parses a feed in a worker (in this thread where there are no workers, as in unit tests). */
async function readFeed(request: FeedRequest): Promise<Show> {
  if (typeof Worker === 'undefined') {
    const { decodeFeed, parseFeed } = await import('../core/feed');
    return parseFeed(decodeFeed(new Uint8Array(request.bytes)), request.label, request.feedUrl);
  }
  const worker = new Worker(new URL('./feed.worker.ts', import.meta.url), { type: 'module' });
  try {
    const answer = await new Promise<FeedAnswer>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FeedAnswer>) => resolve(event.data);
      worker.onerror = (event) =>
        reject(
          new Error(t('error.feed.unreadable', { feed: request.label, detail: event.message })),
        );
      worker.postMessage(request, [request.bytes]);
    });
    if ('error' in answer) throw new Error(answer.error);
    return answer.show;
  } finally {
    worker.terminate();
  }
}

/** The show a feed describes; read once per visit (a failed read is tried again next time). */
export function loadShow(feedUrl: string, fetchImpl: Fetch = (...a) => fetch(...a)): Promise<Show> {
  let show = shows.get(feedUrl);
  if (!show) {
    show = fetchShow(feedUrl, fetchImpl);
    shows.set(feedUrl, show);
    show.catch(() => shows.delete(feedUrl));
  }
  return show;
}

/** Forgets the shows read so far (tests; a reload does the same). */
export function forgetShows(): void {
  shows.clear();
}

/** The id an episode from a feed is remembered by (position, offset, recent list). */
export const feedEpisodeKey = (feedUrl: string, episode: FeedEpisode): string =>
  `feed:${feedUrl}#${episode.id}`;

/** The parts of one episode of a feed; throws when the feed cannot be read or lacks it. */
export async function feedEpisodeParts(
  feedUrl: string,
  episodeId: string,
  fetchImpl: Fetch,
): Promise<EpisodeParts> {
  const show = await loadShow(feedUrl, fetchImpl);
  const episode = show.episodes.find((e) => e.id === episodeId);
  if (!episode) {
    throw new Error(
      t('error.feed.noSuchEpisode', {
        feed: feedLabel(feedUrl),
        id: episodeId,
        count: show.episodes.length,
      }),
    );
  }
  const transcript = bestTranscript(
    episode.transcripts,
    typeof navigator === 'undefined' ? undefined : navigator.language,
  );
  const transcriptName = transcript ? nameOfUrl(transcript.url) : '';
  const image = episode.image ?? show.image;
  return {
    meta: {
      id: feedEpisodeKey(feedUrl, episode),
      title: episode.title,
      show: show.title,
      audio: episode.audio ? nameOfUrl(episode.audio.url) : '',
      transcript: transcriptName,
      ...(episode.link ? { link: episode.link } : {}),
      ...(image ? { image } : {}),
    },
    audioUrl: episode.audio?.url ?? null,
    isTitleGuessed: false,
    transcript: transcript ? downloadTranscript(transcript.url, transcriptName, fetchImpl) : null,
    peaks: null,
    chapters: episodeChapters(episode, fetchImpl),
    files: [
      { role: 'page', url: feedUrl, label: feedLabel(feedUrl) },
      ...(episode.audio
        ? [{ role: 'audio' as const, url: episode.audio.url, label: nameOfUrl(episode.audio.url) }]
        : []),
      ...(transcript
        ? [{ role: 'transcript' as const, url: transcript.url, label: transcriptName }]
        : []),
      ...(episode.chaptersFile
        ? [
            {
              role: 'chapters' as const,
              url: episode.chaptersFile.url,
              label: nameOfUrl(episode.chaptersFile.url),
            },
          ]
        : []),
    ],
  };
}

/**
 * The chapters file the episode names, else the Podlove chapters in the feed; when the file fails
 * and the feed has Podlove chapters, those are used and the failure is still said.
 */
function episodeChapters(episode: FeedEpisode, fetchImpl: Fetch): EpisodeParts['chapters'] {
  const inline = episode.chapters;
  if (!episode.chaptersFile) return inline ? Promise.resolve({ chapters: inline }) : null;
  const file = downloadChapters(episode.chaptersFile.url, fetchImpl);
  if (!inline) return file;
  return file.catch((error: unknown) => ({
    chapters: inline,
    problem: t('error.chapters.feedInstead', { problem: (error as Error).message }),
  }));
}
