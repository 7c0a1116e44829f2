import { useRef, type KeyboardEvent, type RefObject } from 'react';
import { visibleChapters } from '../core/chapters/chapter';
import { formatClock } from '../core/time';
import { useTandem } from '../state/store';
import { nextSecond, usePlayerTime } from './use-player-time';
import { useT } from '../i18n/react';

const STEP = 5;
const PAGE_STEP = 60;

/**
 * The waveform, exposed as the "Seek" slider: wavesurfer draws into `containerRef`, pointer
 * clicks and drags seek through wavesurfer, and the arrow keys seek here. Chapter starts are
 * marked on it.
 */
export function SeekWaveform({ containerRef }: { containerRef: RefObject<HTMLDivElement | null> }) {
  const duration = useTandem((s) => s.playback.duration);
  const seek = useTandem((s) => s.seek);
  const player = useTandem((s) => s.player);
  const chapters = useTandem((s) => s.chapters);
  const sliderRef = useRef<HTMLDivElement>(null);
  const shownSecond = useRef(-1);
  const t = useT();

  usePlayerTime((time) => {
    const second = Math.floor(time);
    const slider = sliderRef.current;
    if (!slider || second === shownSecond.current) return;
    shownSecond.current = second;
    slider.setAttribute('aria-valuenow', String(second));
    slider.setAttribute(
      'aria-valuetext',
      t('seek.valueText', { time: formatClock(time), duration: formatClock(duration) }),
    );
  }, nextSecond);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!player || event.altKey || event.ctrlKey || event.metaKey) return;
    const now = player.currentTime();
    const targets: Record<string, number> = {
      ArrowLeft: now - STEP,
      ArrowDown: now - STEP,
      ArrowRight: now + STEP,
      ArrowUp: now + STEP,
      PageDown: now - PAGE_STEP,
      PageUp: now + PAGE_STEP,
      Home: 0,
      End: duration,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    // The slider owns its keys: page-wide shortcuts must not act on them too.
    event.preventDefault();
    event.stopPropagation();
    seek(target);
  };

  // Between renders the time is written through the ref; a render starts from the true time.
  const now = player?.currentTime() ?? 0;
  return (
    <div
      ref={sliderRef}
      className="waveform"
      role="slider"
      // Media time runs left to right in every language, as in media players.
      dir="ltr"
      tabIndex={0}
      aria-label={t('seek.label')}
      aria-valuemin={0}
      aria-valuemax={Math.floor(duration)}
      aria-valuenow={Math.floor(now)}
      aria-valuetext={t('seek.valueText', {
        time: formatClock(now),
        duration: formatClock(duration),
      })}
      onKeyDown={onKeyDown}
    >
      <div ref={containerRef} className="waveform-canvas" />
      {duration > 0 && Number.isFinite(duration) && chapters.length > 0 && (
        // Where each chapter starts; the Chapters list says the same to screen readers.
        <div className="chapter-marks" aria-hidden="true">
          {visibleChapters(chapters)
            .filter((chapter) => chapter.start > 0 && chapter.start < duration)
            .map((chapter) => (
              <span
                key={chapter.start}
                className="chapter-mark"
                title={chapter.title}
                style={{ left: `${(chapter.start / duration) * 100}%` }}
              />
            ))}
        </div>
      )}
    </div>
  );
}
