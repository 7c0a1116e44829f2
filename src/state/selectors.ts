import { useTandem } from './store';

/** Bit flags describing one transcript row. */
export const ROW_IS_CURRENT = 1;
export const ROW_IS_TAB_STOP = 2;
export const ROW_IN_RANGE = 4;

/**
 * Whether row `index` is the current line, whether it holds the transcript's one tab stop
 * (the line focused last, else the current line), and whether it is inside a linked range.
 * Returned as one number, so a row re-renders only when its own answer changes: a cue change
 * re-renders two rows, not the list.
 */
export function useRowFlags(index: number): number {
  return useTandem((s) => {
    const tabStop = s.focusIndex >= 0 ? s.focusIndex : Math.max(0, s.currentIndex);
    const { range } = s;
    const cue = range?.end === undefined ? undefined : s.transcript?.cues[index];
    const isInRange =
      cue !== undefined && cue.start < (range?.end as number) && cue.end > (range?.start as number);
    return (
      (s.currentIndex === index ? ROW_IS_CURRENT : 0) |
      (tabStop === index ? ROW_IS_TAB_STOP : 0) |
      (isInRange ? ROW_IN_RANGE : 0)
    );
  });
}

/** The occurrence of the search query to mark as the active one in row `index`, or -1. */
export function useActiveOccurrence(index: number): number {
  return useTandem((s) => {
    const match = s.search.matches[s.search.active];
    return match?.cueIndex === index ? match.occurrence : -1;
  });
}
