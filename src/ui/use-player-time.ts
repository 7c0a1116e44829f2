import { useEffect, useRef } from 'react';
import { useTandem } from '../state/store';

/**
 * Calls `onTime` with the current time after every seek and, while playing, when `nextChange`
 * says what it shows next changes (the next second, the next word), without re-rendering: write
 * the result to the DOM through a ref.
 */
export function usePlayerTime(
  onTime: (time: number) => void,
  nextChange: (time: number) => number,
): void {
  const player = useTandem((s) => s.player);
  const latest = useRef({ onTime, nextChange });
  useEffect(() => {
    latest.current = { onTime, nextChange };
  });
  useEffect(() => {
    if (!player) return undefined;
    latest.current.onTime(player.currentTime());
    return player.onTime((time) => latest.current.onTime(time), {
      nextChange: (time) => latest.current.nextChange(time),
    });
  }, [player]);
}

/** The next whole second: when a clock showing M:SS next changes. */
export const nextSecond = (time: number): number => Math.floor(time) + 1;
