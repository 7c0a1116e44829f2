/**
 * Remembers where the listener was in each episode, on this device, and offers it back on the
 * next visit. Written every few seconds while playing and whenever playback stops or the page
 * is hidden, never on every frame.
 */
import type { Player } from '../media/player';
import { appStorage } from './storage';

const KEY_PREFIX = 'tandem:position:';
const SAVE_EVERY_MS = 5000;
/** Positions this close to either end are not worth resuming. */
const MARGIN_SECONDS = 5;

interface SavedPosition {
  time: number;
  savedAt: number;
}

/** The position saved for an episode, if one is worth resuming within `duration`. */
export function readSavedPosition(
  episodeId: string,
  duration: number,
  storage: Storage = appStorage,
): number | null {
  try {
    const saved = JSON.parse(
      storage.getItem(KEY_PREFIX + episodeId) ?? 'null',
    ) as SavedPosition | null;
    const time = saved?.time;
    if (typeof time !== 'number' || !Number.isFinite(time)) return null;
    if (time < MARGIN_SECONDS || (duration > 0 && time > duration - MARGIN_SECONDS)) return null;
    return time;
  } catch {
    // Unreadable storage (private mode, a corrupt value) means nothing to resume.
    return null;
  }
}

function save(episodeId: string, time: number, storage: Storage): void {
  try {
    storage.setItem(
      KEY_PREFIX + episodeId,
      JSON.stringify({ time, savedAt: Date.now() } satisfies SavedPosition),
    );
  } catch {
    // A full or refused storage must not break playback.
  }
}

/** Saves the player's position for `episodeId` as it plays; returns the disconnect. */
export function rememberPosition(
  player: Player,
  episodeId: string,
  storage: Storage = appStorage,
  now: () => number = Date.now,
): () => void {
  let lastSavedAt = 0;
  let lastTime = -1;
  const saveNow = (): void => {
    const time = player.currentTime();
    if (time === lastTime) return;
    lastTime = time;
    lastSavedAt = now();
    save(episodeId, time, storage);
  };
  const offTime = player.onTime(
    () => {
      if (now() - lastSavedAt >= SAVE_EVERY_MS) saveNow();
    },
    // Asks to be woken every few seconds of audio (sooner at high speed, which is fine).
    { nextChange: (time) => time + SAVE_EVERY_MS / 1000 },
  );
  const offState = player.onState((state) => {
    if (!state.isPlaying) saveNow();
  });
  const onHidden = (): void => {
    if (document.visibilityState === 'hidden') saveNow();
  };
  window.addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    offTime();
    offState();
    window.removeEventListener('pagehide', saveNow);
    document.removeEventListener('visibilitychange', onHidden);
  };
}
