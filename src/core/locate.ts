/** Finding the cue (or word) playing at a time, by binary search. */
import type { Cue, Word } from './transcript';

/**
 * A search index over cue starts. Files may carry stamps that go backwards (overlapping speech)
 * and we keep file order, so we search the running maximum of the starts, which is sorted.
 */
export interface CueIndex {
  readonly cues: readonly Cue[];
  readonly runningMaxStart: Float64Array;
}

/** Builds the index once per transcript: O(n). */
export function createCueIndex(cues: readonly Cue[]): CueIndex {
  const runningMaxStart = new Float64Array(cues.length);
  let max = Number.NEGATIVE_INFINITY;
  cues.forEach((cue, i) => {
    max = Math.max(max, cue.start);
    runningMaxStart[i] = max;
  });
  return { cues, runningMaxStart };
}

/** Index of the last item whose key is <= t in items sorted by key, or -1: O(log n). */
function lastAtOrBefore(length: number, keyAt: (i: number) => number, t: number): number {
  let low = 0;
  let high = length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (keyAt(mid) <= t) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * The cue being spoken at time t: the last cue (in file order) that has started by t.
 * Before the first cue it is -1. In a gap between cues the previous line stays current,
 * which is what a reader following along expects.
 */
export function cueIndexAt(index: CueIndex, t: number): number {
  if (Number.isNaN(t)) return -1;
  const starts = index.runningMaxStart;
  return lastAtOrBefore(starts.length, (i) => starts[i] as number, t);
}

/** The word being spoken at time t within one cue's words, or -1 before the first. */
export function wordIndexAt(words: readonly Word[], t: number): number {
  if (Number.isNaN(t)) return -1;
  return lastAtOrBefore(words.length, (i) => (words[i] as Word).start, t);
}

/** When the cue at t next changes: the next higher start in the index (Infinity after the last). */
export function nextCueChangeAt(index: CueIndex, t: number): number {
  const starts = index.runningMaxStart;
  const next = starts[cueIndexAt(index, t) + 1];
  return next === undefined ? Number.POSITIVE_INFINITY : next;
}

/** When the word at t next changes within one cue's words (Infinity after the last). */
export function nextWordChangeAt(words: readonly Word[], t: number): number {
  for (let i = wordIndexAt(words, t) + 1; i < words.length; i++) {
    const start = (words[i] as Word).start;
    if (start > t) return start;
  }
  return Number.POSITIVE_INFINITY;
}
