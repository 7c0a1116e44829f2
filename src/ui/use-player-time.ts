import { useEffect, useRef } from 'react';
import { useTandem } from '../state/store';

/**
 * Calls `onTime` with the current time every frame while playing and after every seek,
 * without re-rendering: write the result to the DOM through a ref.
 */
export function usePlayerTime(onTime: (time: number) => void): void {
  const player = useTandem((s) => s.player);
  const latest = useRef(onTime);
  useEffect(() => {
    latest.current = onTime;
  });
  useEffect(() => {
    if (!player) return undefined;
    latest.current(player.currentTime());
    return player.onTime((time) => latest.current(time));
  }, [player]);
}
