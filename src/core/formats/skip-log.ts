/**
 * Lines a parser could not read and left out. Nothing is dropped silently: each parser counts what
 * it skipped and keeps the first few places, so the page can say what was lost and where.
 */
import type { SkippedLines } from '../transcript';
import { TranscriptParseError } from './parse-error';

/** How many skipped places are kept for the message; the count covers all of them. */
export const SKIPPED_PLACES_KEPT = 5;

export interface SkipLog {
  /** Records a skipped line (1-based; undefined in JSON) and what was expected there. */
  add(line: number | undefined, detail: string): void;
  /** What was skipped, or undefined when nothing was. */
  result(): SkippedLines | undefined;
}

export function createSkipLog(): SkipLog {
  const skipped: SkippedLines = { count: 0, first: [] };
  return {
    add(line, detail) {
      skipped.count++;
      if (skipped.first.length < SKIPPED_PLACES_KEPT)
        skipped.first.push(line === undefined ? { detail } : { line, detail });
    },
    result: () => (skipped.count > 0 ? skipped : undefined),
  };
}

/**
 * The error for a file in which every cue was skipped: it names the first broken place, so an
 * empty transcript is never shown without a reason.
 */
export function nothingReadError(format: string, skipped: SkippedLines): TranscriptParseError {
  const first = skipped.first[0] as { line?: number; detail: string };
  const all = skipped.count === 1 ? 'its one cue was' : `all ${skipped.count} cues were`;
  return new TranscriptParseError(
    'no-cues',
    format,
    first.line ?? 1,
    1,
    `no line could be read: ${all} skipped. The first: ${first.detail}`,
  );
}
