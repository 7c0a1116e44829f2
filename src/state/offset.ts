/** The transcript offset chosen for each episode, remembered on this device. */
import { normalizeOffset } from '../core/offset';
import { appStorage } from './storage';

const KEY_PREFIX = 'tandem:offset:';

/** The offset saved for an episode; 0 when none (or storage holds something unreadable). */
export function readSavedOffset(episodeId: string, storage: Storage = appStorage): number {
  const saved = Number(storage.getItem(KEY_PREFIX + episodeId));
  return Number.isFinite(saved) ? normalizeOffset(saved) : 0;
}

/** Saves an episode's offset; an offset of 0 is forgotten rather than stored. */
export function saveOffset(
  episodeId: string,
  seconds: number,
  storage: Storage = appStorage,
): void {
  if (seconds === 0) storage.removeItem(KEY_PREFIX + episodeId);
  else storage.setItem(KEY_PREFIX + episodeId, String(seconds));
}
