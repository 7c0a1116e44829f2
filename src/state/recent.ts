/**
 * Episodes recently opened from URLs or feeds, and shows recently opened by their feed,
 * remembered on this device for the "Open episode" dialog.
 */

import { feedSearch } from './episode-source';
import { appStorage } from './storage';

const KEY = 'tandem:recent';
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

/** The remembered episodes, newest first. */
export function listRecent(storage: Storage = appStorage): RecentEpisode[] {
  try {
    const list: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(list)
      ? (list as RecentEpisode[]).filter((e) => typeof e?.id === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Puts an episode at the top of the list (once), keeping the newest ten. */
export function rememberRecent(
  episode: Omit<RecentEpisode, 'openedAt'>,
  storage: Storage = appStorage,
  now = Date.now(),
): void {
  const list = [
    { ...episode, openedAt: now },
    ...listRecent(storage).filter((e) => e.id !== episode.id),
  ].slice(0, MAX);
  try {
    storage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Storage refused: the list is a convenience, not a need.
  }
}

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

const SHOWS_KEY = 'tandem:recent-shows';

export interface RecentShow {
  feedUrl: string;
  title: string;
  image?: string;
  openedAt: number;
}

/** The shows opened by their feed, newest first. */
export function listRecentShows(storage: Storage = appStorage): RecentShow[] {
  try {
    const list: unknown = JSON.parse(storage.getItem(SHOWS_KEY) ?? '[]');
    return Array.isArray(list)
      ? (list as RecentShow[]).filter(
          (s) => typeof s?.feedUrl === 'string' && typeof s.title === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/** Puts a show at the top of the list (once), keeping the newest ten. */
export function rememberShow(
  show: Omit<RecentShow, 'openedAt'>,
  storage: Storage = appStorage,
  now = Date.now(),
): void {
  const list = [
    { ...show, openedAt: now },
    ...listRecentShows(storage).filter((s) => s.feedUrl !== show.feedUrl),
  ].slice(0, MAX);
  try {
    storage.setItem(SHOWS_KEY, JSON.stringify(list));
  } catch {
    // Storage refused: the list is a convenience, not a need.
  }
}
