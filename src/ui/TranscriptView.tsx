import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { chapterHeadings } from '../core/chapters/chapter';
import { assignSpeakerColors, isTurnStart } from '../core/speakers';
import type { Cue } from '../core/transcript';
import { useSettings } from '../state/settings';
import { useTandem } from '../state/store';
import { SearchBar } from './SearchBar';
import { SelectionShareOnDemand } from './SelectionShareOnDemand';
import { TranscriptLoading } from './TranscriptLoading';
import { TranscriptRow } from './TranscriptRow';
import { TranscriptNotes } from './TranscriptNotes';
import { TranscriptOffset } from './TranscriptOffset';
import { usePrefersReducedMotion } from './use-media-query';
import { useAfterPaint } from './use-after-paint';
import { useRowWindow } from './use-row-window';
import { useT } from '../i18n/react';

const NO_CUES: readonly Cue[] = [];
const NO_STARTS = new Float64Array(0);
// Row heights before a row is measured, from the stylesheet: a 44 px line (the time button), 24 px
// per wrapped line, 28 px for a speaker's name; about 8 px per character in a text column some
// 72% of the page wide. Close estimates keep the scrollbar honest and jumps short.
const ROW_PX = 44;
const LINE_PX = 24;
const SPEAKER_PX = 28;
const HEADING_PX = 40;
const CHAR_PX = 8;
const PAGE_MAX_PX = 960;
// The time button, the gaps and the line's two buttons beside its text.
const CHROME_PX = 190;
// On a phone (40rem and below) the buttons go below the current line: only the time is beside it.
const NARROW_CHROME_PX = 90;
const narrowScreen =
  typeof window !== 'undefined' ? window.matchMedia?.('(max-width: 40rem)') : undefined;
const PAGE_LINES = 10;
// A smooth step to the next line takes a few hundred milliseconds: lines heard faster than this
// step at once, or the text would glide without ever resting (at a frame's work every frame).
const SMOOTH_STEP_MIN_SECONDS = 0.4;
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/**
 * How many leading rows of `next` are the rows of `previous` (a transcript's first lines, then the
 * whole of it): checked at both ends of the shorter list, not row by row.
 */
function sameLeadingRows(previous: readonly Cue[], next: readonly Cue[]): number {
  const shared = Math.min(previous.length, next.length);
  if (shared === 0 || previous === next) return shared;
  const same = (i: number): boolean =>
    previous[i]?.start === next[i]?.start && previous[i]?.text === next[i]?.text;
  return same(0) && same(shared - 1) ? shared : 0;
}

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
  const hasTranscript = useTandem((s) => s.transcript !== null);
  const setFollowing = useTandem((s) => s.setFollowing);
  const markRowsRendered = useTandem((s) => s.markRowsRendered);
  const prefersReducedMotion = usePrefersReducedMotion();
  const chapters = useTandem((s) => s.chapters);
  const query = useTandem((s) => s.search.query);
  // The cue index's running maximum of the starts: sorted, as the headings' search needs.
  const starts = useTandem((s) => s.cueIndex?.runningMaxStart ?? NO_STARTS);
  const speakerColors = useMemo(() => assignSpeakerColors(cues), [cues]);
  const headings = useMemo(() => chapterHeadings(starts, chapters), [starts, chapters]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const t = useT();
  // The list's label counts its lines: said once the first of them are on screen.
  const isPainted = useAfterPaint(cues.length > 0);
  // Formatted once per count, not on every frame of a scroll (the list renders on each).
  const listLabel = useMemo(
    () => (isPainted ? t('transcript.lines', { count: cues.length }) : undefined),
    [isPainted, t, cues.length],
  );

  const estimateSize = useMemo(() => {
    const pageWidth = Math.min(window.innerWidth, PAGE_MAX_PX);
    return (index: number, widthPx: number): number => {
      // The text column: the list's width less the time and the line's buttons.
      const chromePx = narrowScreen?.matches ? NARROW_CHROME_PX : CHROME_PX;
      const textPx = widthPx > 0 ? Math.max(160, widthPx - chromePx) : pageWidth * 0.72;
      const charsPerLine = Math.max(20, textPx / CHAR_PX);
      const length = cues[index]?.text.length ?? 0;
      const lines = Math.max(1, Math.ceil(length / charsPerLine));
      return (
        ROW_PX +
        LINE_PX * (lines - 1) +
        (isTurnStart(cues, index) ? SPEAKER_PX : 0) +
        (headings.has(index) ? HEADING_PX : 0)
      );
    };
  }, [cues, headings]);
  // The first lines shown early are the same rows as the start of the whole: keep their heights.
  const [shown, setShown] = useState({ cues, carriedRows: 0 });
  let { carriedRows } = shown;
  if (shown.cues !== cues) {
    carriedRows = sameLeadingRows(shown.cues, cues);
    setShown({ cues, carriedRows });
  }
  const rowWindow = useRowWindow({
    count: cues.length,
    scrollRef,
    estimateSize,
    carriedRows,
    overscan: 3,
    indexAttribute: 'data-cue-index',
  });
  const { indexes, scrollToIndex, cancelJump } = rowWindow;

  const scrollToCue = useCallback(
    (index: number, kind: 'step' | 'jump' | 'reveal') => {
      // Smooth only for the next-line step, to a line heard long enough to rest on, over
      // rendered rows (a long smooth jump over unmeasured rows lands off target).
      const cue = cues[index];
      const glides =
        kind === 'step' &&
        !prefersReducedMotion &&
        cue !== undefined &&
        (cue.end - cue.start) / useSettings.getState().rate >= SMOOTH_STEP_MIN_SECONDS &&
        scrollRef.current?.querySelector(`[data-cue-index="${index}"]`) != null;
      const behavior = glides ? 'smooth' : 'auto';
      // A search hit already on screen is left where it is: the text does not jump as one types.
      scrollToIndex(index, { align: kind === 'reveal' ? 'reveal' : 'center', behavior });
    },
    [cues, scrollToIndex, prefersReducedMotion],
  );

  /** Brings row `index` into view, then gives its time button focus once it is rendered. */
  const focusRow = useCallback(
    (index: number): void => {
      scrollToIndex(index, { align: 'auto' });
      const tryFocus = (attempt: number): void => {
        const button = scrollRef.current?.querySelector<HTMLButtonElement>(
          `[data-cue-index="${index}"] .cue-time`,
        );
        if (button) button.focus({ preventScroll: true });
        else if (attempt < 10) requestAnimationFrame(() => tryFocus(attempt + 1));
      };
      tryFocus(0);
    },
    [scrollToIndex],
  );

  useEffect(
    () =>
      useTandem.subscribe((state, previous) => {
        if (state.focusRequest !== previous.focusRequest) focusRow(state.focusIndex);
        // A new transcript is not rendered yet: the effect below scrolls once it is.
        if (state.transcript !== previous.transcript) return;
        const { search } = state;
        const match = search.matches[search.active];
        if (match && search !== previous.search) {
          // Once the keystroke's render is done, so that the layout the reveal reads is the
          // frame's only one (read now, it would lay out the page for the typed key alone).
          queueMicrotask(() => {
            if (useTandem.getState().search === search) scrollToCue(match.cueIndex, 'reveal');
          });
        }
        if (state.currentIndex < 0 || !state.isFollowing) return;
        if (!previous.isFollowing) scrollToCue(state.currentIndex, 'jump');
        else if (state.currentIndex !== previous.currentIndex)
          scrollToCue(state.currentIndex, 'step');
      }),
    [scrollToCue, focusRow],
  );

  // A transcript that arrives (or grows from its first lines to the whole, or is shifted by an
  // offset) after playback has a position: once the rows exist, bring into view the current line
  // while following, else the search hit being looked at.
  useEffect(() => {
    const { isFollowing: follows, currentIndex, search } = useTandem.getState();
    const match = search.matches[search.active];
    if (follows && currentIndex >= 0) scrollToCue(currentIndex, 'jump');
    else if (match) scrollToCue(match.cueIndex, 'jump');
  }, [cues, scrollToCue]);

  useEffect(() => {
    if (indexes.length > 0) markRowsRendered();
  }, [indexes.length, markRowsRendered]);

  // Programmatic scrolls fire `scroll` too, so the listener's intent is read from input events.
  const pauseFollowing = (): void => {
    cancelJump();
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

  return (
    <section
      className="transcript"
      role="region"
      aria-label={t('transcript.region')}
      aria-busy={isLoading ? 'true' : undefined}
    >
      <SearchBar />
      <TranscriptOffset />
      <TranscriptLoading />
      <TranscriptNotes />
      {cues.length === 0 ? (
        !isLoading && (
          <p className="transcript-empty">
            {hasTranscript ? t('transcript.empty') : t('transcript.none')}
          </p>
        )
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
          <div className="transcript-sizer" style={{ height: rowWindow.totalSize }}>
            <div
              role="list"
              aria-label={listLabel}
              className="transcript-window"
              style={{ transform: `translateY(${rowWindow.offsetTop}px)` }}
            >
              {indexes.map((index) => (
                <TranscriptRow
                  key={index}
                  index={index}
                  cue={cues[index] as Cue}
                  measure={rowWindow.measureRef}
                  query={query}
                  t={t}
                  chapterTitle={headings.get(index)}
                  turnColor={
                    isTurnStart(cues, index)
                      ? speakerColors.get(cues[index]?.speaker as string)
                      : undefined
                  }
                />
              ))}
            </div>
          </div>
        </div>
      )}
      <SelectionShareOnDemand containerRef={scrollRef} />
      {!isFollowing && (
        <button type="button" className="back-to-current" onClick={() => setFollowing(true)}>
          {t('transcript.backToCurrent')}
        </button>
      )}
    </section>
  );
}
