/** Episodes recently opened from URLs, remembered on this device for the "Open episode" list. */

import { appStorage } from './storage';

const KEY = 'tandem:recent';
const MAX = 10;

export interface RecentEpisode {
  /** The id its position is saved under. */
  id: string;
  title: string;
  audioUrl?: string;
  transcriptUrl?: string;
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
  const params = new URLSearchParams();
  if (episode.audioUrl) params.set('audio', episode.audioUrl);
  if (episode.transcriptUrl) params.set('transcript', episode.transcriptUrl);
  return `${base}?${params}`;
}
