/**
 * Where an episode opens: the time the address names, else where this listener left off, else
 * the start. Then keeps remembering the position.
 */
import { fitToDuration, readTimeFragment } from '../core/fragment';
import { formatClock } from '../core/time';
import type { Player } from '../media/player';
import { readSavedPosition, rememberPosition } from './resume';
import { useTandem } from './store';

/**
 * Applies the start position for `episodeId`, then follows changes of the address's time (a
 * pasted link, back and forward) without a reload. Returns the disconnect.
 */
export function startEpisodeAt(
  player: Player,
  episodeId: string,
  location: { hash: string; search: string } = window.location,
  storage: Storage = localStorage,
  store = useTandem,
): () => void {
  const { showNotice, setResumedAt, setRange } = store.getState();
  const duration = player.getState().duration;
  const fragment = readTimeFragment(location);
  // Read before anything is saved: the first save would overwrite it.
  const saved = readSavedPosition(episodeId, duration, storage);

  if (fragment.kind === 'time') {
    const target = fitToDuration(fragment, duration);
    if (target) {
      setRange(target.end === undefined ? null : target);
      player.seek(target.start);
    } else
      showNotice(
        `The link's time ${formatClock(fragment.start)} is past the end (${formatClock(duration)}); starting at 0:00.`,
      );
  } else if (fragment.kind === 'invalid') {
    showNotice(
      `Ignored "t=${fragment.text}" in the address: expected a time like #t=12:37 or ?t=757.`,
    );
  } else if (saved !== null) {
    player.seek(saved);
    setResumedAt(saved);
  }
  const stopRemembering = rememberPosition(player, episodeId, storage);
  const onAddressChange = (): void => {
    const changed = readTimeFragment(window.location);
    const target =
      changed.kind === 'time' ? fitToDuration(changed, player.getState().duration) : undefined;
    if (!target) return;
    store.getState().setRange(target.end === undefined ? null : target);
    player.seek(target.start);
    store.getState().setFollowing(true);
  };
  window.addEventListener('hashchange', onAddressChange);
  window.addEventListener('popstate', onAddressChange);
  return () => {
    stopRemembering();
    window.removeEventListener('hashchange', onAddressChange);
    window.removeEventListener('popstate', onAddressChange);
  };
}
