import { useTandem } from './store';

/** Bit flags describing one transcript row. */
export const ROW_IS_CURRENT = 1;
export const ROW_IS_TAB_STOP = 2;

/**
 * Whether row `index` is the current line, and whether it holds the transcript's one tab stop
 * (the line focused last, else the current line). Returned as one number, so a row re-renders
 * only when its own answer changes: a cue change re-renders two rows, not the list.
 */
export function useRowFlags(index: number): number {
  return useTandem((s) => {
    const tabStop = s.focusIndex >= 0 ? s.focusIndex : Math.max(0, s.currentIndex);
    return (
      (s.currentIndex === index ? ROW_IS_CURRENT : 0) | (tabStop === index ? ROW_IS_TAB_STOP : 0)
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
