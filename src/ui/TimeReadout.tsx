import { useRef } from 'react';
import { formatClock } from '../core/time';
import { useTandem } from '../state/store';
import { usePlayerTime } from './use-player-time';

/** "12:37 / 49:49", updated through a ref when the shown second changes. */
export function TimeReadout() {
  const duration = useTandem((s) => s.playback.duration);
  const currentRef = useRef<HTMLSpanElement>(null);
  usePlayerTime((time) => {
    const text = formatClock(time);
    const element = currentRef.current;
    if (element && element.textContent !== text) element.textContent = text;
  });
  return (
    <p className="time-readout" aria-label="Elapsed time and duration">
      <span ref={currentRef}>0:00</span> / <span>{formatClock(duration)}</span>
    </p>
  );
}
