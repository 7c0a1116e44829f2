/**
 * Where an episode opens: the time the address names, else where this listener left off, else
 * the start. Then keeps remembering the position.
 */
import { fitToDuration, readTimeFragment } from '../core/fragment';
import { formatClock } from '../core/time';
import type { PlaybackState, Player } from '../media/player';
import { readSavedPosition, rememberPosition } from './resume';
import { appStorage } from './storage';
import { useTandem } from './store';
import { t } from '../i18n/i18n';

/**
 * The episode's length as far as a start position is concerned: known from the peaks or the
 * media's metadata, Infinity for media that plays without one (a live stream), undefined while
 * neither has told yet.
 */
function knownDuration(state: PlaybackState): number | undefined {
  if (state.duration > 0) return state.duration;
  return state.canPlay ? Number.POSITIVE_INFINITY : undefined;
}

/**
 * Applies the start position for `episodeId` as soon as the episode's length is known (a link's
 * time can only be checked against it), then follows changes of the address's time (a pasted
 * link, back and forward) without a reload. Returns the disconnect.
 */
export function startEpisodeAt(
  player: Player,
  episodeId: string,
  location: { hash: string; search: string } = window.location,
  storage: Storage = appStorage,
  store = useTandem,
): () => void {
  const { showNotice, setResumedAt, setRange } = store.getState();
  const fragment = readTimeFragment(location);
  let stopRemembering: (() => void) | null = null;

  const start = (duration: number): void => {
    // Read before anything is saved: the first save would overwrite it.
    const saved = readSavedPosition(episodeId, duration, storage);
    if (fragment.kind === 'time') {
      const target = fitToDuration(fragment, duration);
      if (target) {
        setRange(target.end === undefined ? null : target);
        player.seek(target.start);
      } else
        showNotice(
          t('notice.linkPastEnd', {
            time: formatClock(fragment.start),
            end: formatClock(duration),
          }),
        );
    } else if (fragment.kind === 'invalid') {
      showNotice(t('notice.badTime', { text: fragment.text }));
    } else if (saved !== null) {
      player.seek(saved);
      setResumedAt(saved);
    }
    stopRemembering = rememberPosition(player, episodeId, storage);
  };

  let stopWaiting = (): void => undefined;
  const initial = knownDuration(player.getState());
  if (initial !== undefined) start(initial);
  else {
    const off = player.onState((state) => {
      const duration = knownDuration(state);
      if (duration === undefined) return;
      stopWaiting();
      start(duration);
    });
    stopWaiting = () => void off();
  }

  const onAddressChange = (): void => {
    const changed = readTimeFragment(window.location);
    const duration = knownDuration(player.getState());
    const target =
      changed.kind === 'time' && duration !== undefined
        ? fitToDuration(changed, duration)
        : undefined;
    if (!target) return;
    store.getState().setRange(target.end === undefined ? null : target);
    player.seek(target.start);
    store.getState().setFollowing(true);
  };
  window.addEventListener('hashchange', onAddressChange);
  window.addEventListener('popstate', onAddressChange);
  return () => {
    stopWaiting();
    stopRemembering?.();
    window.removeEventListener('hashchange', onAddressChange);
    window.removeEventListener('popstate', onAddressChange);
  };
}
