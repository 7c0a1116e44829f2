import { useEffect } from 'react';
import { useTandem } from '../state/store';

import { READY_MARK } from '../core/ready-mark';

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
