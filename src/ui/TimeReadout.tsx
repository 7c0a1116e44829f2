import { useRef } from 'react';
import { formatClock } from '../core/time';
import { useTandem } from '../state/store';
import { nextSecond, usePlayerTime } from './use-player-time';
import { useT } from '../i18n/react';

/** "12:37 / 49:49" ("12:37 / live" for a stream), updated through a ref when the second changes. */
export function TimeReadout() {
  const duration = useTandem((s) => s.playback.duration);
  // Playable with no length: a live stream.
  const isLive = useTandem((s) => s.playback.canPlay && !(s.playback.duration > 0));
  const currentRef = useRef<HTMLSpanElement>(null);
  const t = useT();
  usePlayerTime((time) => {
    const text = formatClock(time);
    const element = currentRef.current;
    if (element && element.textContent !== text) element.textContent = text;
  }, nextSecond);
  return (
    <p className="time-readout" dir="ltr" aria-label={t('time.label')}>
      <span ref={currentRef}>0:00</span> /{' '}
      <span>{isLive ? t('time.live') : formatClock(duration)}</span>
    </p>
  );
}
