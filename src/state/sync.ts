/** Wires the player to the store: playback state, and the current cue index per frame. */
import { cueIndexAt } from '../core/locate';
import type { Player } from '../media/player';
import { useTandem } from './store';

/**
 * On every time tick, finds the current cue by binary search and writes it to the store only
 * when it changes, so React hears about a cue change, never about a frame.
 */
export function connectPlayer(player: Player, store = useTandem): () => void {
  const { setPlayer, setPlayback, setCurrentIndex } = store.getState();
  setPlayer(player);
  setPlayback(player.getState());
  const update = (time: number): void => {
    const { cueIndex, currentIndex } = store.getState();
    if (!cueIndex) return;
    const next = cueIndexAt(cueIndex, time);
    if (next !== currentIndex) setCurrentIndex(next);
  };
  const offTime = player.onTime(update);
  const offState = player.onState(setPlayback);
  // A transcript that arrives after the audio still needs a first highlight.
  const offTranscript = store.subscribe((state, previous) => {
    if (state.cueIndex !== previous.cueIndex) update(player.currentTime());
  });
  update(player.currentTime());
  return () => {
    offTime();
    offState();
    offTranscript();
    if (store.getState().player === player) setPlayer(null);
  };
}
