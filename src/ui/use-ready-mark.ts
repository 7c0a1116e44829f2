import { useEffect } from 'react';
import { useTandem } from '../state/store';

/** The mark that startup benchmarks and tests wait for. */
export const READY_MARK = 'tandem:ready';

/** Sets performance.mark("tandem:ready") once the waveform and the first rows are on screen. */
export function useReadyMark(): void {
  useEffect(() => {
    const check = (): boolean => {
      const { playback, hasRenderedRows } = useTandem.getState();
      if (!playback.isWaveformDrawn || !hasRenderedRows) return false;
      if (performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
      return true;
    };
    if (check()) return undefined;
    const unsubscribe = useTandem.subscribe(() => {
      if (check()) unsubscribe();
    });
    return unsubscribe;
  }, []);
}
