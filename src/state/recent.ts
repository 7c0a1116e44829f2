/**
 * Episodes recently opened from URLs or feeds, and shows recently opened by their feed,
 * remembered on this device for the "Open episode" dialog.
 */

import { feedSearch } from './episode-source';
import { appStorage } from './storage';

const MAX = 10;

export interface RecentEpisode {
  /** The id its position is saved under. */
  id: string;
  title: string;
  audioUrl?: string;
  transcriptUrl?: string;
  /** An episode from a feed: the feed, and the episode's id in it. */
  feedUrl?: string;
  episodeId?: string;
  openedAt: number;
}

export interface RecentShow {
  feedUrl: string;
  title: string;
  image?: string;
  openedAt: number;
}

/**
 * A remembered list under `key`, newest first, at most ten, one entry per `keyOf`. Storage that
 * refuses or holds garbage gives an empty list: the list is a convenience, not a need.
 */
function recentList<T extends { openedAt: number }>(
  key: string,
  keyOf: (entry: T) => unknown,
  isEntry: (entry: unknown) => boolean,
) {
  const list = (storage: Storage = appStorage): T[] => {
    try {
      const stored: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      return Array.isArray(stored) ? (stored.filter(isEntry) as T[]) : [];
    } catch {
      return [];
    }
  };
  const remember = (
    entry: Omit<T, 'openedAt'>,
    storage: Storage = appStorage,
    now = Date.now(),
  ): void => {
    const added = { ...entry, openedAt: now } as T;
    const next = [added, ...list(storage).filter((e) => keyOf(e) !== keyOf(added))].slice(0, MAX);
    try {
      storage.setItem(key, JSON.stringify(next));
    } catch {
      // Storage refused: nothing lost but the convenience.
    }
  };
  return { list, remember };
}

const episodes = recentList<RecentEpisode>(
  'tandem:recent',
  (e) => e.id,
  (e) => typeof (e as RecentEpisode | null)?.id === 'string',
);
const shows = recentList<RecentShow>(
  'tandem:recent-shows',
  (s) => s.feedUrl,
  (s) =>
    typeof (s as RecentShow | null)?.feedUrl === 'string' &&
    typeof (s as RecentShow).title === 'string',
);

/** The remembered episodes, newest first. */
export const listRecent = episodes.list;
/** Puts an episode at the top of the list (once), keeping the newest ten. */
export const rememberRecent = episodes.remember;
/** The shows opened by their feed, newest first. */
export const listRecentShows = shows.list;
/** Puts a show at the top of the list (once), keeping the newest ten. */
export const rememberShow = shows.remember;

/** The page address that opens a remembered episode. */
export function addressOf(
  episode: RecentEpisode,
  base = window.location.origin + window.location.pathname,
): string {
  if (episode.feedUrl && episode.episodeId) {
    return `${base}${feedSearch(episode.feedUrl, episode.episodeId)}`;
  }
  const params = new URLSearchParams();
  if (episode.audioUrl) params.set('audio', episode.audioUrl);
  if (episode.transcriptUrl) params.set('transcript', episode.transcriptUrl);
  return `${base}?${params}`;
}
