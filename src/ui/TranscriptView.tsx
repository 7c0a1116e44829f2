import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { assignSpeakerColors, isTurnStart } from '../core/speakers';
import type { Cue } from '../core/transcript';
import { useTandem } from '../state/store';
import { SearchBar } from './SearchBar';
import { SelectionShare } from './SelectionShare';
import { TranscriptLoading } from './TranscriptLoading';
import { TranscriptRow } from './TranscriptRow';
import { usePrefersReducedMotion } from './use-media-query';

const NO_CUES: readonly Cue[] = [];
const ESTIMATED_ROW_PX = 56;
const PAGE_LINES = 10;
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/** Where ↑ ↓ Page Up/Down Home End move the focused line. */
function lineKeyTarget(key: string, from: number, count: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowUp: from - 1,
    ArrowDown: from + 1,
    PageUp: from - PAGE_LINES,
    PageDown: from + PAGE_LINES,
    Home: 0,
    End: count - 1,
  };
  return moves[key];
}

/**
 * The transcript as a virtualized list: only rows near the viewport are in the DOM. While
 * following, the current line is kept in view; a scroll by the listener pauses that.
 */
export function TranscriptView() {
  const cues = useTandem((s) => s.transcript?.cues ?? NO_CUES);
  const isFollowing = useTandem((s) => s.isFollowing);
  const isLoading = useTandem((s) => s.transcriptLoad !== null);
  const setFollowing = useTandem((s) => s.setFollowing);
  const markRowsRendered = useTandem((s) => s.markRowsRendered);
  const prefersReducedMotion = usePrefersReducedMotion();
  const speakerColors = useMemo(() => assignSpeakerColors(cues), [cues]);
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: cues.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();

  const scrollToCue = useCallback(
    (index: number, kind: 'step' | 'jump') => {
      // Smooth only for the next-line step over rendered rows: a long smooth jump over
      // unmeasured rows lands off target.
      const isRendered = virtualizer.getVirtualItems().some((item) => item.index === index);
      const behavior = kind === 'step' && isRendered && !prefersReducedMotion ? 'smooth' : 'auto';
      virtualizer.scrollToIndex(index, { align: 'center', behavior });
    },
    [virtualizer, prefersReducedMotion],
  );

  /** Brings row `index` into view, then gives its time button focus once it is rendered. */
  const focusRow = useCallback(
    (index: number): void => {
      virtualizer.scrollToIndex(index, { align: 'auto' });
      const tryFocus = (attempt: number): void => {
        const button = scrollRef.current?.querySelector<HTMLButtonElement>(
          `[data-cue-index="${index}"] .cue-time`,
        );
        if (button) button.focus({ preventScroll: true });
        else if (attempt < 10) requestAnimationFrame(() => tryFocus(attempt + 1));
      };
      tryFocus(0);
    },
    [virtualizer],
  );

  useEffect(
    () =>
      useTandem.subscribe((state, previous) => {
        if (state.focusRequest !== previous.focusRequest) focusRow(state.focusIndex);
        // A new transcript is not rendered yet: the effect below scrolls once it is.
        if (state.transcript !== previous.transcript) return;
        const match = state.search.matches[state.search.active];
        if (match && state.search !== previous.search) scrollToCue(match.cueIndex, 'jump');
        if (state.currentIndex < 0 || !state.isFollowing) return;
        if (!previous.isFollowing) scrollToCue(state.currentIndex, 'jump');
        else if (state.currentIndex !== previous.currentIndex)
          scrollToCue(state.currentIndex, 'step');
      }),
    [scrollToCue, focusRow],
  );

  // A transcript that arrives (or grows from its first lines to the whole) after playback has a
  // position: bring the current line, or the search hit, into view once the rows exist.
  useEffect(() => {
    const { isFollowing: follows, currentIndex, search } = useTandem.getState();
    const match = search.matches[search.active];
    if (match) scrollToCue(match.cueIndex, 'jump');
    else if (follows && currentIndex >= 0) scrollToCue(currentIndex, 'jump');
  }, [cues, scrollToCue]);

  useEffect(() => {
    if (items.length > 0) markRowsRendered();
  }, [items.length, markRowsRendered]);

  // Programmatic scrolls fire `scroll` too, so the listener's intent is read from input events.
  const pauseFollowing = (): void => {
    if (useTandem.getState().isFollowing) setFollowing(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const row =
      event.target instanceof HTMLElement ? event.target.closest('[data-cue-index]') : null;
    const onLine = row !== null && event.target instanceof HTMLButtonElement;
    if (onLine && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      const target = lineKeyTarget(
        event.key,
        Number(row.getAttribute('data-cue-index')),
        cues.length,
      );
      if (target !== undefined) {
        // Arrow keys move between lines, rendered or not (roving tab stop).
        event.preventDefault();
        useTandem.getState().focusLine(target);
        return;
      }
    }
    if (
      SCROLL_KEYS.has(event.key) &&
      !(event.target instanceof HTMLButtonElement && event.key === ' ')
    ) {
      pauseFollowing();
    }
  };

  const first = items[0];
  return (
    <section className="transcript" role="region" aria-label="Transcript">
      <SearchBar />
      <TranscriptLoading />
      {cues.length === 0 ? (
        !isLoading && <p className="transcript-empty">No transcript lines to show.</p>
      ) : (
        <div
          ref={scrollRef}
          className="transcript-scroller"
          onWheel={pauseFollowing}
          onTouchMove={pauseFollowing}
          onPointerDown={(event) => {
            // A press on the scroller itself (not a line) is a grab of its scrollbar.
            if (event.target === event.currentTarget) pauseFollowing();
          }}
          onKeyDown={onKeyDown}
        >
          <div className="transcript-sizer" style={{ height: virtualizer.getTotalSize() }}>
            <div
              role="list"
              aria-label={`${cues.length} lines`}
              className="transcript-window"
              style={{ transform: `translateY(${first?.start ?? 0}px)` }}
            >
              {items.map((item) => (
                <TranscriptRow
                  key={item.key}
                  index={item.index}
                  cue={cues[item.index] as Cue}
                  measure={virtualizer.measureElement}
                  turnColor={
                    isTurnStart(cues, item.index)
                      ? speakerColors.get(cues[item.index]?.speaker as string)
                      : undefined
                  }
                />
              ))}
            </div>
          </div>
        </div>
      )}
      <SelectionShare containerRef={scrollRef} />
      {!isFollowing && (
        <button type="button" className="back-to-current" onClick={() => setFollowing(true)}>
          Back to current line
        </button>
      )}
    </section>
  );
}
